;;! stages = asm
;; A branch on one bit is a tbz/tbnz: (x & 2**k) != 0 or == 0 (i32.and, i64.and with eqz),
;; and the sign tests x < 0, x >= 0 (bit 31 of an i32, 63 of an i64).
(module
  (func (export "bit") (param i32) (result i32)
    (if (i32.and (local.get 0) (i32.const 16)) (then (return (i32.const 1))))
    (i32.const 0))
  (func (export "clear64") (param i64) (result i32)
    (if (i64.eqz (i64.and (local.get 0) (i64.const 0x100000000))) (then (return (i32.const 1))))
    (i32.const 0))
  (func (export "ne") (param i32) (result i32)
    (if (i32.ne (i32.and (local.get 0) (i32.const 0x80)) (i32.const 0)) (then (return (i32.const 1))))
    (i32.const 0))
  (func (export "negative") (param i32) (result i32)
    (if (i32.lt_s (local.get 0) (i32.const 0)) (then (return (i32.const 1))))
    (i32.const 0))
  (func (export "nonnegative64") (param i64) (result i32)
    (if (i64.ge_s (local.get 0) (i64.const 0)) (then (return (i32.const 1))))
    (i32.const 0))
  (func (export "not_one_bit") (param i32) (result i32)
    (if (i32.and (local.get 0) (i32.const 6)) (then (return (i32.const 1))))
    (i32.const 0)))
;; ==== asm ====
;; 000001f0 <[0] bit>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  37200061  tbnz    w1, #4, #0x20c
;;        204:  52800000  mov     w0, #0
;;        208:  14000002  b       #0x210
;;        20c:  320003e0  mov     w0, #1
;;        210:  910003bf  mov     sp, x29
;;        214:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        218:  d65f03c0  ret
;;
;; 00000220 <[1] clear64>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  b6000061  tbz     x1, #0x20, #0x23c
;;        234:  52800000  mov     w0, #0
;;        238:  14000002  b       #0x240
;;        23c:  320003e0  mov     w0, #1
;;        240:  910003bf  mov     sp, x29
;;        244:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        248:  d65f03c0  ret
;;
;; 00000250 <[2] ne>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  52800000  mov     w0, #0
;;        264:  36380041  tbz     w1, #7, #0x26c
;;        268:  320003e0  mov     w0, #1
;;        26c:  910003bf  mov     sp, x29
;;        270:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        274:  d65f03c0  ret
;;
;; 00000280 <[3] negative>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  52800000  mov     w0, #0
;;        294:  36f80041  tbz     w1, #0x1f, #0x29c
;;        298:  320003e0  mov     w0, #1
;;        29c:  910003bf  mov     sp, x29
;;        2a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a4:  d65f03c0  ret
;;
;; 000002b0 <[4] nonnegative64>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  b6f80061  tbz     x1, #0x3f, #0x2cc
;;        2c4:  52800000  mov     w0, #0
;;        2c8:  14000002  b       #0x2d0
;;        2cc:  320003e0  mov     w0, #1
;;        2d0:  910003bf  mov     sp, x29
;;        2d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d8:  d65f03c0  ret
;;
;; 000002e0 <[5] not_one_bit>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  121f0420  and     w0, w1, #6
;;        2f4:  35000060  cbnz    w0, #0x300
;;        2f8:  52800000  mov     w0, #0
;;        2fc:  14000002  b       #0x304
;;        300:  320003e0  mov     w0, #1
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
