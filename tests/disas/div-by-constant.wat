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
;; 000001a0 <[0] div_u8>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  53037c20  lsr     w0, w1, #3
;;        1b4:  910003bf  mov     sp, x29
;;        1b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1bc:  d65f03c0  ret
;;
;; 000001c0 <[1] rem_u16>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  92400c20  and     x0, x1, #0xf
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;
;; 000001e0 <[2] div_s2>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  0b417c30  add     w16, w1, w1, lsr #31
;;        1f4:  13017e00  asr     w0, w16, #1
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;
;; 00000210 <[3] div_s16>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  937ffc30  asr     x16, x1, #0x3f
;;        224:  8b50f030  add     x16, x1, x16, lsr #60
;;        228:  9344fe00  asr     x0, x16, #4
;;        22c:  910003bf  mov     sp, x29
;;        230:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        234:  d65f03c0  ret
;;
;; 00000240 <[4] rem_s4>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  131f7c30  asr     w16, w1, #0x1f
;;        254:  0b507830  add     w16, w1, w16, lsr #30
;;        258:  121e7610  and     w16, w16, #0xfffffffc
;;        25c:  4b100020  sub     w0, w1, w16
;;        260:  910003bf  mov     sp, x29
;;        264:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        268:  d65f03c0  ret
;;
;; 00000270 <[5] div_s7>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  d10043ff  sub     sp, sp, #0x10
;;        27c:  f81f83a0  stur    x0, [x29, #-8]
;;        280:  32000be0  mov     w0, #7
;;        284:  1ac00c20  sdiv    w0, w1, w0
;;        288:  910003bf  mov     sp, x29
;;        28c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        290:  d65f03c0  ret
;;
;; 000002a0 <[6] div_s_minus1>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  d10043ff  sub     sp, sp, #0x10
;;        2ac:  f81f83a0  stur    x0, [x29, #-8]
;;        2b0:  12800000  mov     w0, #-1
;;        2b4:  3100041f  cmn     w0, #1
;;        2b8:  54000061  b.ne    #0x2c4
;;        2bc:  7100043f  cmp     w1, #1
;;        2c0:  540000a6  b.vs    #0x2d4
;;        2c4:  1ac00c20  sdiv    w0, w1, w0
;;        2c8:  910003bf  mov     sp, x29
;;        2cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d0:  d65f03c0  ret
;;        2d4:  97ffff5e  bl      #0x4c  ; trap site, wasm @0xb9
;;
;; 000002e0 <[7] div_s_min>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  320103e0  mov     w0, #-0x80000000
;;        2f4:  1ac00c20  sdiv    w0, w1, w0
;;        2f8:  910003bf  mov     sp, x29
;;        2fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        300:  d65f03c0  ret
;;
;; 00000310 <[8] rem_u5>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  d10043ff  sub     sp, sp, #0x10
;;        31c:  f81f83a0  stur    x0, [x29, #-8]
;;        320:  d28000a0  mov     x0, #5
;;        324:  9ac00830  udiv    x16, x1, x0
;;        328:  9b008600  msub    x0, x16, x0, x1
;;        32c:  910003bf  mov     sp, x29
;;        330:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        334:  d65f03c0  ret
