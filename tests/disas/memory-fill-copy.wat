(module (memory 1)
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] fill
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  call_import x0, x1, x2, x3, slot=48, @0x37
;;      2  jump block1
;; block1:
;;      3  ret
;;
;; ;; function [1] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  call_import x0, x1, x2, x3, slot=64, @0x43
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 00000350 <[0] fill>:
;;        350:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        354:  910003fd  mov     x29, sp
;;        358:  f9400010  ldr     x16, [x0]
;;        35c:  f9400610  ldr     x16, [x16, #8]
;;        360:  d10043f1  sub     x17, sp, #0x10
;;        364:  eb10023f  cmp     x17, x16
;;        368:  54000123  b.lo    #0x38c
;;        36c:  9100023f  mov     sp, x17
;;        370:  f81f83a0  stur    x0, [x29, #-8]
;;        374:  f9401810  ldr     x16, [x0, #0x30]
;;        378:  f9401c00  ldr     x0, [x0, #0x38]
;;        37c:  d63f0200  blr     x16  ; call, wasm @0x37
;;        380:  910003bf  mov     sp, x29
;;        384:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        388:  d65f03c0  ret
;;        38c:  52800161  mov     w1, #0xb
;;        390:  97ffff1c  bl      #0  ; trap site, wasm @0x0
;;
;; 000003a0 <[1] copy>:
;;        3a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3a4:  910003fd  mov     x29, sp
;;        3a8:  f9400010  ldr     x16, [x0]
;;        3ac:  f9400610  ldr     x16, [x16, #8]
;;        3b0:  d10043f1  sub     x17, sp, #0x10
;;        3b4:  eb10023f  cmp     x17, x16
;;        3b8:  54000123  b.lo    #0x3dc
;;        3bc:  9100023f  mov     sp, x17
;;        3c0:  f81f83a0  stur    x0, [x29, #-8]
;;        3c4:  f9402010  ldr     x16, [x0, #0x40]
;;        3c8:  f9402400  ldr     x0, [x0, #0x48]
;;        3cc:  d63f0200  blr     x16  ; call, wasm @0x43
;;        3d0:  910003bf  mov     sp, x29
;;        3d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3d8:  d65f03c0  ret
;;        3dc:  52800161  mov     w1, #0xb
;;        3e0:  97ffff08  bl      #0  ; trap site, wasm @0x0
