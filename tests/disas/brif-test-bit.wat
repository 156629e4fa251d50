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
;; 00000190 <[0] bit>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  37200061  tbnz    w1, #4, #0x1ac
;;        1a4:  52800000  mov     w0, #0
;;        1a8:  14000002  b       #0x1b0
;;        1ac:  320003e0  mov     w0, #1
;;        1b0:  910003bf  mov     sp, x29
;;        1b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b8:  d65f03c0  ret
;;
;; 000001c0 <[1] clear64>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  b6000061  tbz     x1, #0x20, #0x1dc
;;        1d4:  52800000  mov     w0, #0
;;        1d8:  14000002  b       #0x1e0
;;        1dc:  320003e0  mov     w0, #1
;;        1e0:  910003bf  mov     sp, x29
;;        1e4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e8:  d65f03c0  ret
;;
;; 000001f0 <[2] ne>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  52800000  mov     w0, #0
;;        204:  36380041  tbz     w1, #7, #0x20c
;;        208:  320003e0  mov     w0, #1
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;
;; 00000220 <[3] negative>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  52800000  mov     w0, #0
;;        234:  36f80041  tbz     w1, #0x1f, #0x23c
;;        238:  320003e0  mov     w0, #1
;;        23c:  910003bf  mov     sp, x29
;;        240:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        244:  d65f03c0  ret
;;
;; 00000250 <[4] nonnegative64>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  b6f80061  tbz     x1, #0x3f, #0x26c
;;        264:  52800000  mov     w0, #0
;;        268:  14000002  b       #0x270
;;        26c:  320003e0  mov     w0, #1
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;
;; 00000280 <[5] not_one_bit>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  121f0420  and     w0, w1, #6
;;        294:  35000060  cbnz    w0, #0x2a0
;;        298:  52800000  mov     w0, #0
;;        29c:  14000002  b       #0x2a4
;;        2a0:  320003e0  mov     w0, #1
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
