(module
  (func (export "shl_const") (param v128) (result v128) (i16x8.shl (local.get 0) (i32.const 17)))
  (func (export "shr_u_by_width") (param v128) (result v128) (i32x4.shr_u (local.get 0) (i32.const 32)))
  (func (export "shr_s") (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] shl_const
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint_shift.shl q0, arrangement=8h, amount=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] shr_u_by_width
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint_shift.shl q0, arrangement=4s, amount=0
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [2] shr_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, x1 = args
;;      1  x0 = vint_count x1, mask=7, negate
;;      2  q1 = vec_dup_gp x0, arrangement=16b
;;      3  q0 = vint.sshl q0, q1, arrangement=16b
;;      4  jump block1
;; block1:
;;      5  ret q0
;;
;; ;; function [3] shl
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, x1 = args
;;      1  x0 = vint_count x1, mask=63
;;      2  q1 = vec_dup_gp x0, arrangement=2d
;;      3  q0 = vint.ushl q0, q1, arrangement=2d
;;      4  jump block1
;; block1:
;;      5  ret q0
;; ==== asm ====
;; 00000210 <[0] shl_const>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  4f115400  shl     v0.8h, v0.8h, #1
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;
;; 00000230 <[1] shr_u_by_width>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  4f205400  shl     v0.4s, v0.4s, #0
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;
;; 00000250 <[2] shr_s>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  12000820  and     w0, w1, #7
;;        264:  4b0003e0  neg     w0, w0
;;        268:  4e010c01  dup     v1.16b, w0
;;        26c:  4e214400  sshl    v0.16b, v0.16b, v1.16b
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;
;; 00000280 <[3] shl>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  12001420  and     w0, w1, #0x3f
;;        294:  4e080c01  dup     v1.2d, x0
;;        298:  6ee14400  ushl    v0.2d, v0.2d, v1.2d
;;        29c:  910003bf  mov     sp, x29
;;        2a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a4:  d65f03c0  ret
