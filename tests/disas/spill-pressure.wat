(module (memory 1) (func (export "f") (param i32) (result i32)
  (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
  (local.set 1 (i32.load offset=4 (local.get 0)))
  (local.set 2 (i32.load offset=8 (local.get 0)))
  (local.set 3 (i32.load offset=12 (local.get 0)))
  (local.set 4 (i32.load offset=16 (local.get 0)))
  (local.set 5 (i32.load offset=20 (local.get 0)))
  (local.set 6 (i32.load offset=24 (local.get 0)))
  (local.set 7 (i32.load offset=28 (local.get 0)))
  (local.set 8 (i32.load offset=32 (local.get 0)))
  (local.set 9 (i32.load offset=36 (local.get 0)))
  (local.set 10 (i32.load offset=40 (local.get 0)))
  (local.set 11 (i32.load offset=44 (local.get 0)))
  (local.set 12 (i32.load offset=48 (local.get 0)))
  (local.set 13 (i32.load offset=52 (local.get 0)))
  (local.set 14 (i32.load offset=56 (local.get 0)))
  (local.set 15 (i32.load offset=60 (local.get 0)))
  (local.set 16 (i32.load offset=64 (local.get 0)))
  (local.set 17 (i32.load offset=68 (local.get 0)))
  (local.set 18 (i32.load offset=72 (local.get 0)))
  (local.set 19 (i32.load offset=76 (local.get 0)))
  (local.set 20 (i32.load offset=80 (local.get 0)))
  (local.set 21 (i32.load offset=84 (local.get 0)))
  (local.set 22 (i32.load offset=88 (local.get 0)))
  (local.set 23 (i32.load offset=92 (local.get 0)))
  (local.set 24 (i32.load offset=96 (local.get 0)))
  (local.set 25 (i32.load offset=100 (local.get 0)))
  (local.set 26 (i32.load offset=104 (local.get 0)))
  (local.set 27 (i32.load offset=108 (local.get 0)))
  (local.set 28 (i32.load offset=112 (local.get 0)))
  (local.set 29 (i32.load offset=116 (local.get 0)))
  (local.set 30 (i32.load offset=120 (local.get 0)))
  (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (local.get 1) (local.get 2)) (local.get 3)) (local.get 4)) (local.get 5)) (local.get 6)) (local.get 7)) (local.get 8)) (local.get 9)) (local.get 10)) (local.get 11)) (local.get 12)) (local.get 13)) (local.get 14)) (local.get 15)) (local.get 16)) (local.get 17)) (local.get 18)) (local.get 19)) (local.get 20)) (local.get 21)) (local.get 22)) (local.get 23)) (local.get 24)) (local.get 25)) (local.get 26)) (local.get 27)) (local.get 28)) (local.get 29)) (local.get 30))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 11, callee-saved: x19, x20, x21, x22, x23, x24, x25, x26, x27, x28
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x3 = heap_limit x2, n=8
;;      4  x10 = load x1, x0, x3, bytes=4, offset=4, still=0, @0x2b
;;      5  x3 = heap_limit x2, n=12
;;      6  x8 = load x1, x0, x3, bytes=4, offset=8, still=0, @0x32
;;      7  x3 = heap_limit x2, n=16
;;      8  x9 = load x1, x0, x3, bytes=4, offset=12, still=0, @0x39
;;      9  x7 = load x1, x0, x2, bytes=4, offset=16, still=20, @0x40
;;     10  x5 = load x1, x0, x2, bytes=4, offset=20, still=24, @0x47
;;     11  x6 = load x1, x0, x2, bytes=4, offset=24, still=28, @0x4e
;;     12  x4 = load x1, x0, x2, bytes=4, offset=28, still=32, @0x55
;;     13  x3 = load x1, x0, x2, bytes=4, offset=32, still=36, @0x5c
;;     14  x28 = load x1, x0, x2, bytes=4, offset=36, still=40, @0x63
;;     15  x27 = load x1, x0, x2, bytes=4, offset=40, still=44, @0x6a
;;     16  x26 = load x1, x0, x2, bytes=4, offset=44, still=48, @0x71
;;     17  x25 = load x1, x0, x2, bytes=4, offset=48, still=52, @0x78
;;     18  x24 = load x1, x0, x2, bytes=4, offset=52, still=56, @0x7f
;;     19  x23 = load x1, x0, x2, bytes=4, offset=56, still=60, @0x86
;;     20  x22 = load x1, x0, x2, bytes=4, offset=60, still=64, @0x8d
;;     21  x21 = load x1, x0, x2, bytes=4, offset=64, still=68, @0x94
;;     22  x20 = load x1, x0, x2, bytes=4, offset=68, still=72, @0x9b
;;     23  x19 = load x1, x0, x2, bytes=4, offset=72, still=76, @0xa2
;;     24  x15 = load x1, x0, x2, bytes=4, offset=76, still=80, @0xa9
;;     25  x14 = load x1, x0, x2, bytes=4, offset=80, still=84, @0xb0
;;     26  x13 = load x1, x0, x2, bytes=4, offset=84, still=88, @0xb7
;;     27  x12 = load x1, x0, x2, bytes=4, offset=88, still=92, @0xbe
;;     28  x11 = load x1, x0, x2, bytes=4, offset=92, still=96, @0xc5
;;         mov ss8, x10
;;     29  x10 = load x1, x0, x2, bytes=4, offset=96, still=100, @0xcc
;;         mov ss7, x9
;;         mov ss6, x7
;;     30  x7 = load x1, x0, x2, bytes=4, offset=100, still=104, @0xd3
;;         mov ss9, x8
;;     31  x8 = load x1, x0, x2, bytes=4, offset=104, still=108, @0xda
;;     32  x9 = load x1, x0, x2, bytes=4, offset=108, still=112, @0xe1
;;         mov ss5, x12
;;         mov ss2, x7
;;         mov x7, ss6
;;         mov ss1, x8
;;         mov x8, ss7
;;         mov ss0, x9
;;         mov x9, ss9
;;         mov ss10, x4
;;         mov x4, x3
;;         mov x3, x6
;;         mov x6, x5
;;         mov x5, ss10
;;     33  x12 = load x1, x0, x2, bytes=4, offset=112, still=116, @0xe8
;;         mov ss4, x11
;;         mov ss3, x10
;;         mov x10, ss8
;;     34  x11 = load x1, x0, x2, bytes=4, offset=116, still=120, @0xef
;;     35  x0 = load x1, x0, x2, bytes=4, offset=120, still=124, @0xf6
;;     36  x1 = alu.add x10, x9
;;     37  x1 = alu.add x1, x8
;;     38  x1 = alu.add x1, x7
;;     39  x1 = alu.add x1, x6
;;     40  x1 = alu.add x1, x3
;;     41  x1 = alu.add x1, x5
;;     42  x1 = alu.add x1, x4
;;     43  x1 = alu.add x1, x28
;;     44  x1 = alu.add x1, x27
;;     45  x1 = alu.add x1, x26
;;     46  x1 = alu.add x1, x25
;;     47  x1 = alu.add x1, x24
;;     48  x1 = alu.add x1, x23
;;     49  x1 = alu.add x1, x22
;;     50  x1 = alu.add x1, x21
;;     51  x1 = alu.add x1, x20
;;     52  x1 = alu.add x1, x19
;;     53  x1 = alu.add x1, x15
;;     54  x1 = alu.add x1, x14
;;     55  x1 = alu.add x1, x13
;;         mov x2, ss5
;;     56  x1 = alu.add x1, x2
;;         mov x2, ss4
;;     57  x1 = alu.add x1, x2
;;         mov x2, ss3
;;     58  x1 = alu.add x1, x2
;;         mov x2, ss2
;;     59  x1 = alu.add x1, x2
;;         mov x2, ss1
;;     60  x1 = alu.add x1, x2
;;         mov x2, ss0
;;     61  x1 = alu.add x1, x2
;;         mov x2, x12
;;     62  x1 = alu.add x1, x2
;;         mov x2, x11
;;     63  x1 = alu.add x1, x2
;;     64  x0 = alu.add x1, x0
;;     65  jump block1
;; block1:
;;     66  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d102c3f1  sub     x17, sp, #0xb0
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54001c63  b.lo    #0x494
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  a905d3f3  stp     x19, x20, [sp, #0x58]
;;        118:  a906dbf5  stp     x21, x22, [sp, #0x68]
;;        11c:  a907e3f7  stp     x23, x24, [sp, #0x78]
;;        120:  a908ebf9  stp     x25, x26, [sp, #0x88]
;;        124:  a909f3fb  stp     x27, x28, [sp, #0x98]
;;        128:  aa0003e2  mov     x2, x0
;;        12c:  f9400440  ldr     x0, [x2, #8]
;;        130:  f9400000  ldr     x0, [x0]
;;        134:  f9400442  ldr     x2, [x2, #8]
;;        138:  f9400442  ldr     x2, [x2, #8]
;;        13c:  d1002043  sub     x3, x2, #8
;;        140:  eb21407f  cmp     x3, w1, uxtw
;;        144:  54001acb  b.lt    #0x49c
;;        148:  8b214010  add     x16, x0, w1, uxtw
;;        14c:  b940060a  ldr     w10, [x16, #4]
;;        150:  d1003043  sub     x3, x2, #0xc
;;        154:  eb21407f  cmp     x3, w1, uxtw
;;        158:  54001a8b  b.lt    #0x4a8
;;        15c:  8b214010  add     x16, x0, w1, uxtw
;;        160:  b9400a08  ldr     w8, [x16, #8]
;;        164:  d1004043  sub     x3, x2, #0x10
;;        168:  eb21407f  cmp     x3, w1, uxtw
;;        16c:  54001a4b  b.lt    #0x4b4
;;        170:  8b214010  add     x16, x0, w1, uxtw
;;        174:  b9400e09  ldr     w9, [x16, #0xc]
;;        178:  d1005051  sub     x17, x2, #0x14
;;        17c:  eb21423f  cmp     x17, w1, uxtw
;;        180:  54001a0b  b.lt    #0x4c0
;;        184:  8b214010  add     x16, x0, w1, uxtw
;;        188:  b9401207  ldr     w7, [x16, #0x10]
;;        18c:  d1006051  sub     x17, x2, #0x18
;;        190:  eb21423f  cmp     x17, w1, uxtw
;;        194:  540019cb  b.lt    #0x4cc
;;        198:  8b214010  add     x16, x0, w1, uxtw
;;        19c:  b9401605  ldr     w5, [x16, #0x14]
;;        1a0:  d1007051  sub     x17, x2, #0x1c
;;        1a4:  eb21423f  cmp     x17, w1, uxtw
;;        1a8:  5400198b  b.lt    #0x4d8
;;        1ac:  8b214010  add     x16, x0, w1, uxtw
;;        1b0:  b9401a06  ldr     w6, [x16, #0x18]
;;        1b4:  d1008051  sub     x17, x2, #0x20
;;        1b8:  eb21423f  cmp     x17, w1, uxtw
;;        1bc:  5400194b  b.lt    #0x4e4
;;        1c0:  8b214010  add     x16, x0, w1, uxtw
;;        1c4:  b9401e04  ldr     w4, [x16, #0x1c]
;;        1c8:  d1009051  sub     x17, x2, #0x24
;;        1cc:  eb21423f  cmp     x17, w1, uxtw
;;        1d0:  5400190b  b.lt    #0x4f0
;;        1d4:  8b214010  add     x16, x0, w1, uxtw
;;        1d8:  b9402203  ldr     w3, [x16, #0x20]
;;        1dc:  d100a051  sub     x17, x2, #0x28
;;        1e0:  eb21423f  cmp     x17, w1, uxtw
;;        1e4:  540018cb  b.lt    #0x4fc
;;        1e8:  8b214010  add     x16, x0, w1, uxtw
;;        1ec:  b940261c  ldr     w28, [x16, #0x24]
;;        1f0:  d100b051  sub     x17, x2, #0x2c
;;        1f4:  eb21423f  cmp     x17, w1, uxtw
;;        1f8:  5400188b  b.lt    #0x508
;;        1fc:  8b214010  add     x16, x0, w1, uxtw
;;        200:  b9402a1b  ldr     w27, [x16, #0x28]
;;        204:  d100c051  sub     x17, x2, #0x30
;;        208:  eb21423f  cmp     x17, w1, uxtw
;;        20c:  5400184b  b.lt    #0x514
;;        210:  8b214010  add     x16, x0, w1, uxtw
;;        214:  b9402e1a  ldr     w26, [x16, #0x2c]
;;        218:  d100d051  sub     x17, x2, #0x34
;;        21c:  eb21423f  cmp     x17, w1, uxtw
;;        220:  5400180b  b.lt    #0x520
;;        224:  8b214010  add     x16, x0, w1, uxtw
;;        228:  b9403219  ldr     w25, [x16, #0x30]
;;        22c:  d100e051  sub     x17, x2, #0x38
;;        230:  eb21423f  cmp     x17, w1, uxtw
;;        234:  540017cb  b.lt    #0x52c
;;        238:  8b214010  add     x16, x0, w1, uxtw
;;        23c:  b9403618  ldr     w24, [x16, #0x34]
;;        240:  d100f051  sub     x17, x2, #0x3c
;;        244:  eb21423f  cmp     x17, w1, uxtw
;;        248:  5400178b  b.lt    #0x538
;;        24c:  8b214010  add     x16, x0, w1, uxtw
;;        250:  b9403a17  ldr     w23, [x16, #0x38]
;;        254:  d1010051  sub     x17, x2, #0x40
;;        258:  eb21423f  cmp     x17, w1, uxtw
;;        25c:  5400174b  b.lt    #0x544
;;        260:  8b214010  add     x16, x0, w1, uxtw
;;        264:  b9403e16  ldr     w22, [x16, #0x3c]
;;        268:  d1011051  sub     x17, x2, #0x44
;;        26c:  eb21423f  cmp     x17, w1, uxtw
;;        270:  5400170b  b.lt    #0x550
;;        274:  8b214010  add     x16, x0, w1, uxtw
;;        278:  b9404215  ldr     w21, [x16, #0x40]
;;        27c:  d1012051  sub     x17, x2, #0x48
;;        280:  eb21423f  cmp     x17, w1, uxtw
;;        284:  540016cb  b.lt    #0x55c
;;        288:  8b214010  add     x16, x0, w1, uxtw
;;        28c:  b9404614  ldr     w20, [x16, #0x44]
;;        290:  d1013051  sub     x17, x2, #0x4c
;;        294:  eb21423f  cmp     x17, w1, uxtw
;;        298:  5400168b  b.lt    #0x568
;;        29c:  8b214010  add     x16, x0, w1, uxtw
;;        2a0:  b9404a13  ldr     w19, [x16, #0x48]
;;        2a4:  d1014051  sub     x17, x2, #0x50
;;        2a8:  eb21423f  cmp     x17, w1, uxtw
;;        2ac:  5400164b  b.lt    #0x574
;;        2b0:  8b214010  add     x16, x0, w1, uxtw
;;        2b4:  b9404e0f  ldr     w15, [x16, #0x4c]
;;        2b8:  d1015051  sub     x17, x2, #0x54
;;        2bc:  eb21423f  cmp     x17, w1, uxtw
;;        2c0:  5400160b  b.lt    #0x580
;;        2c4:  8b214010  add     x16, x0, w1, uxtw
;;        2c8:  b940520e  ldr     w14, [x16, #0x50]
;;        2cc:  d1016051  sub     x17, x2, #0x58
;;        2d0:  eb21423f  cmp     x17, w1, uxtw
;;        2d4:  540015cb  b.lt    #0x58c
;;        2d8:  8b214010  add     x16, x0, w1, uxtw
;;        2dc:  b940560d  ldr     w13, [x16, #0x54]
;;        2e0:  d1017051  sub     x17, x2, #0x5c
;;        2e4:  eb21423f  cmp     x17, w1, uxtw
;;        2e8:  5400158b  b.lt    #0x598
;;        2ec:  8b214010  add     x16, x0, w1, uxtw
;;        2f0:  b9405a0c  ldr     w12, [x16, #0x58]
;;        2f4:  d1018051  sub     x17, x2, #0x60
;;        2f8:  eb21423f  cmp     x17, w1, uxtw
;;        2fc:  5400154b  b.lt    #0x5a4
;;        300:  8b214010  add     x16, x0, w1, uxtw
;;        304:  b9405e0b  ldr     w11, [x16, #0x5c]
;;        308:  f90023ea  str     x10, [sp, #0x40]
;;        30c:  d1019051  sub     x17, x2, #0x64
;;        310:  eb21423f  cmp     x17, w1, uxtw
;;        314:  540014eb  b.lt    #0x5b0
;;        318:  8b214010  add     x16, x0, w1, uxtw
;;        31c:  b940620a  ldr     w10, [x16, #0x60]
;;        320:  f9001fe9  str     x9, [sp, #0x38]
;;        324:  f9001be7  str     x7, [sp, #0x30]
;;        328:  d101a051  sub     x17, x2, #0x68
;;        32c:  eb21423f  cmp     x17, w1, uxtw
;;        330:  5400146b  b.lt    #0x5bc
;;        334:  8b214010  add     x16, x0, w1, uxtw
;;        338:  b9406607  ldr     w7, [x16, #0x64]
;;        33c:  f90027e8  str     x8, [sp, #0x48]
;;        340:  d101b051  sub     x17, x2, #0x6c
;;        344:  eb21423f  cmp     x17, w1, uxtw
;;        348:  5400140b  b.lt    #0x5c8
;;        34c:  8b214010  add     x16, x0, w1, uxtw
;;        350:  b9406a08  ldr     w8, [x16, #0x68]
;;        354:  d101c051  sub     x17, x2, #0x70
;;        358:  eb21423f  cmp     x17, w1, uxtw
;;        35c:  540013cb  b.lt    #0x5d4
;;        360:  8b214010  add     x16, x0, w1, uxtw
;;        364:  b9406e09  ldr     w9, [x16, #0x6c]
;;        368:  f90017ec  str     x12, [sp, #0x28]
;;        36c:  f9000be7  str     x7, [sp, #0x10]
;;        370:  f9401be7  ldr     x7, [sp, #0x30]
;;        374:  f90007e8  str     x8, [sp, #8]
;;        378:  f9401fe8  ldr     x8, [sp, #0x38]
;;        37c:  f90003e9  str     x9, [sp]
;;        380:  f94027e9  ldr     x9, [sp, #0x48]
;;        384:  f9002be4  str     x4, [sp, #0x50]
;;        388:  aa0303e4  mov     x4, x3
;;        38c:  aa0603e3  mov     x3, x6
;;        390:  aa0503e6  mov     x6, x5
;;        394:  f9402be5  ldr     x5, [sp, #0x50]
;;        398:  d101d051  sub     x17, x2, #0x74
;;        39c:  eb21423f  cmp     x17, w1, uxtw
;;        3a0:  5400120b  b.lt    #0x5e0
;;        3a4:  8b214010  add     x16, x0, w1, uxtw
;;        3a8:  b940720c  ldr     w12, [x16, #0x70]
;;        3ac:  f90013eb  str     x11, [sp, #0x20]
;;        3b0:  f9000fea  str     x10, [sp, #0x18]
;;        3b4:  f94023ea  ldr     x10, [sp, #0x40]
;;        3b8:  d101e051  sub     x17, x2, #0x78
;;        3bc:  eb21423f  cmp     x17, w1, uxtw
;;        3c0:  5400116b  b.lt    #0x5ec
;;        3c4:  8b214010  add     x16, x0, w1, uxtw
;;        3c8:  b940760b  ldr     w11, [x16, #0x74]
;;        3cc:  d101f051  sub     x17, x2, #0x7c
;;        3d0:  eb21423f  cmp     x17, w1, uxtw
;;        3d4:  5400112b  b.lt    #0x5f8
;;        3d8:  8b214010  add     x16, x0, w1, uxtw
;;        3dc:  b9407a00  ldr     w0, [x16, #0x78]
;;        3e0:  0b090141  add     w1, w10, w9
;;        3e4:  0b080021  add     w1, w1, w8
;;        3e8:  0b070021  add     w1, w1, w7
;;        3ec:  0b060021  add     w1, w1, w6
;;        3f0:  0b030021  add     w1, w1, w3
;;        3f4:  0b050021  add     w1, w1, w5
;;        3f8:  0b040021  add     w1, w1, w4
;;        3fc:  0b1c0021  add     w1, w1, w28
;;        400:  0b1b0021  add     w1, w1, w27
;;        404:  0b1a0021  add     w1, w1, w26
;;        408:  0b190021  add     w1, w1, w25
;;        40c:  0b180021  add     w1, w1, w24
;;        410:  0b170021  add     w1, w1, w23
;;        414:  0b160021  add     w1, w1, w22
;;        418:  0b150021  add     w1, w1, w21
;;        41c:  0b140021  add     w1, w1, w20
;;        420:  0b130021  add     w1, w1, w19
;;        424:  0b0f0021  add     w1, w1, w15
;;        428:  0b0e0021  add     w1, w1, w14
;;        42c:  0b0d0021  add     w1, w1, w13
;;        430:  f94017e2  ldr     x2, [sp, #0x28]
;;        434:  0b020021  add     w1, w1, w2
;;        438:  f94013e2  ldr     x2, [sp, #0x20]
;;        43c:  0b020021  add     w1, w1, w2
;;        440:  f9400fe2  ldr     x2, [sp, #0x18]
;;        444:  0b020021  add     w1, w1, w2
;;        448:  f9400be2  ldr     x2, [sp, #0x10]
;;        44c:  0b020021  add     w1, w1, w2
;;        450:  f94007e2  ldr     x2, [sp, #8]
;;        454:  0b020021  add     w1, w1, w2
;;        458:  f94003e2  ldr     x2, [sp]
;;        45c:  0b020021  add     w1, w1, w2
;;        460:  aa0c03e2  mov     x2, x12
;;        464:  0b020021  add     w1, w1, w2
;;        468:  aa0b03e2  mov     x2, x11
;;        46c:  0b020021  add     w1, w1, w2
;;        470:  0b000020  add     w0, w1, w0
;;        474:  a945d3f3  ldp     x19, x20, [sp, #0x58]
;;        478:  a946dbf5  ldp     x21, x22, [sp, #0x68]
;;        47c:  a947e3f7  ldp     x23, x24, [sp, #0x78]
;;        480:  a948ebf9  ldp     x25, x26, [sp, #0x88]
;;        484:  a949f3fb  ldp     x27, x28, [sp, #0x98]
;;        488:  910003bf  mov     sp, x29
;;        48c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        490:  d65f03c0  ret
;;        494:  52800161  mov     w1, #0xb
;;        498:  97fffeda  bl      #0  ; trap site, wasm @0x0
;;        49c:  f85f83a0  ldur    x0, [x29, #-8]
;;        4a0:  528000a1  mov     w1, #5
;;        4a4:  97fffed7  bl      #0  ; trap site, wasm @0x2b
;;        4a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        4ac:  528000a1  mov     w1, #5
;;        4b0:  97fffed4  bl      #0  ; trap site, wasm @0x32
;;        4b4:  f85f83a0  ldur    x0, [x29, #-8]
;;        4b8:  528000a1  mov     w1, #5
;;        4bc:  97fffed1  bl      #0  ; trap site, wasm @0x39
;;        4c0:  f85f83a0  ldur    x0, [x29, #-8]
;;        4c4:  528000a1  mov     w1, #5
;;        4c8:  97fffece  bl      #0  ; trap site, wasm @0x40
;;        4cc:  f85f83a0  ldur    x0, [x29, #-8]
;;        4d0:  528000a1  mov     w1, #5
;;        4d4:  97fffecb  bl      #0  ; trap site, wasm @0x47
;;        4d8:  f85f83a0  ldur    x0, [x29, #-8]
;;        4dc:  528000a1  mov     w1, #5
;;        4e0:  97fffec8  bl      #0  ; trap site, wasm @0x4e
;;        4e4:  f85f83a0  ldur    x0, [x29, #-8]
;;        4e8:  528000a1  mov     w1, #5
;;        4ec:  97fffec5  bl      #0  ; trap site, wasm @0x55
;;        4f0:  f85f83a0  ldur    x0, [x29, #-8]
;;        4f4:  528000a1  mov     w1, #5
;;        4f8:  97fffec2  bl      #0  ; trap site, wasm @0x5c
;;        4fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        500:  528000a1  mov     w1, #5
;;        504:  97fffebf  bl      #0  ; trap site, wasm @0x63
;;        508:  f85f83a0  ldur    x0, [x29, #-8]
;;        50c:  528000a1  mov     w1, #5
;;        510:  97fffebc  bl      #0  ; trap site, wasm @0x6a
;;        514:  f85f83a0  ldur    x0, [x29, #-8]
;;        518:  528000a1  mov     w1, #5
;;        51c:  97fffeb9  bl      #0  ; trap site, wasm @0x71
;;        520:  f85f83a0  ldur    x0, [x29, #-8]
;;        524:  528000a1  mov     w1, #5
;;        528:  97fffeb6  bl      #0  ; trap site, wasm @0x78
;;        52c:  f85f83a0  ldur    x0, [x29, #-8]
;;        530:  528000a1  mov     w1, #5
;;        534:  97fffeb3  bl      #0  ; trap site, wasm @0x7f
;;        538:  f85f83a0  ldur    x0, [x29, #-8]
;;        53c:  528000a1  mov     w1, #5
;;        540:  97fffeb0  bl      #0  ; trap site, wasm @0x86
;;        544:  f85f83a0  ldur    x0, [x29, #-8]
;;        548:  528000a1  mov     w1, #5
;;        54c:  97fffead  bl      #0  ; trap site, wasm @0x8d
;;        550:  f85f83a0  ldur    x0, [x29, #-8]
;;        554:  528000a1  mov     w1, #5
;;        558:  97fffeaa  bl      #0  ; trap site, wasm @0x94
;;        55c:  f85f83a0  ldur    x0, [x29, #-8]
;;        560:  528000a1  mov     w1, #5
;;        564:  97fffea7  bl      #0  ; trap site, wasm @0x9b
;;        568:  f85f83a0  ldur    x0, [x29, #-8]
;;        56c:  528000a1  mov     w1, #5
;;        570:  97fffea4  bl      #0  ; trap site, wasm @0xa2
;;        574:  f85f83a0  ldur    x0, [x29, #-8]
;;        578:  528000a1  mov     w1, #5
;;        57c:  97fffea1  bl      #0  ; trap site, wasm @0xa9
;;        580:  f85f83a0  ldur    x0, [x29, #-8]
;;        584:  528000a1  mov     w1, #5
;;        588:  97fffe9e  bl      #0  ; trap site, wasm @0xb0
;;        58c:  f85f83a0  ldur    x0, [x29, #-8]
;;        590:  528000a1  mov     w1, #5
;;        594:  97fffe9b  bl      #0  ; trap site, wasm @0xb7
;;        598:  f85f83a0  ldur    x0, [x29, #-8]
;;        59c:  528000a1  mov     w1, #5
;;        5a0:  97fffe98  bl      #0  ; trap site, wasm @0xbe
;;        5a4:  f85f83a0  ldur    x0, [x29, #-8]
;;        5a8:  528000a1  mov     w1, #5
;;        5ac:  97fffe95  bl      #0  ; trap site, wasm @0xc5
;;        5b0:  f85f83a0  ldur    x0, [x29, #-8]
;;        5b4:  528000a1  mov     w1, #5
;;        5b8:  97fffe92  bl      #0  ; trap site, wasm @0xcc
;;        5bc:  f85f83a0  ldur    x0, [x29, #-8]
;;        5c0:  528000a1  mov     w1, #5
;;        5c4:  97fffe8f  bl      #0  ; trap site, wasm @0xd3
;;        5c8:  f85f83a0  ldur    x0, [x29, #-8]
;;        5cc:  528000a1  mov     w1, #5
;;        5d0:  97fffe8c  bl      #0  ; trap site, wasm @0xda
;;        5d4:  f85f83a0  ldur    x0, [x29, #-8]
;;        5d8:  528000a1  mov     w1, #5
;;        5dc:  97fffe89  bl      #0  ; trap site, wasm @0xe1
;;        5e0:  f85f83a0  ldur    x0, [x29, #-8]
;;        5e4:  528000a1  mov     w1, #5
;;        5e8:  97fffe86  bl      #0  ; trap site, wasm @0xe8
;;        5ec:  f85f83a0  ldur    x0, [x29, #-8]
;;        5f0:  528000a1  mov     w1, #5
;;        5f4:  97fffe83  bl      #0  ; trap site, wasm @0xef
;;        5f8:  f85f83a0  ldur    x0, [x29, #-8]
;;        5fc:  528000a1  mov     w1, #5
;;        600:  97fffe80  bl      #0  ; trap site, wasm @0xf6
