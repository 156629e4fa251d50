(module (memory 1)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
;; ==== alloc ====
;; ;; function [0] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = memory_size x0
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] grow
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = call_import x0, x1, slot=32, @0x3b
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000002e0 <[0] size>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  54000123  b.lo    #0x31c
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  f9400410  ldr     x16, [x0, #8]
;;        308:  f9400600  ldr     x0, [x16, #8]
;;        30c:  d350fc00  lsr     x0, x0, #0x10
;;        310:  910003bf  mov     sp, x29
;;        314:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        318:  d65f03c0  ret
;;        31c:  52800161  mov     w1, #0xb
;;        320:  97ffff38  bl      #0  ; trap site, wasm @0x0
;;
;; 00000330 <[1] grow>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  f9400010  ldr     x16, [x0]
;;        33c:  f9400610  ldr     x16, [x16, #8]
;;        340:  d10043f1  sub     x17, sp, #0x10
;;        344:  eb10023f  cmp     x17, x16
;;        348:  54000123  b.lo    #0x36c
;;        34c:  9100023f  mov     sp, x17
;;        350:  f81f83a0  stur    x0, [x29, #-8]
;;        354:  f9401010  ldr     x16, [x0, #0x20]
;;        358:  f9401400  ldr     x0, [x0, #0x28]
;;        35c:  d63f0200  blr     x16  ; call, wasm @0x3b
;;        360:  910003bf  mov     sp, x29
;;        364:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        368:  d65f03c0  ret
;;        36c:  52800161  mov     w1, #0xb
;;        370:  97ffff24  bl      #0  ; trap site, wasm @0x0
