(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f64x2.ne (local.get 0) (local.get 1)))
  (func (export "lt_zero") (param v128) (result v128) (f32x4.lt (local.get 0) (v128.const i64x2 0 0)))
  (func (export "zero_ge") (param v128) (result v128) (f64x2.ge (v128.const i64x2 0 0) (local.get 0)))
  (func (export "ne_zero") (param v128) (result v128) (f32x4.ne (local.get 0) (v128.const i64x2 0 0)))
  (func (export "minus_zero_stays") (param v128) (result v128)
    (f32x4.eq (local.get 0) (v128.const f32x4 -0 -0 -0 -0))))
;; ==== alloc ====
;; ;; function [0] lt
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vfloat.fcmgt q1, q0, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] ne
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vfloat.fcmeq q0, q1, arrangement=2d
;;      2  q0 = vfloat.not q0, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [2] lt_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcmlt_zero q0, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [3] zero_ge
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcmle_zero q0, arrangement=2d
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [4] ne_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcmeq_zero q0, arrangement=4s
;;      2  q0 = vfloat.not q0, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [5] minus_zero_stays
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q1 = v128_const bits=170141183500083312998042844551658340352
;;      2  q0 = vfloat.fcmeq q0, q1, arrangement=4s
;;      3  jump block1
;; block1:
;;      4  ret q0
;; ==== asm ====
;; 00000220 <[0] lt>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  6ea0e420  fcmgt   v0.4s, v1.4s, v0.4s
;;        234:  910003bf  mov     sp, x29
;;        238:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        23c:  d65f03c0  ret
;;
;; 00000240 <[1] ne>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  4e61e400  fcmeq   v0.2d, v0.2d, v1.2d
;;        254:  6e205800  mvn     v0.16b, v0.16b
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;
;; 00000270 <[2] lt_zero>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  d10043ff  sub     sp, sp, #0x10
;;        27c:  f81f83a0  stur    x0, [x29, #-8]
;;        280:  4ea0e800  fcmlt   v0.4s, v0.4s, #0.0
;;        284:  910003bf  mov     sp, x29
;;        288:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        28c:  d65f03c0  ret
;;
;; 00000290 <[3] zero_ge>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  6ee0d800  fcmle   v0.2d, v0.2d, #0.0
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
;;
;; 000002b0 <[4] ne_zero>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  4ea0d800  fcmeq   v0.4s, v0.4s, #0.0
;;        2c4:  6e205800  mvn     v0.16b, v0.16b
;;        2c8:  910003bf  mov     sp, x29
;;        2cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d0:  d65f03c0  ret
;;
;; 000002e0 <[5] minus_zero_stays>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  4f046401  movi    v1.4s, #0x80, lsl #24
;;        2f4:  4e21e400  fcmeq   v0.4s, v0.4s, v1.4s
;;        2f8:  910003bf  mov     sp, x29
;;        2fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        300:  d65f03c0  ret
