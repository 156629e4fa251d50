;;! stages = asm
(module (memory i64 1 1 shared)
  (func (export "copy") (param i64 i64)
    (i64.atomic.store32 (local.get 1) (i64.atomic.load32_u offset=8 (local.get 0))) (atomic.fence)))
;; ==== asm ====
;; 00000160 <[0] copy>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  aa0003e3  mov     x3, x0
;;        174:  f9400460  ldr     x0, [x3, #8]
;;        178:  f9400000  ldr     x0, [x0]
;;        17c:  f9400463  ldr     x3, [x3, #8]
;;        180:  f9400463  ldr     x3, [x3, #8]
;;        184:  f1002c64  subs    x4, x3, #0xb
;;        188:  9a9f2084  csel    x4, x4, xzr, hs
;;        18c:  7200043f  tst     w1, #3
;;        190:  54000261  b.ne    #0x1dc
;;        194:  eb04003f  cmp     x1, x4
;;        198:  54000242  b.hs    #0x1e0
;;        19c:  8b216010  add     x16, x0, x1, uxtx
;;        1a0:  b27d03f1  mov     x17, #8
;;        1a4:  8b110210  add     x16, x16, x17
;;        1a8:  88dffe01  ldar    w1, [x16]
;;        1ac:  f1000c63  subs    x3, x3, #3
;;        1b0:  9a9f2063  csel    x3, x3, xzr, hs
;;        1b4:  7200045f  tst     w2, #3
;;        1b8:  54000161  b.ne    #0x1e4
;;        1bc:  eb03005f  cmp     x2, x3
;;        1c0:  54000142  b.hs    #0x1e8
;;        1c4:  8b226010  add     x16, x0, x2, uxtx
;;        1c8:  889ffe01  stlr    w1, [x16]
;;        1cc:  d5033bbf  dmb     ish
;;        1d0:  910003bf  mov     sp, x29
;;        1d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d8:  d65f03c0  ret
;;        1dc:  97ffffb5  bl      #0xb0  ; trap site, wasm @0x2d
;;        1e0:  97ffffb1  bl      #0xa4  ; trap site, wasm @0x2d
;;        1e4:  97ffffb3  bl      #0xb0  ; trap site, wasm @0x31
;;        1e8:  97ffffaf  bl      #0xa4  ; trap site, wasm @0x31
