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
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f9400610  ldr     x16, [x16, #8]
;;        1d0:  d10043f1  sub     x17, sp, #0x10
;;        1d4:  eb10023f  cmp     x17, x16
;;        1d8:  540000e3  b.lo    #0x1f4
;;        1dc:  9100023f  mov     sp, x17
;;        1e0:  f81f83a0  stur    x0, [x29, #-8]
;;        1e4:  4ea18400  add     v0.4s, v0.4s, v1.4s
;;        1e8:  910003bf  mov     sp, x29
;;        1ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f0:  d65f03c0  ret
;;        1f4:  52800161  mov     w1, #0xb
;;        1f8:  97ffff82  bl      #0  ; trap site, wasm @0x0
;;
;; 00000200 <[1] sub_sat_u>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  540000e3  b.lo    #0x234
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  6e212c00  uqsub   v0.16b, v0.16b, v1.16b
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;        234:  52800161  mov     w1, #0xb
;;        238:  97ffff72  bl      #0  ; trap site, wasm @0x0
;;
;; 00000240 <[2] lt_s>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  540000e3  b.lo    #0x274
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  4e603420  cmgt    v0.8h, v1.8h, v0.8h
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
;;        274:  52800161  mov     w1, #0xb
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[3] ne>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000103  b.lo    #0x2b8
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  6ee18c00  cmeq    v0.2d, v0.2d, v1.2d
;;        2a8:  6e205800  mvn     v0.16b, v0.16b
;;        2ac:  910003bf  mov     sp, x29
;;        2b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b4:  d65f03c0  ret
;;        2b8:  52800161  mov     w1, #0xb
;;        2bc:  97ffff51  bl      #0  ; trap site, wasm @0x0
;;
;; 000002c0 <[4] zero_le_s>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  f9400010  ldr     x16, [x0]
;;        2cc:  f9400610  ldr     x16, [x16, #8]
;;        2d0:  d10043f1  sub     x17, sp, #0x10
;;        2d4:  eb10023f  cmp     x17, x16
;;        2d8:  540000e3  b.lo    #0x2f4
;;        2dc:  9100023f  mov     sp, x17
;;        2e0:  f81f83a0  stur    x0, [x29, #-8]
;;        2e4:  6ea08800  cmge    v0.4s, v0.4s, #0
;;        2e8:  910003bf  mov     sp, x29
;;        2ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f0:  d65f03c0  ret
;;        2f4:  52800161  mov     w1, #0xb
;;        2f8:  97ffff42  bl      #0  ; trap site, wasm @0x0
;;
;; 00000300 <[5] lt_s_zero>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  f9400010  ldr     x16, [x0]
;;        30c:  f9400610  ldr     x16, [x16, #8]
;;        310:  d10043f1  sub     x17, sp, #0x10
;;        314:  eb10023f  cmp     x17, x16
;;        318:  540000e3  b.lo    #0x334
;;        31c:  9100023f  mov     sp, x17
;;        320:  f81f83a0  stur    x0, [x29, #-8]
;;        324:  4e20a800  cmlt    v0.16b, v0.16b, #0
;;        328:  910003bf  mov     sp, x29
;;        32c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        330:  d65f03c0  ret
;;        334:  52800161  mov     w1, #0xb
;;        338:  97ffff32  bl      #0  ; trap site, wasm @0x0
;;
;; 00000340 <[6] extend_high_u>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  f9400010  ldr     x16, [x0]
;;        34c:  f9400610  ldr     x16, [x16, #8]
;;        350:  d10043f1  sub     x17, sp, #0x10
;;        354:  eb10023f  cmp     x17, x16
;;        358:  540000e3  b.lo    #0x374
;;        35c:  9100023f  mov     sp, x17
;;        360:  f81f83a0  stur    x0, [x29, #-8]
;;        364:  6f10a400  ushll2  v0.4s, v0.8h, #0
;;        368:  910003bf  mov     sp, x29
;;        36c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        370:  d65f03c0  ret
;;        374:  52800161  mov     w1, #0xb
;;        378:  97ffff22  bl      #0  ; trap site, wasm @0x0
;;
;; 00000380 <[7] extmul_low_s>:
;;        380:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        384:  910003fd  mov     x29, sp
;;        388:  f9400010  ldr     x16, [x0]
;;        38c:  f9400610  ldr     x16, [x16, #8]
;;        390:  d10043f1  sub     x17, sp, #0x10
;;        394:  eb10023f  cmp     x17, x16
;;        398:  540000e3  b.lo    #0x3b4
;;        39c:  9100023f  mov     sp, x17
;;        3a0:  f81f83a0  stur    x0, [x29, #-8]
;;        3a4:  0e21c000  smull   v0.8h, v0.8b, v1.8b
;;        3a8:  910003bf  mov     sp, x29
;;        3ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3b0:  d65f03c0  ret
;;        3b4:  52800161  mov     w1, #0xb
;;        3b8:  97ffff12  bl      #0  ; trap site, wasm @0x0
