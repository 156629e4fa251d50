(module
  (func (export "dot") (param v128 v128) (result v128) (i32x4.dot_i16x8_s (local.get 0) (local.get 1)))
  (func (export "relaxed_dot_add") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] dot
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q2 = vint.smull q0, q1, arrangement=4h
;;      2  q0 = vint.smull2 q0, q1, arrangement=8h
;;      3  q0 = vint.addp q2, q0, arrangement=4s
;;      4  jump block1
;; block1:
;;      5  ret q0
;;
;; ;; function [1] relaxed_dot_add
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1, q2 = args
;;      1  q3 = vint.smull q0, q1, arrangement=8b
;;      2  q0 = vint.smull2 q0, q1, arrangement=16b
;;      3  q0 = vint.addp q3, q0, arrangement=8h
;;      4  q0 = vint.saddlp q0, arrangement=8h
;;      5  q0 = vint.add q0, q2, arrangement=4s
;;      6  jump block1
;; block1:
;;      7  ret q0
;; ==== asm ====
;; 00000240 <[0] dot>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  0e61c002  smull   v2.4s, v0.4h, v1.4h
;;        254:  4e61c000  smull2  v0.4s, v0.8h, v1.8h
;;        258:  4ea0bc40  addp    v0.4s, v2.4s, v0.4s
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;
;; 00000270 <[1] relaxed_dot_add>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  d10043ff  sub     sp, sp, #0x10
;;        27c:  f81f83a0  stur    x0, [x29, #-8]
;;        280:  0e21c003  smull   v3.8h, v0.8b, v1.8b
;;        284:  4e21c000  smull2  v0.8h, v0.16b, v1.16b
;;        288:  4e60bc60  addp    v0.8h, v3.8h, v0.8h
;;        28c:  4e602800  saddlp  v0.4s, v0.8h
;;        290:  4ea28400  add     v0.4s, v0.4s, v2.4s
;;        294:  910003bf  mov     sp, x29
;;        298:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        29c:  d65f03c0  ret
