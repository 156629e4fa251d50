(module
  (func (export "f") (param i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)
    (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 9)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const bits=9
;;      2  jump block1
;; block1:
;;      3  store_incoming x1, slot=0
;;      4  store_incoming x0, slot=1
;;         mov x0, x1
;;         mov x2, x1
;;         mov x3, x1
;;         mov x4, x1
;;         mov x5, x1
;;         mov x6, x1
;;         mov x7, x1
;;      5  ret x0, x1, x2, x3, x4, x5, x6, x7
;; ==== asm ====
;; 000001a0 <[0] f>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  54000203  b.lo    #0x1f8
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  52800120  mov     w0, #9
;;        1c8:  f9000ba1  str     x1, [x29, #0x10]
;;        1cc:  f9000fa0  str     x0, [x29, #0x18]
;;        1d0:  aa0103e0  mov     x0, x1
;;        1d4:  aa0103e2  mov     x2, x1
;;        1d8:  aa0103e3  mov     x3, x1
;;        1dc:  aa0103e4  mov     x4, x1
;;        1e0:  aa0103e5  mov     x5, x1
;;        1e4:  aa0103e6  mov     x6, x1
;;        1e8:  aa0103e7  mov     x7, x1
;;        1ec:  910003bf  mov     sp, x29
;;        1f0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f4:  d65f03c0  ret
;;        1f8:  52800161  mov     w1, #0xb
;;        1fc:  97ffff81  bl      #0  ; trap site, wasm @0x0
