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
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d10043f1  sub     x17, sp, #0x10
;;        184:  eb10023f  cmp     x17, x16
;;        188:  540001c3  b.lo    #0x1c0
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  4ea00822  rev64   v2.4s, v1.4s
;;        198:  4ea09c42  mul     v2.4s, v2.4s, v0.4s
;;        19c:  4ea2bc42  addp    v2.4s, v2.4s, v2.4s
;;        1a0:  2ea13842  shll    v2.2d, v2.2s, #32
;;        1a4:  0ea12800  xtn     v0.2s, v0.2d
;;        1a8:  0ea12821  xtn     v1.2s, v1.2d
;;        1ac:  2ea08022  umlal   v2.2d, v1.2s, v0.2s
;;        1b0:  4ea21c40  mov     v0.16b, v2.16b
;;        1b4:  910003bf  mov     sp, x29
;;        1b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1bc:  d65f03c0  ret
;;        1c0:  52800161  mov     w1, #0xb
;;        1c4:  97ffff8f  bl      #0  ; trap site, wasm @0x0
