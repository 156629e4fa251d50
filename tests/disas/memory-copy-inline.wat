;;! stages = asm
(module (memory 1)
  (func (export "copy16") (param i32 i32) (memory.copy (local.get 0) (local.get 1) (i32.const 16)))
  (func (export "copy13") (param i32 i32) (memory.copy (local.get 0) (local.get 1) (i32.const 13)))
  (func (export "fill40") (param i32 i32) (memory.fill (local.get 0) (local.get 1) (i32.const 40))))
;; ==== asm ====
;; 000000f0 <[0] copy16>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540002e3  b.lo    #0x164
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e3  mov     x3, x0
;;        118:  f9400460  ldr     x0, [x3, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400463  ldr     x3, [x3, #8]
;;        124:  f9400463  ldr     x3, [x3, #8]
;;        128:  2a0103f1  mov     w17, w1
;;        12c:  91004231  add     x17, x17, #0x10
;;        130:  eb03023f  cmp     x17, x3
;;        134:  540001c8  b.hi    #0x16c
;;        138:  2a0203f1  mov     w17, w2
;;        13c:  91004231  add     x17, x17, #0x10
;;        140:  eb03023f  cmp     x17, x3
;;        144:  540001a8  b.hi    #0x178
;;        148:  8b224011  add     x17, x0, w2, uxtw
;;        14c:  8b214010  add     x16, x0, w1, uxtw
;;        150:  3cc0023f  ldur    q31, [x17]
;;        154:  3c80021f  stur    q31, [x16]
;;        158:  910003bf  mov     sp, x29
;;        15c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        160:  d65f03c0  ret
;;        164:  52800161  mov     w1, #0xb
;;        168:  97ffffa6  bl      #0  ; trap site, wasm @0x0
;;        16c:  f85f83a0  ldur    x0, [x29, #-8]
;;        170:  528000a1  mov     w1, #5
;;        174:  97ffffa3  bl      #0  ; trap site, wasm @0x44
;;        178:  f85f83a0  ldur    x0, [x29, #-8]
;;        17c:  528000a1  mov     w1, #5
;;        180:  97ffffa0  bl      #0  ; trap site, wasm @0x44
;;
;; 00000190 <[1] copy13>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000323  b.lo    #0x20c
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  aa0003e3  mov     x3, x0
;;        1b8:  f9400460  ldr     x0, [x3, #8]
;;        1bc:  f9400000  ldr     x0, [x0]
;;        1c0:  f9400463  ldr     x3, [x3, #8]
;;        1c4:  f9400463  ldr     x3, [x3, #8]
;;        1c8:  2a0103f1  mov     w17, w1
;;        1cc:  91003631  add     x17, x17, #0xd
;;        1d0:  eb03023f  cmp     x17, x3
;;        1d4:  54000208  b.hi    #0x214
;;        1d8:  2a0203f1  mov     w17, w2
;;        1dc:  91003631  add     x17, x17, #0xd
;;        1e0:  eb03023f  cmp     x17, x3
;;        1e4:  540001e8  b.hi    #0x220
;;        1e8:  8b224011  add     x17, x0, w2, uxtw
;;        1ec:  8b214010  add     x16, x0, w1, uxtw
;;        1f0:  fc40023f  ldur    d31, [x17]
;;        1f4:  f840522f  ldur    x15, [x17, #5]
;;        1f8:  fc00021f  stur    d31, [x16]
;;        1fc:  f800520f  stur    x15, [x16, #5]
;;        200:  910003bf  mov     sp, x29
;;        204:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        208:  d65f03c0  ret
;;        20c:  52800161  mov     w1, #0xb
;;        210:  97ffff7c  bl      #0  ; trap site, wasm @0x0
;;        214:  f85f83a0  ldur    x0, [x29, #-8]
;;        218:  528000a1  mov     w1, #5
;;        21c:  97ffff79  bl      #0  ; trap site, wasm @0x51
;;        220:  f85f83a0  ldur    x0, [x29, #-8]
;;        224:  528000a1  mov     w1, #5
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x51
;;
;; 00000230 <[2] fill40>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000283  b.lo    #0x298
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  aa0003e3  mov     x3, x0
;;        258:  f9400460  ldr     x0, [x3, #8]
;;        25c:  f9400000  ldr     x0, [x0]
;;        260:  f9400463  ldr     x3, [x3, #8]
;;        264:  f9400463  ldr     x3, [x3, #8]
;;        268:  2a0103f1  mov     w17, w1
;;        26c:  9100a231  add     x17, x17, #0x28
;;        270:  eb03023f  cmp     x17, x3
;;        274:  54000168  b.hi    #0x2a0
;;        278:  8b214010  add     x16, x0, w1, uxtw
;;        27c:  4e010c5f  dup     v31.16b, w2
;;        280:  3c80021f  stur    q31, [x16]
;;        284:  3c81021f  stur    q31, [x16, #0x10]
;;        288:  3c81821f  stur    q31, [x16, #0x18]
;;        28c:  910003bf  mov     sp, x29
;;        290:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        294:  d65f03c0  ret
;;        298:  52800161  mov     w1, #0xb
;;        29c:  97ffff59  bl      #0  ; trap site, wasm @0x0
;;        2a0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2a4:  528000a1  mov     w1, #5
;;        2a8:  97ffff56  bl      #0  ; trap site, wasm @0x5e
