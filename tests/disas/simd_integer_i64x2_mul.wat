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
;; 00000110 <[0] mul>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  f9400010  ldr     x16, [x0]
;;        11c:  f9400610  ldr     x16, [x16, #8]
;;        120:  d10043f1  sub     x17, sp, #0x10
;;        124:  eb10023f  cmp     x17, x16
;;        128:  540001c3  b.lo    #0x160
;;        12c:  9100023f  mov     sp, x17
;;        130:  f81f83a0  stur    x0, [x29, #-8]
;;        134:  4ea00822  rev64   v2.4s, v1.4s
;;        138:  4ea09c42  mul     v2.4s, v2.4s, v0.4s
;;        13c:  4ea2bc42  addp    v2.4s, v2.4s, v2.4s
;;        140:  2ea13842  shll    v2.2d, v2.2s, #32
;;        144:  0ea12800  xtn     v0.2s, v0.2d
;;        148:  0ea12821  xtn     v1.2s, v1.2d
;;        14c:  2ea08022  umlal   v2.2d, v1.2s, v0.2s
;;        150:  4ea21c40  mov     v0.16b, v2.16b
;;        154:  910003bf  mov     sp, x29
;;        158:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        15c:  d65f03c0  ret
;;        160:  52800161  mov     w1, #0xb
;;        164:  97ffffa7  bl      #0  ; trap site, wasm @0x0
