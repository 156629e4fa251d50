;;! stages = asm
(module (memory i64 1) (memory $b 2)
  (func (export "copy") (param i64 i32 i32) (memory.copy 0 $b (local.get 0) (local.get 1) (local.get 2))))
;; ==== asm ====
;; 000001b0 <[0] copy>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d10043f1  sub     x17, sp, #0x10
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  54000363  b.lo    #0x234
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  aa0003e4  mov     x4, x0
;;        1d8:  f9400480  ldr     x0, [x4, #8]
;;        1dc:  f9400000  ldr     x0, [x0]
;;        1e0:  f9400485  ldr     x5, [x4, #8]
;;        1e4:  f94004a5  ldr     x5, [x5, #8]
;;        1e8:  f9406086  ldr     x6, [x4, #0xc0]
;;        1ec:  f94000c6  ldr     x6, [x6]
;;        1f0:  f9406084  ldr     x4, [x4, #0xc0]
;;        1f4:  f9400484  ldr     x4, [x4, #8]
;;        1f8:  aa0303ef  mov     x15, x3
;;        1fc:  2a0f03ef  mov     w15, w15
;;        200:  ab0f0031  adds    x17, x1, x15
;;        204:  540001c2  b.hs    #0x23c
;;        208:  eb05023f  cmp     x17, x5
;;        20c:  540001e8  b.hi    #0x248
;;        210:  8b2241f1  add     x17, x15, w2, uxtw
;;        214:  eb04023f  cmp     x17, x4
;;        218:  540001e8  b.hi    #0x254
;;        21c:  8b2240d1  add     x17, x6, w2, uxtw
;;        220:  8b216010  add     x16, x0, x1, uxtx
;;        224:  97ffff8b  bl      #0x50
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;        234:  52800161  mov     w1, #0xb
;;        238:  97ffff72  bl      #0  ; trap site, wasm @0x0
;;        23c:  f85f83a0  ldur    x0, [x29, #-8]
;;        240:  528000a1  mov     w1, #5
;;        244:  97ffff6f  bl      #0  ; trap site, wasm @0x31
;;        248:  f85f83a0  ldur    x0, [x29, #-8]
;;        24c:  528000a1  mov     w1, #5
;;        250:  97ffff6c  bl      #0  ; trap site, wasm @0x31
;;        254:  f85f83a0  ldur    x0, [x29, #-8]
;;        258:  528000a1  mov     w1, #5
;;        25c:  97ffff69  bl      #0  ; trap site, wasm @0x31
