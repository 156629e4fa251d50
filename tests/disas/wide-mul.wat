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
;; 00000100 <[0] mul_wide_s>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  9b027c20  mul     x0, x1, x2
;;        114:  9b427c21  smulh   x1, x1, x2
;;        118:  910003bf  mov     sp, x29
;;        11c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        120:  d65f03c0  ret
;;
;; 00000130 <[1] mul_wide_u>:
;;        130:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        134:  910003fd  mov     x29, sp
;;        138:  d10043ff  sub     sp, sp, #0x10
;;        13c:  f81f83a0  stur    x0, [x29, #-8]
;;        140:  9b027c20  mul     x0, x1, x2
;;        144:  9bc27c21  umulh   x1, x1, x2
;;        148:  910003bf  mov     sp, x29
;;        14c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        150:  d65f03c0  ret
