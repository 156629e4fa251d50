;;! stages = asm
(module (memory 1)
  (func (export "copy16") (param i32 i32) (memory.copy (local.get 0) (local.get 1) (i32.const 16)))
  (func (export "copy13") (param i32 i32) (memory.copy (local.get 0) (local.get 1) (i32.const 13)))
  (func (export "fill40") (param i32 i32) (memory.fill (local.get 0) (local.get 1) (i32.const 40))))
;; ==== asm ====
;; 00000100 <[0] copy16>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e3  mov     x3, x0
;;        114:  f9400460  ldr     x0, [x3, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  f9400463  ldr     x3, [x3, #8]
;;        120:  f9400463  ldr     x3, [x3, #8]
;;        124:  2a0103f1  mov     w17, w1
;;        128:  91004231  add     x17, x17, #0x10
;;        12c:  eb03023f  cmp     x17, x3
;;        130:  54000188  b.hi    #0x160
;;        134:  2a0203f1  mov     w17, w2
;;        138:  91004231  add     x17, x17, #0x10
;;        13c:  eb03023f  cmp     x17, x3
;;        140:  54000128  b.hi    #0x164
;;        144:  8b224011  add     x17, x0, w2, uxtw
;;        148:  8b214010  add     x16, x0, w1, uxtw
;;        14c:  3cc0023f  ldur    q31, [x17]
;;        150:  3c80021f  stur    q31, [x16]
;;        154:  910003bf  mov     sp, x29
;;        158:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        15c:  d65f03c0  ret
;;        160:  97ffffbb  bl      #0x4c  ; trap site, wasm @0x44
;;        164:  97ffffba  bl      #0x4c  ; trap site, wasm @0x44
;;
;; 00000170 <[1] copy13>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  aa0003e3  mov     x3, x0
;;        184:  f9400460  ldr     x0, [x3, #8]
;;        188:  f9400000  ldr     x0, [x0]
;;        18c:  f9400463  ldr     x3, [x3, #8]
;;        190:  f9400463  ldr     x3, [x3, #8]
;;        194:  2a0103f1  mov     w17, w1
;;        198:  91003631  add     x17, x17, #0xd
;;        19c:  eb03023f  cmp     x17, x3
;;        1a0:  540001c8  b.hi    #0x1d8
;;        1a4:  2a0203f1  mov     w17, w2
;;        1a8:  91003631  add     x17, x17, #0xd
;;        1ac:  eb03023f  cmp     x17, x3
;;        1b0:  54000168  b.hi    #0x1dc
;;        1b4:  8b224011  add     x17, x0, w2, uxtw
;;        1b8:  8b214010  add     x16, x0, w1, uxtw
;;        1bc:  fc40023f  ldur    d31, [x17]
;;        1c0:  f840522f  ldur    x15, [x17, #5]
;;        1c4:  fc00021f  stur    d31, [x16]
;;        1c8:  f800520f  stur    x15, [x16, #5]
;;        1cc:  910003bf  mov     sp, x29
;;        1d0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d4:  d65f03c0  ret
;;        1d8:  97ffff9d  bl      #0x4c  ; trap site, wasm @0x51
;;        1dc:  97ffff9c  bl      #0x4c  ; trap site, wasm @0x51
;;
;; 000001e0 <[2] fill40>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  aa0003e3  mov     x3, x0
;;        1f4:  f9400460  ldr     x0, [x3, #8]
;;        1f8:  f9400000  ldr     x0, [x0]
;;        1fc:  f9400463  ldr     x3, [x3, #8]
;;        200:  f9400463  ldr     x3, [x3, #8]
;;        204:  2a0103f1  mov     w17, w1
;;        208:  9100a231  add     x17, x17, #0x28
;;        20c:  eb03023f  cmp     x17, x3
;;        210:  54000128  b.hi    #0x234
;;        214:  8b214010  add     x16, x0, w1, uxtw
;;        218:  4e010c5f  dup     v31.16b, w2
;;        21c:  3c80021f  stur    q31, [x16]
;;        220:  3c81021f  stur    q31, [x16, #0x10]
;;        224:  3c81821f  stur    q31, [x16, #0x18]
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;        234:  97ffff86  bl      #0x4c  ; trap site, wasm @0x5e
