;;! stages = asm
;; Division by a constant: by a power of two a shift (unsigned: lsr, and for the remainder;
;; signed: the rounding bias through x16, then asr / and+sub); by any other nonzero constant
;; the divide without the zero check, and signed without the INT_MIN / -1 check unless it is -1.
(module
  (func (export "div_u8") (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 8)))
  (func (export "rem_u16") (param i64) (result i64) (i64.rem_u (local.get 0) (i64.const 16)))
  (func (export "div_s2") (param i32) (result i32) (i32.div_s (local.get 0) (i32.const 2)))
  (func (export "div_s16") (param i64) (result i64) (i64.div_s (local.get 0) (i64.const 16)))
  (func (export "rem_s4") (param i32) (result i32) (i32.rem_s (local.get 0) (i32.const 4)))
  (func (export "div_s7") (param i32) (result i32) (i32.div_s (local.get 0) (i32.const 7)))
  (func (export "div_s_minus1") (param i32) (result i32) (i32.div_s (local.get 0) (i32.const -1)))
  (func (export "div_s_min") (param i32) (result i32) (i32.div_s (local.get 0) (i32.const 0x80000000)))
  (func (export "rem_u5") (param i64) (result i64) (i64.rem_u (local.get 0) (i64.const 5))))
;; ==== asm ====
;; 000001f0 <[0] div_u8>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  53037c20  lsr     w0, w1, #3
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] rem_u16>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  92400c20  and     x0, x1, #0xf
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;
;; 00000230 <[2] div_s2>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  0b417c30  add     w16, w1, w1, lsr #31
;;        244:  13017e00  asr     w0, w16, #1
;;        248:  910003bf  mov     sp, x29
;;        24c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        250:  d65f03c0  ret
;;
;; 00000260 <[3] div_s16>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  937ffc30  asr     x16, x1, #0x3f
;;        274:  8b50f030  add     x16, x1, x16, lsr #60
;;        278:  9344fe00  asr     x0, x16, #4
;;        27c:  910003bf  mov     sp, x29
;;        280:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        284:  d65f03c0  ret
;;
;; 00000290 <[4] rem_s4>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  131f7c30  asr     w16, w1, #0x1f
;;        2a4:  0b507830  add     w16, w1, w16, lsr #30
;;        2a8:  121e7610  and     w16, w16, #0xfffffffc
;;        2ac:  4b100020  sub     w0, w1, w16
;;        2b0:  910003bf  mov     sp, x29
;;        2b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b8:  d65f03c0  ret
;;
;; 000002c0 <[5] div_s7>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  d10043ff  sub     sp, sp, #0x10
;;        2cc:  f81f83a0  stur    x0, [x29, #-8]
;;        2d0:  32000be0  mov     w0, #7
;;        2d4:  1ac00c20  sdiv    w0, w1, w0
;;        2d8:  910003bf  mov     sp, x29
;;        2dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2e0:  d65f03c0  ret
;;
;; 000002f0 <[6] div_s_minus1>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  d10043ff  sub     sp, sp, #0x10
;;        2fc:  f81f83a0  stur    x0, [x29, #-8]
;;        300:  12800000  mov     w0, #-1
;;        304:  3100041f  cmn     w0, #1
;;        308:  54000061  b.ne    #0x314
;;        30c:  7100043f  cmp     w1, #1
;;        310:  540000a6  b.vs    #0x324
;;        314:  1ac00c20  sdiv    w0, w1, w0
;;        318:  910003bf  mov     sp, x29
;;        31c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        320:  d65f03c0  ret
;;        324:  97ffff60  bl      #0xa4  ; trap site, wasm @0xb9
;;
;; 00000330 <[7] div_s_min>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  d10043ff  sub     sp, sp, #0x10
;;        33c:  f81f83a0  stur    x0, [x29, #-8]
;;        340:  320103e0  mov     w0, #-0x80000000
;;        344:  1ac00c20  sdiv    w0, w1, w0
;;        348:  910003bf  mov     sp, x29
;;        34c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        350:  d65f03c0  ret
;;
;; 00000360 <[8] rem_u5>:
;;        360:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        364:  910003fd  mov     x29, sp
;;        368:  d10043ff  sub     sp, sp, #0x10
;;        36c:  f81f83a0  stur    x0, [x29, #-8]
;;        370:  d28000a0  mov     x0, #5
;;        374:  9ac00830  udiv    x16, x1, x0
;;        378:  9b008600  msub    x0, x16, x0, x1
;;        37c:  910003bf  mov     sp, x29
;;        380:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        384:  d65f03c0  ret
