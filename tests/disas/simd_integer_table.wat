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
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  540000e3  b.lo    #0x254
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  4ea18400  add     v0.4s, v0.4s, v1.4s
;;        248:  910003bf  mov     sp, x29
;;        24c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        250:  d65f03c0  ret
;;        254:  52800161  mov     w1, #0xb
;;        258:  97ffff6a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000260 <[1] sub_sat_u>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  540000e3  b.lo    #0x294
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  6e212c00  uqsub   v0.16b, v0.16b, v1.16b
;;        288:  910003bf  mov     sp, x29
;;        28c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        290:  d65f03c0  ret
;;        294:  52800161  mov     w1, #0xb
;;        298:  97ffff5a  bl      #0  ; trap site, wasm @0x0
;;
;; 000002a0 <[2] lt_s>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  f9400010  ldr     x16, [x0]
;;        2ac:  f9400610  ldr     x16, [x16, #8]
;;        2b0:  d10043f1  sub     x17, sp, #0x10
;;        2b4:  eb10023f  cmp     x17, x16
;;        2b8:  540000e3  b.lo    #0x2d4
;;        2bc:  9100023f  mov     sp, x17
;;        2c0:  f81f83a0  stur    x0, [x29, #-8]
;;        2c4:  4e603420  cmgt    v0.8h, v1.8h, v0.8h
;;        2c8:  910003bf  mov     sp, x29
;;        2cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d0:  d65f03c0  ret
;;        2d4:  52800161  mov     w1, #0xb
;;        2d8:  97ffff4a  bl      #0  ; trap site, wasm @0x0
;;
;; 000002e0 <[3] ne>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  54000103  b.lo    #0x318
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  6ee18c00  cmeq    v0.2d, v0.2d, v1.2d
;;        308:  6e205800  mvn     v0.16b, v0.16b
;;        30c:  910003bf  mov     sp, x29
;;        310:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        314:  d65f03c0  ret
;;        318:  52800161  mov     w1, #0xb
;;        31c:  97ffff39  bl      #0  ; trap site, wasm @0x0
;;
;; 00000320 <[4] zero_le_s>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  f9400010  ldr     x16, [x0]
;;        32c:  f9400610  ldr     x16, [x16, #8]
;;        330:  d10043f1  sub     x17, sp, #0x10
;;        334:  eb10023f  cmp     x17, x16
;;        338:  540000e3  b.lo    #0x354
;;        33c:  9100023f  mov     sp, x17
;;        340:  f81f83a0  stur    x0, [x29, #-8]
;;        344:  6ea08800  cmge    v0.4s, v0.4s, #0
;;        348:  910003bf  mov     sp, x29
;;        34c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        350:  d65f03c0  ret
;;        354:  52800161  mov     w1, #0xb
;;        358:  97ffff2a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000360 <[5] lt_s_zero>:
;;        360:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        364:  910003fd  mov     x29, sp
;;        368:  f9400010  ldr     x16, [x0]
;;        36c:  f9400610  ldr     x16, [x16, #8]
;;        370:  d10043f1  sub     x17, sp, #0x10
;;        374:  eb10023f  cmp     x17, x16
;;        378:  540000e3  b.lo    #0x394
;;        37c:  9100023f  mov     sp, x17
;;        380:  f81f83a0  stur    x0, [x29, #-8]
;;        384:  4e20a800  cmlt    v0.16b, v0.16b, #0
;;        388:  910003bf  mov     sp, x29
;;        38c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        390:  d65f03c0  ret
;;        394:  52800161  mov     w1, #0xb
;;        398:  97ffff1a  bl      #0  ; trap site, wasm @0x0
;;
;; 000003a0 <[6] extend_high_u>:
;;        3a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3a4:  910003fd  mov     x29, sp
;;        3a8:  f9400010  ldr     x16, [x0]
;;        3ac:  f9400610  ldr     x16, [x16, #8]
;;        3b0:  d10043f1  sub     x17, sp, #0x10
;;        3b4:  eb10023f  cmp     x17, x16
;;        3b8:  540000e3  b.lo    #0x3d4
;;        3bc:  9100023f  mov     sp, x17
;;        3c0:  f81f83a0  stur    x0, [x29, #-8]
;;        3c4:  6f10a400  ushll2  v0.4s, v0.8h, #0
;;        3c8:  910003bf  mov     sp, x29
;;        3cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3d0:  d65f03c0  ret
;;        3d4:  52800161  mov     w1, #0xb
;;        3d8:  97ffff0a  bl      #0  ; trap site, wasm @0x0
;;
;; 000003e0 <[7] extmul_low_s>:
;;        3e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3e4:  910003fd  mov     x29, sp
;;        3e8:  f9400010  ldr     x16, [x0]
;;        3ec:  f9400610  ldr     x16, [x16, #8]
;;        3f0:  d10043f1  sub     x17, sp, #0x10
;;        3f4:  eb10023f  cmp     x17, x16
;;        3f8:  540000e3  b.lo    #0x414
;;        3fc:  9100023f  mov     sp, x17
;;        400:  f81f83a0  stur    x0, [x29, #-8]
;;        404:  0e21c000  smull   v0.8h, v0.8b, v1.8b
;;        408:  910003bf  mov     sp, x29
;;        40c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        410:  d65f03c0  ret
;;        414:  52800161  mov     w1, #0xb
;;        418:  97fffefa  bl      #0  ; trap site, wasm @0x0
