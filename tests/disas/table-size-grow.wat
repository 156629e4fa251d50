(module (table 1 externref)
  (func (export "size") (result i32) (table.size 0))
  (func (export "grow") (param externref i32) (result i32) (table.grow 0 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = table_size x0, slot=560
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
;;      2  x0 = call_import x0, x1, x2, x3, slot=48, @0x40
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000300 <[0] size>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  f9411810  ldr     x16, [x0, #0x230]
;;        314:  b9400a00  ldr     w0, [x16, #8]
;;        318:  910003bf  mov     sp, x29
;;        31c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        320:  d65f03c0  ret
;;
;; 00000330 <[1] grow>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  f9400010  ldr     x16, [x0]
;;        33c:  f9400610  ldr     x16, [x16, #8]
;;        340:  d10043f1  sub     x17, sp, #0x10
;;        344:  eb10023f  cmp     x17, x16
;;        348:  540001a3  b.lo    #0x37c
;;        34c:  9100023f  mov     sp, x17
;;        350:  f81f83a0  stur    x0, [x29, #-8]
;;        354:  aa0103e4  mov     x4, x1
;;        358:  aa0203e3  mov     x3, x2
;;        35c:  52800001  mov     w1, #0
;;        360:  aa0403e2  mov     x2, x4
;;        364:  f9401810  ldr     x16, [x0, #0x30]
;;        368:  f9401c00  ldr     x0, [x0, #0x38]
;;        36c:  d63f0200  blr     x16  ; call, wasm @0x40
;;        370:  910003bf  mov     sp, x29
;;        374:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        378:  d65f03c0  ret
;;        37c:  97ffff4a  bl      #0xa4  ; trap site, wasm @0x0
