(module
  (func (export "add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
  (func (export "sub_sat_u") (param v128 v128) (result v128) (i8x16.sub_sat_u (local.get 0) (local.get 1)))
  (func (export "lt_s") (param v128 v128) (result v128) (i16x8.lt_s (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (i64x2.ne (local.get 0) (local.get 1)))
  (func (export "zero_le_s") (param v128) (result v128) (i32x4.le_s (v128.const i32x4 0 0 0 0) (local.get 0)))
  (func (export "lt_s_zero") (param v128) (result v128) (i8x16.lt_s (local.get 0) (v128.const i64x2 0 0)))
  (func (export "extend_high_u") (param v128) (result v128) (i32x4.extend_high_i16x8_u (local.get 0)))
  (func (export "extmul_low_s") (param v128 v128) (result v128) (i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] add
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vint.add q0, q1, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] sub_sat_u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vint.uqsub q0, q1, arrangement=16b
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [2] lt_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vint.cmgt q1, q0, arrangement=8h
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [3] ne
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vint.cmeq q0, q1, arrangement=2d
;;      2  q0 = vint.not q0, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [4] zero_le_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint.cmge_zero q0, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [5] lt_s_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint.cmlt_zero q0, arrangement=16b
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [6] extend_high_u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint.uxtl2 q0, arrangement=8h
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [7] extmul_low_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vint.smull q0, q1, arrangement=8b
;;      2  jump block1
;; block1:
;;      3  ret q0
;; ==== asm ====
;; 000001c0 <[0] add>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  4ea18400  add     v0.4s, v0.4s, v1.4s
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;
;; 000001e0 <[1] sub_sat_u>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  6e212c00  uqsub   v0.16b, v0.16b, v1.16b
;;        1f4:  910003bf  mov     sp, x29
;;        1f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1fc:  d65f03c0  ret
;;
;; 00000200 <[2] lt_s>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  4e603420  cmgt    v0.8h, v1.8h, v0.8h
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;
;; 00000220 <[3] ne>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  6ee18c00  cmeq    v0.2d, v0.2d, v1.2d
;;        234:  6e205800  mvn     v0.16b, v0.16b
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;
;; 00000250 <[4] zero_le_s>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  6ea08800  cmge    v0.4s, v0.4s, #0
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;
;; 00000270 <[5] lt_s_zero>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  d10043ff  sub     sp, sp, #0x10
;;        27c:  f81f83a0  stur    x0, [x29, #-8]
;;        280:  4e20a800  cmlt    v0.16b, v0.16b, #0
;;        284:  910003bf  mov     sp, x29
;;        288:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        28c:  d65f03c0  ret
;;
;; 00000290 <[6] extend_high_u>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  6f10a400  ushll2  v0.4s, v0.8h, #0
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
;;
;; 000002b0 <[7] extmul_low_s>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  0e21c000  smull   v0.8h, v0.8b, v1.8b
;;        2c4:  910003bf  mov     sp, x29
;;        2c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2cc:  d65f03c0  ret
