;;! stages = asm
(module (memory i64 1) (memory $b 2)
  (func (export "copy") (param i64 i32 i32) (memory.copy 0 $b (local.get 0) (local.get 1) (local.get 2))))
;; ==== asm ====
;; 00000210 <[0] copy>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  aa0003e4  mov     x4, x0
;;        224:  f9400480  ldr     x0, [x4, #8]
;;        228:  f9400000  ldr     x0, [x0]
;;        22c:  f9400485  ldr     x5, [x4, #8]
;;        230:  f94004a5  ldr     x5, [x5, #8]
;;        234:  f9411886  ldr     x6, [x4, #0x230]
;;        238:  f94000c6  ldr     x6, [x6]
;;        23c:  f9411884  ldr     x4, [x4, #0x230]
;;        240:  f9400484  ldr     x4, [x4, #8]
;;        244:  aa0303ef  mov     x15, x3
;;        248:  2a0f03ef  mov     w15, w15
;;        24c:  ab0f0031  adds    x17, x1, x15
;;        250:  54000182  b.hs    #0x280
;;        254:  eb05023f  cmp     x17, x5
;;        258:  54000168  b.hi    #0x284
;;        25c:  8b2241f1  add     x17, x15, w2, uxtw
;;        260:  eb04023f  cmp     x17, x4
;;        264:  54000128  b.hi    #0x288
;;        268:  8b2240d1  add     x17, x6, w2, uxtw
;;        26c:  8b216010  add     x16, x0, x1, uxtx
;;        270:  97ffff90  bl      #0xb0
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  97ffff89  bl      #0xa4  ; trap site, wasm @0x31
;;        284:  97ffff88  bl      #0xa4  ; trap site, wasm @0x31
;;        288:  97ffff87  bl      #0xa4  ; trap site, wasm @0x31
