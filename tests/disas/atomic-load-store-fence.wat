;;! stages = asm
(module (memory i64 1 1 shared)
  (func (export "copy") (param i64 i64)
    (i64.atomic.store32 (local.get 1) (i64.atomic.load32_u offset=8 (local.get 0))) (atomic.fence)))
;; ==== asm ====
;; 000000f0 <[0] copy>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540003c3  b.lo    #0x180
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e3  mov     x3, x0
;;        118:  f9400460  ldr     x0, [x3, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400463  ldr     x3, [x3, #8]
;;        124:  f9400463  ldr     x3, [x3, #8]
;;        128:  f1002c64  subs    x4, x3, #0xb
;;        12c:  9a9f2084  csel    x4, x4, xzr, hs
;;        130:  7200043f  tst     w1, #3
;;        134:  540002a1  b.ne    #0x188
;;        138:  eb04003f  cmp     x1, x4
;;        13c:  540002c2  b.hs    #0x194
;;        140:  8b216010  add     x16, x0, x1, uxtx
;;        144:  b27d03f1  mov     x17, #8
;;        148:  8b110210  add     x16, x16, x17
;;        14c:  88dffe01  ldar    w1, [x16]
;;        150:  f1000c63  subs    x3, x3, #3
;;        154:  9a9f2063  csel    x3, x3, xzr, hs
;;        158:  7200045f  tst     w2, #3
;;        15c:  54000221  b.ne    #0x1a0
;;        160:  eb03005f  cmp     x2, x3
;;        164:  54000242  b.hs    #0x1ac
;;        168:  8b226010  add     x16, x0, x2, uxtx
;;        16c:  889ffe01  stlr    w1, [x16]
;;        170:  d5033bbf  dmb     ish
;;        174:  910003bf  mov     sp, x29
;;        178:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        17c:  d65f03c0  ret
;;        180:  52800161  mov     w1, #0xb
;;        184:  97ffff9f  bl      #0  ; trap site, wasm @0x0
;;        188:  f85f83a0  ldur    x0, [x29, #-8]
;;        18c:  52800341  mov     w1, #0x1a
;;        190:  97ffff9c  bl      #0  ; trap site, wasm @0x2d
;;        194:  f85f83a0  ldur    x0, [x29, #-8]
;;        198:  528000a1  mov     w1, #5
;;        19c:  97ffff99  bl      #0  ; trap site, wasm @0x2d
;;        1a0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1a4:  52800341  mov     w1, #0x1a
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x31
;;        1ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b0:  528000a1  mov     w1, #5
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x31
