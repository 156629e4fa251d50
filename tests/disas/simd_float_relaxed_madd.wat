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
;; 00000180 <[0] madd>:
;;        180:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        184:  910003fd  mov     x29, sp
;;        188:  d10043ff  sub     sp, sp, #0x10
;;        18c:  f81f83a0  stur    x0, [x29, #-8]
;;        190:  4e21cc02  fmla    v2.4s, v0.4s, v1.4s
;;        194:  4ea21c40  mov     v0.16b, v2.16b
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;
;; 000001b0 <[1] nmadd_accumulator_live>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  4ea01c03  mov     v3.16b, v0.16b
;;        1c4:  4ea21c40  mov     v0.16b, v2.16b
;;        1c8:  4ee1cc60  fmls    v0.2d, v3.2d, v1.2d
;;        1cc:  4e62d400  fadd    v0.2d, v0.2d, v2.2d
;;        1d0:  910003bf  mov     sp, x29
;;        1d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d8:  d65f03c0  ret
