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
;; 00000220 <[0] add>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  4ea18400  add     v0.4s, v0.4s, v1.4s
;;        234:  910003bf  mov     sp, x29
;;        238:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        23c:  d65f03c0  ret
;;
;; 00000240 <[1] sub_sat_u>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  6e212c00  uqsub   v0.16b, v0.16b, v1.16b
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
;;
;; 00000260 <[2] lt_s>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  4e603420  cmgt    v0.8h, v1.8h, v0.8h
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;
;; 00000280 <[3] ne>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  6ee18c00  cmeq    v0.2d, v0.2d, v1.2d
;;        294:  6e205800  mvn     v0.16b, v0.16b
;;        298:  910003bf  mov     sp, x29
;;        29c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a0:  d65f03c0  ret
;;
;; 000002b0 <[4] zero_le_s>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  6ea08800  cmge    v0.4s, v0.4s, #0
;;        2c4:  910003bf  mov     sp, x29
;;        2c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2cc:  d65f03c0  ret
;;
;; 000002d0 <[5] lt_s_zero>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  d10043ff  sub     sp, sp, #0x10
;;        2dc:  f81f83a0  stur    x0, [x29, #-8]
;;        2e0:  4e20a800  cmlt    v0.16b, v0.16b, #0
;;        2e4:  910003bf  mov     sp, x29
;;        2e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ec:  d65f03c0  ret
;;
;; 000002f0 <[6] extend_high_u>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  d10043ff  sub     sp, sp, #0x10
;;        2fc:  f81f83a0  stur    x0, [x29, #-8]
;;        300:  6f10a400  ushll2  v0.4s, v0.8h, #0
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
;;
;; 00000310 <[7] extmul_low_s>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  d10043ff  sub     sp, sp, #0x10
;;        31c:  f81f83a0  stur    x0, [x29, #-8]
;;        320:  0e21c000  smull   v0.8h, v0.8b, v1.8b
;;        324:  910003bf  mov     sp, x29
;;        328:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        32c:  d65f03c0  ret
