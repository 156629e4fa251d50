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
;; 000001b0 <[0] shl_const>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  4f115400  shl     v0.8h, v0.8h, #1
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;
;; 000001d0 <[1] shr_u_by_width>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  d10043ff  sub     sp, sp, #0x10
;;        1dc:  f81f83a0  stur    x0, [x29, #-8]
;;        1e0:  4f205400  shl     v0.4s, v0.4s, #0
;;        1e4:  910003bf  mov     sp, x29
;;        1e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ec:  d65f03c0  ret
;;
;; 000001f0 <[2] shr_s>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  12000820  and     w0, w1, #7
;;        204:  4b0003e0  neg     w0, w0
;;        208:  4e010c01  dup     v1.16b, w0
;;        20c:  4e214400  sshl    v0.16b, v0.16b, v1.16b
;;        210:  910003bf  mov     sp, x29
;;        214:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        218:  d65f03c0  ret
;;
;; 00000220 <[3] shl>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  12001420  and     w0, w1, #0x3f
;;        234:  4e080c01  dup     v1.2d, x0
;;        238:  6ee14400  ushl    v0.2d, v0.2d, v1.2d
;;        23c:  910003bf  mov     sp, x29
;;        240:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        244:  d65f03c0  ret
