;;! stages = asm
(module (memory i64 1) (memory $b 2)
  (func (export "copy") (param i64 i32 i32) (memory.copy 0 $b (local.get 0) (local.get 1) (local.get 2))))
;; ==== asm ====
;; 000001a0 <[0] copy>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  54000363  b.lo    #0x224
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  aa0003e4  mov     x4, x0
;;        1c8:  f9400480  ldr     x0, [x4, #8]
;;        1cc:  f9400000  ldr     x0, [x0]
;;        1d0:  f9400485  ldr     x5, [x4, #8]
;;        1d4:  f94004a5  ldr     x5, [x5, #8]
;;        1d8:  f9406086  ldr     x6, [x4, #0xc0]
;;        1dc:  f94000c6  ldr     x6, [x6]
;;        1e0:  f9406084  ldr     x4, [x4, #0xc0]
;;        1e4:  f9400484  ldr     x4, [x4, #8]
;;        1e8:  aa0303ef  mov     x15, x3
;;        1ec:  2a0f03ef  mov     w15, w15
;;        1f0:  ab0f0031  adds    x17, x1, x15
;;        1f4:  540001c2  b.hs    #0x22c
;;        1f8:  eb05023f  cmp     x17, x5
;;        1fc:  540001e8  b.hi    #0x238
;;        200:  8b2241f1  add     x17, x15, w2, uxtw
;;        204:  eb04023f  cmp     x17, x4
;;        208:  540001e8  b.hi    #0x244
;;        20c:  8b2240d1  add     x17, x6, w2, uxtw
;;        210:  8b216010  add     x16, x0, x1, uxtx
;;        214:  97ffff8f  bl      #0x50
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
;;        22c:  f85f83a0  ldur    x0, [x29, #-8]
;;        230:  528000a1  mov     w1, #5
;;        234:  97ffff73  bl      #0  ; trap site, wasm @0x31
;;        238:  f85f83a0  ldur    x0, [x29, #-8]
;;        23c:  528000a1  mov     w1, #5
;;        240:  97ffff70  bl      #0  ; trap site, wasm @0x31
;;        244:  f85f83a0  ldur    x0, [x29, #-8]
;;        248:  528000a1  mov     w1, #5
;;        24c:  97ffff6d  bl      #0  ; trap site, wasm @0x31
