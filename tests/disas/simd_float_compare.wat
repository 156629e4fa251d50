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
;; 000001c0 <[0] lt>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  6ea0e420  fcmgt   v0.4s, v1.4s, v0.4s
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;
;; 000001e0 <[1] ne>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  4e61e400  fcmeq   v0.2d, v0.2d, v1.2d
;;        1f4:  6e205800  mvn     v0.16b, v0.16b
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;
;; 00000210 <[2] lt_zero>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  4ea0e800  fcmlt   v0.4s, v0.4s, #0.0
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;
;; 00000230 <[3] zero_ge>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  6ee0d800  fcmle   v0.2d, v0.2d, #0.0
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;
;; 00000250 <[4] ne_zero>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  4ea0d800  fcmeq   v0.4s, v0.4s, #0.0
;;        264:  6e205800  mvn     v0.16b, v0.16b
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
;;
;; 00000280 <[5] minus_zero_stays>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  4f046401  movi    v1.4s, #0x80, lsl #24
;;        294:  4e21e400  fcmeq   v0.4s, v0.4s, v1.4s
;;        298:  910003bf  mov     sp, x29
;;        29c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a0:  d65f03c0  ret
