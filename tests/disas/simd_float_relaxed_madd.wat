(module
  (func (export "madd") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd_accumulator_live") (param v128 v128 v128) (result v128)
    (f64x2.add (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] madd
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1, q2 = args
;;      1  q2 = vfloat_acc.fmla q2, q0, q1, arrangement=4s
;;      2  jump block1
;; block1:
;;         mov q0, q2
;;      3  ret q0
;;
;; ;; function [1] nmadd_accumulator_live
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1, q2 = args
;;         mov q3, q0
;;         mov q0, q2
;;      1  q0 = vfloat_acc.fmls q0, q3, q1, arrangement=2d
;;      2  q0 = vfloat.fadd q0, q2, arrangement=2d
;;      3  jump block1
;; block1:
;;      4  ret q0
;; ==== asm ====
;; 00000120 <[0] madd>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  d10043ff  sub     sp, sp, #0x10
;;        12c:  f81f83a0  stur    x0, [x29, #-8]
;;        130:  4e21cc02  fmla    v2.4s, v0.4s, v1.4s
;;        134:  4ea21c40  mov     v0.16b, v2.16b
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;
;; 00000150 <[1] nmadd_accumulator_live>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  4ea01c03  mov     v3.16b, v0.16b
;;        164:  4ea21c40  mov     v0.16b, v2.16b
;;        168:  4ee1cc60  fmls    v0.2d, v3.2d, v1.2d
;;        16c:  4e62d400  fadd    v0.2d, v0.2d, v2.2d
;;        170:  910003bf  mov     sp, x29
;;        174:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        178:  d65f03c0  ret
