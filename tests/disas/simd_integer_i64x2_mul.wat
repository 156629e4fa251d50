(module
  (func (export "mul") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] mul
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q2 = vint.rev64 q1, arrangement=4s
;;      2  q2 = vint.mul q2, q0, arrangement=4s
;;      3  q2 = vint.addp q2, q2, arrangement=4s
;;      4  q2 = vint.shll q2, arrangement=2s
;;      5  d0 = vint.xtn q0, arrangement=2s
;;      6  d1 = vint.xtn q1, arrangement=2s
;;      7  q2 = vint_acc.umlal q2, d1, d0, arrangement=2s
;;      8  jump block1
;; block1:
;;         mov q0, q2
;;      9  ret q0
;; ==== asm ====
;; 00000170 <[0] mul>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  4ea00822  rev64   v2.4s, v1.4s
;;        184:  4ea09c42  mul     v2.4s, v2.4s, v0.4s
;;        188:  4ea2bc42  addp    v2.4s, v2.4s, v2.4s
;;        18c:  2ea13842  shll    v2.2d, v2.2s, #32
;;        190:  0ea12800  xtn     v0.2s, v0.2d
;;        194:  0ea12821  xtn     v1.2s, v1.2d
;;        198:  2ea08022  umlal   v2.2d, v1.2s, v0.2s
;;        19c:  4ea21c40  mov     v0.16b, v2.16b
;;        1a0:  910003bf  mov     sp, x29
;;        1a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a8:  d65f03c0  ret
