;; i64.mul_wide_s/u: mul for the low half, smulh/umulh for the high half of the 128-bit product.
(module
  (func (export "mul_wide_s") (param i64 i64) (result i64 i64)
    (i64.mul_wide_s (local.get 0) (local.get 1)))
  (func (export "mul_wide_u") (param i64 i64) (result i64 i64)
    (i64.mul_wide_u (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] mul_wide_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0, x1 = wide.mul x1, x2, signed
;;      2  jump block1
;; block1:
;;      3  ret x0, x1
;;
;; ;; function [1] mul_wide_u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0, x1 = wide.mul x1, x2
;;      2  jump block1
;; block1:
;;      3  ret x0, x1
;; ==== asm ====
;; 00000160 <[0] mul_wide_s>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  9b027c20  mul     x0, x1, x2
;;        174:  9b427c21  smulh   x1, x1, x2
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
;;
;; 00000190 <[1] mul_wide_u>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  9b027c20  mul     x0, x1, x2
;;        1a4:  9bc27c21  umulh   x1, x1, x2
;;        1a8:  910003bf  mov     sp, x29
;;        1ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b0:  d65f03c0  ret
