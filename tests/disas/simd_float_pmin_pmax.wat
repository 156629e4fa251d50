(module
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax_keeps_operands") (param v128 v128) (result v128)
    (f64x2.add (f64x2.pmax (local.get 0) (local.get 1)) (f64x2.sub (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] pmin
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;         mov q2, q0
;;      1  q0 = vfloat.fcmgt q2, q1, arrangement=4s
;;      2  q0 = vfloat_acc.bsl q0, q1, q2, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [1] pmax_keeps_operands
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q2 = vfloat.fcmgt q1, q0, arrangement=2d
;;      2  q2 = vfloat_acc.bsl q2, q1, q0, arrangement=16b
;;      3  q0 = vfloat.fsub q0, q1, arrangement=2d
;;      4  q0 = vfloat.fadd q2, q0, arrangement=2d
;;      5  jump block1
;; block1:
;;      6  ret q0
;; ==== asm ====
;; 00000170 <[0] pmin>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  4ea01c02  mov     v2.16b, v0.16b
;;        184:  6ea1e440  fcmgt   v0.4s, v2.4s, v1.4s
;;        188:  6e621c20  bsl     v0.16b, v1.16b, v2.16b
;;        18c:  910003bf  mov     sp, x29
;;        190:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        194:  d65f03c0  ret
;;
;; 000001a0 <[1] pmax_keeps_operands>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  6ee0e422  fcmgt   v2.2d, v1.2d, v0.2d
;;        1b4:  6e601c22  bsl     v2.16b, v1.16b, v0.16b
;;        1b8:  4ee1d400  fsub    v0.2d, v0.2d, v1.2d
;;        1bc:  4e60d440  fadd    v0.2d, v2.2d, v0.2d
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
