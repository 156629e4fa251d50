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
;; 00000190 <[0] div_u8>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  53037c20  lsr     w0, w1, #3
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;
;; 000001b0 <[1] rem_u16>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  92400c20  and     x0, x1, #0xf
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;
;; 000001d0 <[2] div_s2>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  d10043ff  sub     sp, sp, #0x10
;;        1dc:  f81f83a0  stur    x0, [x29, #-8]
;;        1e0:  0b417c30  add     w16, w1, w1, lsr #31
;;        1e4:  13017e00  asr     w0, w16, #1
;;        1e8:  910003bf  mov     sp, x29
;;        1ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f0:  d65f03c0  ret
;;
;; 00000200 <[3] div_s16>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  937ffc30  asr     x16, x1, #0x3f
;;        214:  8b50f030  add     x16, x1, x16, lsr #60
;;        218:  9344fe00  asr     x0, x16, #4
;;        21c:  910003bf  mov     sp, x29
;;        220:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        224:  d65f03c0  ret
;;
;; 00000230 <[4] rem_s4>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  131f7c30  asr     w16, w1, #0x1f
;;        244:  0b507830  add     w16, w1, w16, lsr #30
;;        248:  121e7610  and     w16, w16, #0xfffffffc
;;        24c:  4b100020  sub     w0, w1, w16
;;        250:  910003bf  mov     sp, x29
;;        254:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        258:  d65f03c0  ret
;;
;; 00000260 <[5] div_s7>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  32000be0  mov     w0, #7
;;        274:  1ac00c20  sdiv    w0, w1, w0
;;        278:  910003bf  mov     sp, x29
;;        27c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        280:  d65f03c0  ret
;;
;; 00000290 <[6] div_s_minus1>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  12800000  mov     w0, #-1
;;        2a4:  3100041f  cmn     w0, #1
;;        2a8:  54000061  b.ne    #0x2b4
;;        2ac:  7100043f  cmp     w1, #1
;;        2b0:  540000a6  b.vs    #0x2c4
;;        2b4:  1ac00c20  sdiv    w0, w1, w0
;;        2b8:  910003bf  mov     sp, x29
;;        2bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c0:  d65f03c0  ret
;;        2c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2c8:  52800061  mov     w1, #3
;;        2cc:  97ffff4d  bl      #0  ; trap site, wasm @0xb9
;;
;; 000002d0 <[7] div_s_min>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  d10043ff  sub     sp, sp, #0x10
;;        2dc:  f81f83a0  stur    x0, [x29, #-8]
;;        2e0:  320103e0  mov     w0, #-0x80000000
;;        2e4:  1ac00c20  sdiv    w0, w1, w0
;;        2e8:  910003bf  mov     sp, x29
;;        2ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f0:  d65f03c0  ret
;;
;; 00000300 <[8] rem_u5>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  d28000a0  mov     x0, #5
;;        314:  9ac00830  udiv    x16, x1, x0
;;        318:  9b008600  msub    x0, x16, x0, x1
;;        31c:  910003bf  mov     sp, x29
;;        320:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        324:  d65f03c0  ret
