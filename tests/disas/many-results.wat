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
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  52800120  mov     w0, #9
;;        1b4:  f9000ba1  str     x1, [x29, #0x10]
;;        1b8:  f9000fa0  str     x0, [x29, #0x18]
;;        1bc:  aa0103e0  mov     x0, x1
;;        1c0:  aa0103e2  mov     x2, x1
;;        1c4:  aa0103e3  mov     x3, x1
;;        1c8:  aa0103e4  mov     x4, x1
;;        1cc:  aa0103e5  mov     x5, x1
;;        1d0:  aa0103e6  mov     x6, x1
;;        1d4:  aa0103e7  mov     x7, x1
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
