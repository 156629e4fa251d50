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
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d102c3f1  sub     x17, sp, #0xb0
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54001c23  b.lo    #0x49c
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  a905d3f3  stp     x19, x20, [sp, #0x58]
;;        128:  a906dbf5  stp     x21, x22, [sp, #0x68]
;;        12c:  a907e3f7  stp     x23, x24, [sp, #0x78]
;;        130:  a908ebf9  stp     x25, x26, [sp, #0x88]
;;        134:  a909f3fb  stp     x27, x28, [sp, #0x98]
;;        138:  aa0003e2  mov     x2, x0
;;        13c:  f9400440  ldr     x0, [x2, #8]
;;        140:  f9400000  ldr     x0, [x0]
;;        144:  f9400442  ldr     x2, [x2, #8]
;;        148:  f9400442  ldr     x2, [x2, #8]
;;        14c:  d1002043  sub     x3, x2, #8
;;        150:  eb21407f  cmp     x3, w1, uxtw
;;        154:  54001a6b  b.lt    #0x4a0
;;        158:  8b214010  add     x16, x0, w1, uxtw
;;        15c:  b940060a  ldr     w10, [x16, #4]
;;        160:  d1003043  sub     x3, x2, #0xc
;;        164:  eb21407f  cmp     x3, w1, uxtw
;;        168:  540019eb  b.lt    #0x4a4
;;        16c:  8b214010  add     x16, x0, w1, uxtw
;;        170:  b9400a08  ldr     w8, [x16, #8]
;;        174:  d1004043  sub     x3, x2, #0x10
;;        178:  eb21407f  cmp     x3, w1, uxtw
;;        17c:  5400196b  b.lt    #0x4a8
;;        180:  8b214010  add     x16, x0, w1, uxtw
;;        184:  b9400e09  ldr     w9, [x16, #0xc]
;;        188:  d1005051  sub     x17, x2, #0x14
;;        18c:  eb21423f  cmp     x17, w1, uxtw
;;        190:  540018eb  b.lt    #0x4ac
;;        194:  8b214010  add     x16, x0, w1, uxtw
;;        198:  b9401207  ldr     w7, [x16, #0x10]
;;        19c:  d1006051  sub     x17, x2, #0x18
;;        1a0:  eb21423f  cmp     x17, w1, uxtw
;;        1a4:  5400186b  b.lt    #0x4b0
;;        1a8:  8b214010  add     x16, x0, w1, uxtw
;;        1ac:  b9401605  ldr     w5, [x16, #0x14]
;;        1b0:  d1007051  sub     x17, x2, #0x1c
;;        1b4:  eb21423f  cmp     x17, w1, uxtw
;;        1b8:  540017eb  b.lt    #0x4b4
;;        1bc:  8b214010  add     x16, x0, w1, uxtw
;;        1c0:  b9401a06  ldr     w6, [x16, #0x18]
;;        1c4:  d1008051  sub     x17, x2, #0x20
;;        1c8:  eb21423f  cmp     x17, w1, uxtw
;;        1cc:  5400176b  b.lt    #0x4b8
;;        1d0:  8b214010  add     x16, x0, w1, uxtw
;;        1d4:  b9401e04  ldr     w4, [x16, #0x1c]
;;        1d8:  d1009051  sub     x17, x2, #0x24
;;        1dc:  eb21423f  cmp     x17, w1, uxtw
;;        1e0:  540016eb  b.lt    #0x4bc
;;        1e4:  8b214010  add     x16, x0, w1, uxtw
;;        1e8:  b9402203  ldr     w3, [x16, #0x20]
;;        1ec:  d100a051  sub     x17, x2, #0x28
;;        1f0:  eb21423f  cmp     x17, w1, uxtw
;;        1f4:  5400166b  b.lt    #0x4c0
;;        1f8:  8b214010  add     x16, x0, w1, uxtw
;;        1fc:  b940261c  ldr     w28, [x16, #0x24]
;;        200:  d100b051  sub     x17, x2, #0x2c
;;        204:  eb21423f  cmp     x17, w1, uxtw
;;        208:  540015eb  b.lt    #0x4c4
;;        20c:  8b214010  add     x16, x0, w1, uxtw
;;        210:  b9402a1b  ldr     w27, [x16, #0x28]
;;        214:  d100c051  sub     x17, x2, #0x30
;;        218:  eb21423f  cmp     x17, w1, uxtw
;;        21c:  5400156b  b.lt    #0x4c8
;;        220:  8b214010  add     x16, x0, w1, uxtw
;;        224:  b9402e1a  ldr     w26, [x16, #0x2c]
;;        228:  d100d051  sub     x17, x2, #0x34
;;        22c:  eb21423f  cmp     x17, w1, uxtw
;;        230:  540014eb  b.lt    #0x4cc
;;        234:  8b214010  add     x16, x0, w1, uxtw
;;        238:  b9403219  ldr     w25, [x16, #0x30]
;;        23c:  d100e051  sub     x17, x2, #0x38
;;        240:  eb21423f  cmp     x17, w1, uxtw
;;        244:  5400146b  b.lt    #0x4d0
;;        248:  8b214010  add     x16, x0, w1, uxtw
;;        24c:  b9403618  ldr     w24, [x16, #0x34]
;;        250:  d100f051  sub     x17, x2, #0x3c
;;        254:  eb21423f  cmp     x17, w1, uxtw
;;        258:  540013eb  b.lt    #0x4d4
;;        25c:  8b214010  add     x16, x0, w1, uxtw
;;        260:  b9403a17  ldr     w23, [x16, #0x38]
;;        264:  d1010051  sub     x17, x2, #0x40
;;        268:  eb21423f  cmp     x17, w1, uxtw
;;        26c:  5400136b  b.lt    #0x4d8
;;        270:  8b214010  add     x16, x0, w1, uxtw
;;        274:  b9403e16  ldr     w22, [x16, #0x3c]
;;        278:  d1011051  sub     x17, x2, #0x44
;;        27c:  eb21423f  cmp     x17, w1, uxtw
;;        280:  540012eb  b.lt    #0x4dc
;;        284:  8b214010  add     x16, x0, w1, uxtw
;;        288:  b9404215  ldr     w21, [x16, #0x40]
;;        28c:  d1012051  sub     x17, x2, #0x48
;;        290:  eb21423f  cmp     x17, w1, uxtw
;;        294:  5400126b  b.lt    #0x4e0
;;        298:  8b214010  add     x16, x0, w1, uxtw
;;        29c:  b9404614  ldr     w20, [x16, #0x44]
;;        2a0:  d1013051  sub     x17, x2, #0x4c
;;        2a4:  eb21423f  cmp     x17, w1, uxtw
;;        2a8:  540011eb  b.lt    #0x4e4
;;        2ac:  8b214010  add     x16, x0, w1, uxtw
;;        2b0:  b9404a13  ldr     w19, [x16, #0x48]
;;        2b4:  d1014051  sub     x17, x2, #0x50
;;        2b8:  eb21423f  cmp     x17, w1, uxtw
;;        2bc:  5400116b  b.lt    #0x4e8
;;        2c0:  8b214010  add     x16, x0, w1, uxtw
;;        2c4:  b9404e0f  ldr     w15, [x16, #0x4c]
;;        2c8:  d1015051  sub     x17, x2, #0x54
;;        2cc:  eb21423f  cmp     x17, w1, uxtw
;;        2d0:  540010eb  b.lt    #0x4ec
;;        2d4:  8b214010  add     x16, x0, w1, uxtw
;;        2d8:  b940520e  ldr     w14, [x16, #0x50]
;;        2dc:  d1016051  sub     x17, x2, #0x58
;;        2e0:  eb21423f  cmp     x17, w1, uxtw
;;        2e4:  5400106b  b.lt    #0x4f0
;;        2e8:  8b214010  add     x16, x0, w1, uxtw
;;        2ec:  b940560d  ldr     w13, [x16, #0x54]
;;        2f0:  d1017051  sub     x17, x2, #0x5c
;;        2f4:  eb21423f  cmp     x17, w1, uxtw
;;        2f8:  54000feb  b.lt    #0x4f4
;;        2fc:  8b214010  add     x16, x0, w1, uxtw
;;        300:  b9405a0c  ldr     w12, [x16, #0x58]
;;        304:  d1018051  sub     x17, x2, #0x60
;;        308:  eb21423f  cmp     x17, w1, uxtw
;;        30c:  54000f6b  b.lt    #0x4f8
;;        310:  8b214010  add     x16, x0, w1, uxtw
;;        314:  b9405e0b  ldr     w11, [x16, #0x5c]
;;        318:  f90023ea  str     x10, [sp, #0x40]
;;        31c:  d1019051  sub     x17, x2, #0x64
;;        320:  eb21423f  cmp     x17, w1, uxtw
;;        324:  54000ecb  b.lt    #0x4fc
;;        328:  8b214010  add     x16, x0, w1, uxtw
;;        32c:  b940620a  ldr     w10, [x16, #0x60]
;;        330:  a90327e7  stp     x7, x9, [sp, #0x30]
;;        334:  d101a051  sub     x17, x2, #0x68
;;        338:  eb21423f  cmp     x17, w1, uxtw
;;        33c:  54000e2b  b.lt    #0x500
;;        340:  8b214010  add     x16, x0, w1, uxtw
;;        344:  b9406607  ldr     w7, [x16, #0x64]
;;        348:  f90027e8  str     x8, [sp, #0x48]
;;        34c:  d101b051  sub     x17, x2, #0x6c
;;        350:  eb21423f  cmp     x17, w1, uxtw
;;        354:  54000d8b  b.lt    #0x504
;;        358:  8b214010  add     x16, x0, w1, uxtw
;;        35c:  b9406a08  ldr     w8, [x16, #0x68]
;;        360:  d101c051  sub     x17, x2, #0x70
;;        364:  eb21423f  cmp     x17, w1, uxtw
;;        368:  54000d0b  b.lt    #0x508
;;        36c:  8b214010  add     x16, x0, w1, uxtw
;;        370:  b9406e09  ldr     w9, [x16, #0x6c]
;;        374:  f90017ec  str     x12, [sp, #0x28]
;;        378:  f9000be7  str     x7, [sp, #0x10]
;;        37c:  f9401be7  ldr     x7, [sp, #0x30]
;;        380:  f90007e8  str     x8, [sp, #8]
;;        384:  f9401fe8  ldr     x8, [sp, #0x38]
;;        388:  f90003e9  str     x9, [sp]
;;        38c:  f94027e9  ldr     x9, [sp, #0x48]
;;        390:  f9002be4  str     x4, [sp, #0x50]
;;        394:  aa0303e4  mov     x4, x3
;;        398:  aa0603e3  mov     x3, x6
;;        39c:  aa0503e6  mov     x6, x5
;;        3a0:  f9402be5  ldr     x5, [sp, #0x50]
;;        3a4:  d101d051  sub     x17, x2, #0x74
;;        3a8:  eb21423f  cmp     x17, w1, uxtw
;;        3ac:  54000b0b  b.lt    #0x50c
;;        3b0:  8b214010  add     x16, x0, w1, uxtw
;;        3b4:  b940720c  ldr     w12, [x16, #0x70]
;;        3b8:  a901afea  stp     x10, x11, [sp, #0x18]
;;        3bc:  f94023ea  ldr     x10, [sp, #0x40]
;;        3c0:  d101e051  sub     x17, x2, #0x78
;;        3c4:  eb21423f  cmp     x17, w1, uxtw
;;        3c8:  54000a4b  b.lt    #0x510
;;        3cc:  8b214010  add     x16, x0, w1, uxtw
;;        3d0:  b940760b  ldr     w11, [x16, #0x74]
;;        3d4:  d101f051  sub     x17, x2, #0x7c
;;        3d8:  eb21423f  cmp     x17, w1, uxtw
;;        3dc:  540009cb  b.lt    #0x514
;;        3e0:  8b214010  add     x16, x0, w1, uxtw
;;        3e4:  b9407a00  ldr     w0, [x16, #0x78]
;;        3e8:  0b090141  add     w1, w10, w9
;;        3ec:  0b080021  add     w1, w1, w8
;;        3f0:  0b070021  add     w1, w1, w7
;;        3f4:  0b060021  add     w1, w1, w6
;;        3f8:  0b030021  add     w1, w1, w3
;;        3fc:  0b050021  add     w1, w1, w5
;;        400:  0b040021  add     w1, w1, w4
;;        404:  0b1c0021  add     w1, w1, w28
;;        408:  0b1b0021  add     w1, w1, w27
;;        40c:  0b1a0021  add     w1, w1, w26
;;        410:  0b190021  add     w1, w1, w25
;;        414:  0b180021  add     w1, w1, w24
;;        418:  0b170021  add     w1, w1, w23
;;        41c:  0b160021  add     w1, w1, w22
;;        420:  0b150021  add     w1, w1, w21
;;        424:  0b140021  add     w1, w1, w20
;;        428:  0b130021  add     w1, w1, w19
;;        42c:  0b0f0021  add     w1, w1, w15
;;        430:  0b0e0021  add     w1, w1, w14
;;        434:  0b0d0021  add     w1, w1, w13
;;        438:  f94017e2  ldr     x2, [sp, #0x28]
;;        43c:  0b020021  add     w1, w1, w2
;;        440:  f94013e2  ldr     x2, [sp, #0x20]
;;        444:  0b020021  add     w1, w1, w2
;;        448:  f9400fe2  ldr     x2, [sp, #0x18]
;;        44c:  0b020021  add     w1, w1, w2
;;        450:  f9400be2  ldr     x2, [sp, #0x10]
;;        454:  0b020021  add     w1, w1, w2
;;        458:  f94007e2  ldr     x2, [sp, #8]
;;        45c:  0b020021  add     w1, w1, w2
;;        460:  f94003e2  ldr     x2, [sp]
;;        464:  0b020021  add     w1, w1, w2
;;        468:  aa0c03e2  mov     x2, x12
;;        46c:  0b020021  add     w1, w1, w2
;;        470:  aa0b03e2  mov     x2, x11
;;        474:  0b020021  add     w1, w1, w2
;;        478:  0b000020  add     w0, w1, w0
;;        47c:  a945d3f3  ldp     x19, x20, [sp, #0x58]
;;        480:  a946dbf5  ldp     x21, x22, [sp, #0x68]
;;        484:  a947e3f7  ldp     x23, x24, [sp, #0x78]
;;        488:  a948ebf9  ldp     x25, x26, [sp, #0x88]
;;        48c:  a949f3fb  ldp     x27, x28, [sp, #0x98]
;;        490:  910003bf  mov     sp, x29
;;        494:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        498:  d65f03c0  ret
;;        49c:  97fffeef  bl      #0x58  ; trap site, wasm @0x0
;;        4a0:  97fffeeb  bl      #0x4c  ; trap site, wasm @0x2b
;;        4a4:  97fffeea  bl      #0x4c  ; trap site, wasm @0x32
;;        4a8:  97fffee9  bl      #0x4c  ; trap site, wasm @0x39
;;        4ac:  97fffee8  bl      #0x4c  ; trap site, wasm @0x40
;;        4b0:  97fffee7  bl      #0x4c  ; trap site, wasm @0x47
;;        4b4:  97fffee6  bl      #0x4c  ; trap site, wasm @0x4e
;;        4b8:  97fffee5  bl      #0x4c  ; trap site, wasm @0x55
;;        4bc:  97fffee4  bl      #0x4c  ; trap site, wasm @0x5c
;;        4c0:  97fffee3  bl      #0x4c  ; trap site, wasm @0x63
;;        4c4:  97fffee2  bl      #0x4c  ; trap site, wasm @0x6a
;;        4c8:  97fffee1  bl      #0x4c  ; trap site, wasm @0x71
;;        4cc:  97fffee0  bl      #0x4c  ; trap site, wasm @0x78
;;        4d0:  97fffedf  bl      #0x4c  ; trap site, wasm @0x7f
;;        4d4:  97fffede  bl      #0x4c  ; trap site, wasm @0x86
;;        4d8:  97fffedd  bl      #0x4c  ; trap site, wasm @0x8d
;;        4dc:  97fffedc  bl      #0x4c  ; trap site, wasm @0x94
;;        4e0:  97fffedb  bl      #0x4c  ; trap site, wasm @0x9b
;;        4e4:  97fffeda  bl      #0x4c  ; trap site, wasm @0xa2
;;        4e8:  97fffed9  bl      #0x4c  ; trap site, wasm @0xa9
;;        4ec:  97fffed8  bl      #0x4c  ; trap site, wasm @0xb0
;;        4f0:  97fffed7  bl      #0x4c  ; trap site, wasm @0xb7
;;        4f4:  97fffed6  bl      #0x4c  ; trap site, wasm @0xbe
;;        4f8:  97fffed5  bl      #0x4c  ; trap site, wasm @0xc5
;;        4fc:  97fffed4  bl      #0x4c  ; trap site, wasm @0xcc
;;        500:  97fffed3  bl      #0x4c  ; trap site, wasm @0xd3
;;        504:  97fffed2  bl      #0x4c  ; trap site, wasm @0xda
;;        508:  97fffed1  bl      #0x4c  ; trap site, wasm @0xe1
;;        50c:  97fffed0  bl      #0x4c  ; trap site, wasm @0xe8
;;        510:  97fffecf  bl      #0x4c  ; trap site, wasm @0xef
;;        514:  97fffece  bl      #0x4c  ; trap site, wasm @0xf6
