;;! stages = asm
(module (memory i64 1) (memory $b 2)
  (func (export "copy") (param i64 i32 i32) (memory.copy 0 $b (local.get 0) (local.get 1) (local.get 2))))
;; ==== asm ====
;; 000001c0 <[0] copy>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  aa0003e4  mov     x4, x0
;;        1d4:  f9400480  ldr     x0, [x4, #8]
;;        1d8:  f9400000  ldr     x0, [x0]
;;        1dc:  f9400485  ldr     x5, [x4, #8]
;;        1e0:  f94004a5  ldr     x5, [x5, #8]
;;        1e4:  f9406086  ldr     x6, [x4, #0xc0]
;;        1e8:  f94000c6  ldr     x6, [x6]
;;        1ec:  f9406084  ldr     x4, [x4, #0xc0]
;;        1f0:  f9400484  ldr     x4, [x4, #8]
;;        1f4:  aa0303ef  mov     x15, x3
;;        1f8:  2a0f03ef  mov     w15, w15
;;        1fc:  ab0f0031  adds    x17, x1, x15
;;        200:  54000182  b.hs    #0x230
;;        204:  eb05023f  cmp     x17, x5
;;        208:  54000168  b.hi    #0x234
;;        20c:  8b2241f1  add     x17, x15, w2, uxtw
;;        210:  eb04023f  cmp     x17, x4
;;        214:  54000128  b.hi    #0x238
;;        218:  8b2240d1  add     x17, x6, w2, uxtw
;;        21c:  8b216010  add     x16, x0, x1, uxtx
;;        220:  97ffff90  bl      #0x60
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;        230:  97ffff87  bl      #0x4c  ; trap site, wasm @0x31
;;        234:  97ffff86  bl      #0x4c  ; trap site, wasm @0x31
;;        238:  97ffff85  bl      #0x4c  ; trap site, wasm @0x31
