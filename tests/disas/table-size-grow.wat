(module (table 1 externref)
  (func (export "size") (result i32) (table.size 0))
  (func (export "grow") (param externref i32) (result i32) (table.grow 0 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = table_size x0, slot=192
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] grow
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x4, x1
;;         mov x3, x2
;;      1  x1 = const bits=0
;;         mov x2, x4
;;      2  x0 = call_import x0, x1, x2, x3, slot=112, @0x40
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000300 <[0] size>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  f9400010  ldr     x16, [x0]
;;        30c:  f9400610  ldr     x16, [x16, #8]
;;        310:  d10043f1  sub     x17, sp, #0x10
;;        314:  eb10023f  cmp     x17, x16
;;        318:  54000103  b.lo    #0x338
;;        31c:  9100023f  mov     sp, x17
;;        320:  f81f83a0  stur    x0, [x29, #-8]
;;        324:  f9406010  ldr     x16, [x0, #0xc0]
;;        328:  b9400a00  ldr     w0, [x16, #8]
;;        32c:  910003bf  mov     sp, x29
;;        330:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        334:  d65f03c0  ret
;;        338:  52800161  mov     w1, #0xb
;;        33c:  97ffff31  bl      #0  ; trap site, wasm @0x0
;;
;; 00000340 <[1] grow>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  f9400010  ldr     x16, [x0]
;;        34c:  f9400610  ldr     x16, [x16, #8]
;;        350:  d10043f1  sub     x17, sp, #0x10
;;        354:  eb10023f  cmp     x17, x16
;;        358:  540001a3  b.lo    #0x38c
;;        35c:  9100023f  mov     sp, x17
;;        360:  f81f83a0  stur    x0, [x29, #-8]
;;        364:  aa0103e4  mov     x4, x1
;;        368:  aa0203e3  mov     x3, x2
;;        36c:  52800001  mov     w1, #0
;;        370:  aa0403e2  mov     x2, x4
;;        374:  f9403810  ldr     x16, [x0, #0x70]
;;        378:  f9403c00  ldr     x0, [x0, #0x78]
;;        37c:  d63f0200  blr     x16  ; call, wasm @0x40
;;        380:  910003bf  mov     sp, x29
;;        384:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        388:  d65f03c0  ret
;;        38c:  52800161  mov     w1, #0xb
;;        390:  97ffff1c  bl      #0  ; trap site, wasm @0x0
