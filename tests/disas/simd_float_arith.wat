(module
  (func (export "f32x4") (param v128 v128) (result v128)
    (f32x4.div (f32x4.add (local.get 0) (local.get 1)) (f32x4.sqrt (local.get 1))))
  (func (export "f64x2") (param v128 v128) (result v128)
    (f64x2.max (f64x2.nearest (local.get 0)) (f64x2.min (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f32x4
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vfloat.fadd q0, q1, arrangement=4s
;;      2  q1 = vfloat.fsqrt q1, arrangement=4s
;;      3  q0 = vfloat.fdiv q0, q1, arrangement=4s
;;      4  jump block1
;; block1:
;;      5  ret q0
;;
;; ;; function [1] f64x2
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;         mov q2, q0
;;      1  q0 = vfloat.frintn q2, arrangement=2d
;;      2  q1 = vfloat.fmin q2, q1, arrangement=2d
;;      3  q0 = vfloat.fmax q0, q1, arrangement=2d
;;      4  jump block1
;; block1:
;;      5  ret q0
;; ==== asm ====
;; 00000110 <[0] f32x4>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  d10043ff  sub     sp, sp, #0x10
;;        11c:  f81f83a0  stur    x0, [x29, #-8]
;;        120:  4e21d400  fadd    v0.4s, v0.4s, v1.4s
;;        124:  6ea1f821  fsqrt   v1.4s, v1.4s
;;        128:  6e21fc00  fdiv    v0.4s, v0.4s, v1.4s
;;        12c:  910003bf  mov     sp, x29
;;        130:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        134:  d65f03c0  ret
;;
;; 00000140 <[1] f64x2>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  d10043ff  sub     sp, sp, #0x10
;;        14c:  f81f83a0  stur    x0, [x29, #-8]
;;        150:  4ea01c02  mov     v2.16b, v0.16b
;;        154:  4e618840  frintn  v0.2d, v2.2d
;;        158:  4ee1f441  fmin    v1.2d, v2.2d, v1.2d
;;        15c:  4e61f400  fmax    v0.2d, v0.2d, v1.2d
;;        160:  910003bf  mov     sp, x29
;;        164:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        168:  d65f03c0  ret
