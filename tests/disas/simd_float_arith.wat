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
;; 00000170 <[0] f32x4>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  4e21d400  fadd    v0.4s, v0.4s, v1.4s
;;        184:  6ea1f821  fsqrt   v1.4s, v1.4s
;;        188:  6e21fc00  fdiv    v0.4s, v0.4s, v1.4s
;;        18c:  910003bf  mov     sp, x29
;;        190:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        194:  d65f03c0  ret
;;
;; 000001a0 <[1] f64x2>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  4ea01c02  mov     v2.16b, v0.16b
;;        1b4:  4e618840  frintn  v0.2d, v2.2d
;;        1b8:  4ee1f441  fmin    v1.2d, v2.2d, v1.2d
;;        1bc:  4e61f400  fmax    v0.2d, v0.2d, v1.2d
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
