;;! stages = asm
(module (memory 1)
  (func (export "copy16") (param i32 i32) (memory.copy (local.get 0) (local.get 1) (i32.const 16)))
  (func (export "copy13") (param i32 i32) (memory.copy (local.get 0) (local.get 1) (i32.const 13)))
  (func (export "fill40") (param i32 i32) (memory.fill (local.get 0) (local.get 1) (i32.const 40))))
;; ==== asm ====
;; 00000150 <[0] copy16>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  aa0003e3  mov     x3, x0
;;        164:  f9400460  ldr     x0, [x3, #8]
;;        168:  f9400000  ldr     x0, [x0]
;;        16c:  f9400463  ldr     x3, [x3, #8]
;;        170:  f9400463  ldr     x3, [x3, #8]
;;        174:  2a0103f1  mov     w17, w1
;;        178:  91004231  add     x17, x17, #0x10
;;        17c:  eb03023f  cmp     x17, x3
;;        180:  54000188  b.hi    #0x1b0
;;        184:  2a0203f1  mov     w17, w2
;;        188:  91004231  add     x17, x17, #0x10
;;        18c:  eb03023f  cmp     x17, x3
;;        190:  54000128  b.hi    #0x1b4
;;        194:  8b224011  add     x17, x0, w2, uxtw
;;        198:  8b214010  add     x16, x0, w1, uxtw
;;        19c:  3cc0023f  ldur    q31, [x17]
;;        1a0:  3c80021f  stur    q31, [x16]
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  97ffffbd  bl      #0xa4  ; trap site, wasm @0x44
;;        1b4:  97ffffbc  bl      #0xa4  ; trap site, wasm @0x44
;;
;; 000001c0 <[1] copy13>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  aa0003e3  mov     x3, x0
;;        1d4:  f9400460  ldr     x0, [x3, #8]
;;        1d8:  f9400000  ldr     x0, [x0]
;;        1dc:  f9400463  ldr     x3, [x3, #8]
;;        1e0:  f9400463  ldr     x3, [x3, #8]
;;        1e4:  2a0103f1  mov     w17, w1
;;        1e8:  91003631  add     x17, x17, #0xd
;;        1ec:  eb03023f  cmp     x17, x3
;;        1f0:  540001c8  b.hi    #0x228
;;        1f4:  2a0203f1  mov     w17, w2
;;        1f8:  91003631  add     x17, x17, #0xd
;;        1fc:  eb03023f  cmp     x17, x3
;;        200:  54000168  b.hi    #0x22c
;;        204:  8b224011  add     x17, x0, w2, uxtw
;;        208:  8b214010  add     x16, x0, w1, uxtw
;;        20c:  fc40023f  ldur    d31, [x17]
;;        210:  f840522f  ldur    x15, [x17, #5]
;;        214:  fc00021f  stur    d31, [x16]
;;        218:  f800520f  stur    x15, [x16, #5]
;;        21c:  910003bf  mov     sp, x29
;;        220:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        224:  d65f03c0  ret
;;        228:  97ffff9f  bl      #0xa4  ; trap site, wasm @0x51
;;        22c:  97ffff9e  bl      #0xa4  ; trap site, wasm @0x51
;;
;; 00000230 <[2] fill40>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  aa0003e3  mov     x3, x0
;;        244:  f9400460  ldr     x0, [x3, #8]
;;        248:  f9400000  ldr     x0, [x0]
;;        24c:  f9400463  ldr     x3, [x3, #8]
;;        250:  f9400463  ldr     x3, [x3, #8]
;;        254:  2a0103f1  mov     w17, w1
;;        258:  9100a231  add     x17, x17, #0x28
;;        25c:  eb03023f  cmp     x17, x3
;;        260:  54000128  b.hi    #0x284
;;        264:  8b214010  add     x16, x0, w1, uxtw
;;        268:  4e010c5f  dup     v31.16b, w2
;;        26c:  3c80021f  stur    q31, [x16]
;;        270:  3c81021f  stur    q31, [x16, #0x10]
;;        274:  3c81821f  stur    q31, [x16, #0x18]
;;        278:  910003bf  mov     sp, x29
;;        27c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        280:  d65f03c0  ret
;;        284:  97ffff88  bl      #0xa4  ; trap site, wasm @0x5e
