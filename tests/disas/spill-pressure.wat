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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d102c3f1  sub     x17, sp, #0xb0
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54001da3  b.lo    #0x51c
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  f9002ff3  str     x19, [sp, #0x58]
;;        178:  f90033f4  str     x20, [sp, #0x60]
;;        17c:  f90037f5  str     x21, [sp, #0x68]
;;        180:  f9003bf6  str     x22, [sp, #0x70]
;;        184:  f9003ff7  str     x23, [sp, #0x78]
;;        188:  f90043f8  str     x24, [sp, #0x80]
;;        18c:  f90047f9  str     x25, [sp, #0x88]
;;        190:  f9004bfa  str     x26, [sp, #0x90]
;;        194:  f9004ffb  str     x27, [sp, #0x98]
;;        198:  f90053fc  str     x28, [sp, #0xa0]
;;        19c:  aa0003e2  mov     x2, x0
;;        1a0:  f9400440  ldr     x0, [x2, #8]
;;        1a4:  f9400000  ldr     x0, [x0]
;;        1a8:  f9400442  ldr     x2, [x2, #8]
;;        1ac:  f9400442  ldr     x2, [x2, #8]
;;        1b0:  d1002043  sub     x3, x2, #8
;;        1b4:  eb21407f  cmp     x3, w1, uxtw
;;        1b8:  54001b6b  b.lt    #0x524
;;        1bc:  8b214010  add     x16, x0, w1, uxtw
;;        1c0:  b940060a  ldr     w10, [x16, #4]
;;        1c4:  d1003043  sub     x3, x2, #0xc
;;        1c8:  eb21407f  cmp     x3, w1, uxtw
;;        1cc:  54001b2b  b.lt    #0x530
;;        1d0:  8b214010  add     x16, x0, w1, uxtw
;;        1d4:  b9400a08  ldr     w8, [x16, #8]
;;        1d8:  d1004043  sub     x3, x2, #0x10
;;        1dc:  eb21407f  cmp     x3, w1, uxtw
;;        1e0:  54001aeb  b.lt    #0x53c
;;        1e4:  8b214010  add     x16, x0, w1, uxtw
;;        1e8:  b9400e09  ldr     w9, [x16, #0xc]
;;        1ec:  d1005051  sub     x17, x2, #0x14
;;        1f0:  eb21423f  cmp     x17, w1, uxtw
;;        1f4:  54001aab  b.lt    #0x548
;;        1f8:  8b214010  add     x16, x0, w1, uxtw
;;        1fc:  b9401207  ldr     w7, [x16, #0x10]
;;        200:  d1006051  sub     x17, x2, #0x18
;;        204:  eb21423f  cmp     x17, w1, uxtw
;;        208:  54001a6b  b.lt    #0x554
;;        20c:  8b214010  add     x16, x0, w1, uxtw
;;        210:  b9401605  ldr     w5, [x16, #0x14]
;;        214:  d1007051  sub     x17, x2, #0x1c
;;        218:  eb21423f  cmp     x17, w1, uxtw
;;        21c:  54001a2b  b.lt    #0x560
;;        220:  8b214010  add     x16, x0, w1, uxtw
;;        224:  b9401a06  ldr     w6, [x16, #0x18]
;;        228:  d1008051  sub     x17, x2, #0x20
;;        22c:  eb21423f  cmp     x17, w1, uxtw
;;        230:  540019eb  b.lt    #0x56c
;;        234:  8b214010  add     x16, x0, w1, uxtw
;;        238:  b9401e04  ldr     w4, [x16, #0x1c]
;;        23c:  d1009051  sub     x17, x2, #0x24
;;        240:  eb21423f  cmp     x17, w1, uxtw
;;        244:  540019ab  b.lt    #0x578
;;        248:  8b214010  add     x16, x0, w1, uxtw
;;        24c:  b9402203  ldr     w3, [x16, #0x20]
;;        250:  d100a051  sub     x17, x2, #0x28
;;        254:  eb21423f  cmp     x17, w1, uxtw
;;        258:  5400196b  b.lt    #0x584
;;        25c:  8b214010  add     x16, x0, w1, uxtw
;;        260:  b940261c  ldr     w28, [x16, #0x24]
;;        264:  d100b051  sub     x17, x2, #0x2c
;;        268:  eb21423f  cmp     x17, w1, uxtw
;;        26c:  5400192b  b.lt    #0x590
;;        270:  8b214010  add     x16, x0, w1, uxtw
;;        274:  b9402a1b  ldr     w27, [x16, #0x28]
;;        278:  d100c051  sub     x17, x2, #0x30
;;        27c:  eb21423f  cmp     x17, w1, uxtw
;;        280:  540018eb  b.lt    #0x59c
;;        284:  8b214010  add     x16, x0, w1, uxtw
;;        288:  b9402e1a  ldr     w26, [x16, #0x2c]
;;        28c:  d100d051  sub     x17, x2, #0x34
;;        290:  eb21423f  cmp     x17, w1, uxtw
;;        294:  540018ab  b.lt    #0x5a8
;;        298:  8b214010  add     x16, x0, w1, uxtw
;;        29c:  b9403219  ldr     w25, [x16, #0x30]
;;        2a0:  d100e051  sub     x17, x2, #0x38
;;        2a4:  eb21423f  cmp     x17, w1, uxtw
;;        2a8:  5400186b  b.lt    #0x5b4
;;        2ac:  8b214010  add     x16, x0, w1, uxtw
;;        2b0:  b9403618  ldr     w24, [x16, #0x34]
;;        2b4:  d100f051  sub     x17, x2, #0x3c
;;        2b8:  eb21423f  cmp     x17, w1, uxtw
;;        2bc:  5400182b  b.lt    #0x5c0
;;        2c0:  8b214010  add     x16, x0, w1, uxtw
;;        2c4:  b9403a17  ldr     w23, [x16, #0x38]
;;        2c8:  d1010051  sub     x17, x2, #0x40
;;        2cc:  eb21423f  cmp     x17, w1, uxtw
;;        2d0:  540017eb  b.lt    #0x5cc
;;        2d4:  8b214010  add     x16, x0, w1, uxtw
;;        2d8:  b9403e16  ldr     w22, [x16, #0x3c]
;;        2dc:  d1011051  sub     x17, x2, #0x44
;;        2e0:  eb21423f  cmp     x17, w1, uxtw
;;        2e4:  540017ab  b.lt    #0x5d8
;;        2e8:  8b214010  add     x16, x0, w1, uxtw
;;        2ec:  b9404215  ldr     w21, [x16, #0x40]
;;        2f0:  d1012051  sub     x17, x2, #0x48
;;        2f4:  eb21423f  cmp     x17, w1, uxtw
;;        2f8:  5400176b  b.lt    #0x5e4
;;        2fc:  8b214010  add     x16, x0, w1, uxtw
;;        300:  b9404614  ldr     w20, [x16, #0x44]
;;        304:  d1013051  sub     x17, x2, #0x4c
;;        308:  eb21423f  cmp     x17, w1, uxtw
;;        30c:  5400172b  b.lt    #0x5f0
;;        310:  8b214010  add     x16, x0, w1, uxtw
;;        314:  b9404a13  ldr     w19, [x16, #0x48]
;;        318:  d1014051  sub     x17, x2, #0x50
;;        31c:  eb21423f  cmp     x17, w1, uxtw
;;        320:  540016eb  b.lt    #0x5fc
;;        324:  8b214010  add     x16, x0, w1, uxtw
;;        328:  b9404e0f  ldr     w15, [x16, #0x4c]
;;        32c:  d1015051  sub     x17, x2, #0x54
;;        330:  eb21423f  cmp     x17, w1, uxtw
;;        334:  540016ab  b.lt    #0x608
;;        338:  8b214010  add     x16, x0, w1, uxtw
;;        33c:  b940520e  ldr     w14, [x16, #0x50]
;;        340:  d1016051  sub     x17, x2, #0x58
;;        344:  eb21423f  cmp     x17, w1, uxtw
;;        348:  5400166b  b.lt    #0x614
;;        34c:  8b214010  add     x16, x0, w1, uxtw
;;        350:  b940560d  ldr     w13, [x16, #0x54]
;;        354:  d1017051  sub     x17, x2, #0x5c
;;        358:  eb21423f  cmp     x17, w1, uxtw
;;        35c:  5400162b  b.lt    #0x620
;;        360:  8b214010  add     x16, x0, w1, uxtw
;;        364:  b9405a0c  ldr     w12, [x16, #0x58]
;;        368:  d1018051  sub     x17, x2, #0x60
;;        36c:  eb21423f  cmp     x17, w1, uxtw
;;        370:  540015eb  b.lt    #0x62c
;;        374:  8b214010  add     x16, x0, w1, uxtw
;;        378:  b9405e0b  ldr     w11, [x16, #0x5c]
;;        37c:  f90023ea  str     x10, [sp, #0x40]
;;        380:  d1019051  sub     x17, x2, #0x64
;;        384:  eb21423f  cmp     x17, w1, uxtw
;;        388:  5400158b  b.lt    #0x638
;;        38c:  8b214010  add     x16, x0, w1, uxtw
;;        390:  b940620a  ldr     w10, [x16, #0x60]
;;        394:  f9001fe9  str     x9, [sp, #0x38]
;;        398:  f9001be7  str     x7, [sp, #0x30]
;;        39c:  d101a051  sub     x17, x2, #0x68
;;        3a0:  eb21423f  cmp     x17, w1, uxtw
;;        3a4:  5400150b  b.lt    #0x644
;;        3a8:  8b214010  add     x16, x0, w1, uxtw
;;        3ac:  b9406607  ldr     w7, [x16, #0x64]
;;        3b0:  f90027e8  str     x8, [sp, #0x48]
;;        3b4:  d101b051  sub     x17, x2, #0x6c
;;        3b8:  eb21423f  cmp     x17, w1, uxtw
;;        3bc:  540014ab  b.lt    #0x650
;;        3c0:  8b214010  add     x16, x0, w1, uxtw
;;        3c4:  b9406a08  ldr     w8, [x16, #0x68]
;;        3c8:  d101c051  sub     x17, x2, #0x70
;;        3cc:  eb21423f  cmp     x17, w1, uxtw
;;        3d0:  5400146b  b.lt    #0x65c
;;        3d4:  8b214010  add     x16, x0, w1, uxtw
;;        3d8:  b9406e09  ldr     w9, [x16, #0x6c]
;;        3dc:  f90017ec  str     x12, [sp, #0x28]
;;        3e0:  f9000be7  str     x7, [sp, #0x10]
;;        3e4:  f9401be7  ldr     x7, [sp, #0x30]
;;        3e8:  f90007e8  str     x8, [sp, #8]
;;        3ec:  f9401fe8  ldr     x8, [sp, #0x38]
;;        3f0:  f90003e9  str     x9, [sp]
;;        3f4:  f94027e9  ldr     x9, [sp, #0x48]
;;        3f8:  f9002be4  str     x4, [sp, #0x50]
;;        3fc:  aa0303e4  mov     x4, x3
;;        400:  aa0603e3  mov     x3, x6
;;        404:  aa0503e6  mov     x6, x5
;;        408:  f9402be5  ldr     x5, [sp, #0x50]
;;        40c:  d101d051  sub     x17, x2, #0x74
;;        410:  eb21423f  cmp     x17, w1, uxtw
;;        414:  540012ab  b.lt    #0x668
;;        418:  8b214010  add     x16, x0, w1, uxtw
;;        41c:  b940720c  ldr     w12, [x16, #0x70]
;;        420:  f90013eb  str     x11, [sp, #0x20]
;;        424:  f9000fea  str     x10, [sp, #0x18]
;;        428:  f94023ea  ldr     x10, [sp, #0x40]
;;        42c:  d101e051  sub     x17, x2, #0x78
;;        430:  eb21423f  cmp     x17, w1, uxtw
;;        434:  5400120b  b.lt    #0x674
;;        438:  8b214010  add     x16, x0, w1, uxtw
;;        43c:  b940760b  ldr     w11, [x16, #0x74]
;;        440:  d101f051  sub     x17, x2, #0x7c
;;        444:  eb21423f  cmp     x17, w1, uxtw
;;        448:  540011cb  b.lt    #0x680
;;        44c:  8b214010  add     x16, x0, w1, uxtw
;;        450:  b9407a00  ldr     w0, [x16, #0x78]
;;        454:  0b090141  add     w1, w10, w9
;;        458:  0b080021  add     w1, w1, w8
;;        45c:  0b070021  add     w1, w1, w7
;;        460:  0b060021  add     w1, w1, w6
;;        464:  0b030021  add     w1, w1, w3
;;        468:  0b050021  add     w1, w1, w5
;;        46c:  0b040021  add     w1, w1, w4
;;        470:  0b1c0021  add     w1, w1, w28
;;        474:  0b1b0021  add     w1, w1, w27
;;        478:  0b1a0021  add     w1, w1, w26
;;        47c:  0b190021  add     w1, w1, w25
;;        480:  0b180021  add     w1, w1, w24
;;        484:  0b170021  add     w1, w1, w23
;;        488:  0b160021  add     w1, w1, w22
;;        48c:  0b150021  add     w1, w1, w21
;;        490:  0b140021  add     w1, w1, w20
;;        494:  0b130021  add     w1, w1, w19
;;        498:  0b0f0021  add     w1, w1, w15
;;        49c:  0b0e0021  add     w1, w1, w14
;;        4a0:  0b0d0021  add     w1, w1, w13
;;        4a4:  f94017e2  ldr     x2, [sp, #0x28]
;;        4a8:  0b020021  add     w1, w1, w2
;;        4ac:  f94013e2  ldr     x2, [sp, #0x20]
;;        4b0:  0b020021  add     w1, w1, w2
;;        4b4:  f9400fe2  ldr     x2, [sp, #0x18]
;;        4b8:  0b020021  add     w1, w1, w2
;;        4bc:  f9400be2  ldr     x2, [sp, #0x10]
;;        4c0:  0b020021  add     w1, w1, w2
;;        4c4:  f94007e2  ldr     x2, [sp, #8]
;;        4c8:  0b020021  add     w1, w1, w2
;;        4cc:  f94003e2  ldr     x2, [sp]
;;        4d0:  0b020021  add     w1, w1, w2
;;        4d4:  aa0c03e2  mov     x2, x12
;;        4d8:  0b020021  add     w1, w1, w2
;;        4dc:  aa0b03e2  mov     x2, x11
;;        4e0:  0b020021  add     w1, w1, w2
;;        4e4:  0b000020  add     w0, w1, w0
;;        4e8:  f9402ff3  ldr     x19, [sp, #0x58]
;;        4ec:  f94033f4  ldr     x20, [sp, #0x60]
;;        4f0:  f94037f5  ldr     x21, [sp, #0x68]
;;        4f4:  f9403bf6  ldr     x22, [sp, #0x70]
;;        4f8:  f9403ff7  ldr     x23, [sp, #0x78]
;;        4fc:  f94043f8  ldr     x24, [sp, #0x80]
;;        500:  f94047f9  ldr     x25, [sp, #0x88]
;;        504:  f9404bfa  ldr     x26, [sp, #0x90]
;;        508:  f9404ffb  ldr     x27, [sp, #0x98]
;;        50c:  f94053fc  ldr     x28, [sp, #0xa0]
;;        510:  910003bf  mov     sp, x29
;;        514:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        518:  d65f03c0  ret
;;        51c:  52800161  mov     w1, #0xb
;;        520:  97fffeb8  bl      #0  ; trap site, wasm @0x0
;;        524:  f85f83a0  ldur    x0, [x29, #-8]
;;        528:  528000a1  mov     w1, #5
;;        52c:  97fffeb5  bl      #0  ; trap site, wasm @0x2b
;;        530:  f85f83a0  ldur    x0, [x29, #-8]
;;        534:  528000a1  mov     w1, #5
;;        538:  97fffeb2  bl      #0  ; trap site, wasm @0x32
;;        53c:  f85f83a0  ldur    x0, [x29, #-8]
;;        540:  528000a1  mov     w1, #5
;;        544:  97fffeaf  bl      #0  ; trap site, wasm @0x39
;;        548:  f85f83a0  ldur    x0, [x29, #-8]
;;        54c:  528000a1  mov     w1, #5
;;        550:  97fffeac  bl      #0  ; trap site, wasm @0x40
;;        554:  f85f83a0  ldur    x0, [x29, #-8]
;;        558:  528000a1  mov     w1, #5
;;        55c:  97fffea9  bl      #0  ; trap site, wasm @0x47
;;        560:  f85f83a0  ldur    x0, [x29, #-8]
;;        564:  528000a1  mov     w1, #5
;;        568:  97fffea6  bl      #0  ; trap site, wasm @0x4e
;;        56c:  f85f83a0  ldur    x0, [x29, #-8]
;;        570:  528000a1  mov     w1, #5
;;        574:  97fffea3  bl      #0  ; trap site, wasm @0x55
;;        578:  f85f83a0  ldur    x0, [x29, #-8]
;;        57c:  528000a1  mov     w1, #5
;;        580:  97fffea0  bl      #0  ; trap site, wasm @0x5c
;;        584:  f85f83a0  ldur    x0, [x29, #-8]
;;        588:  528000a1  mov     w1, #5
;;        58c:  97fffe9d  bl      #0  ; trap site, wasm @0x63
;;        590:  f85f83a0  ldur    x0, [x29, #-8]
;;        594:  528000a1  mov     w1, #5
;;        598:  97fffe9a  bl      #0  ; trap site, wasm @0x6a
;;        59c:  f85f83a0  ldur    x0, [x29, #-8]
;;        5a0:  528000a1  mov     w1, #5
;;        5a4:  97fffe97  bl      #0  ; trap site, wasm @0x71
;;        5a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        5ac:  528000a1  mov     w1, #5
;;        5b0:  97fffe94  bl      #0  ; trap site, wasm @0x78
;;        5b4:  f85f83a0  ldur    x0, [x29, #-8]
;;        5b8:  528000a1  mov     w1, #5
;;        5bc:  97fffe91  bl      #0  ; trap site, wasm @0x7f
;;        5c0:  f85f83a0  ldur    x0, [x29, #-8]
;;        5c4:  528000a1  mov     w1, #5
;;        5c8:  97fffe8e  bl      #0  ; trap site, wasm @0x86
;;        5cc:  f85f83a0  ldur    x0, [x29, #-8]
;;        5d0:  528000a1  mov     w1, #5
;;        5d4:  97fffe8b  bl      #0  ; trap site, wasm @0x8d
;;        5d8:  f85f83a0  ldur    x0, [x29, #-8]
;;        5dc:  528000a1  mov     w1, #5
;;        5e0:  97fffe88  bl      #0  ; trap site, wasm @0x94
;;        5e4:  f85f83a0  ldur    x0, [x29, #-8]
;;        5e8:  528000a1  mov     w1, #5
;;        5ec:  97fffe85  bl      #0  ; trap site, wasm @0x9b
;;        5f0:  f85f83a0  ldur    x0, [x29, #-8]
;;        5f4:  528000a1  mov     w1, #5
;;        5f8:  97fffe82  bl      #0  ; trap site, wasm @0xa2
;;        5fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        600:  528000a1  mov     w1, #5
;;        604:  97fffe7f  bl      #0  ; trap site, wasm @0xa9
;;        608:  f85f83a0  ldur    x0, [x29, #-8]
;;        60c:  528000a1  mov     w1, #5
;;        610:  97fffe7c  bl      #0  ; trap site, wasm @0xb0
;;        614:  f85f83a0  ldur    x0, [x29, #-8]
;;        618:  528000a1  mov     w1, #5
;;        61c:  97fffe79  bl      #0  ; trap site, wasm @0xb7
;;        620:  f85f83a0  ldur    x0, [x29, #-8]
;;        624:  528000a1  mov     w1, #5
;;        628:  97fffe76  bl      #0  ; trap site, wasm @0xbe
;;        62c:  f85f83a0  ldur    x0, [x29, #-8]
;;        630:  528000a1  mov     w1, #5
;;        634:  97fffe73  bl      #0  ; trap site, wasm @0xc5
;;        638:  f85f83a0  ldur    x0, [x29, #-8]
;;        63c:  528000a1  mov     w1, #5
;;        640:  97fffe70  bl      #0  ; trap site, wasm @0xcc
;;        644:  f85f83a0  ldur    x0, [x29, #-8]
;;        648:  528000a1  mov     w1, #5
;;        64c:  97fffe6d  bl      #0  ; trap site, wasm @0xd3
;;        650:  f85f83a0  ldur    x0, [x29, #-8]
;;        654:  528000a1  mov     w1, #5
;;        658:  97fffe6a  bl      #0  ; trap site, wasm @0xda
;;        65c:  f85f83a0  ldur    x0, [x29, #-8]
;;        660:  528000a1  mov     w1, #5
;;        664:  97fffe67  bl      #0  ; trap site, wasm @0xe1
;;        668:  f85f83a0  ldur    x0, [x29, #-8]
;;        66c:  528000a1  mov     w1, #5
;;        670:  97fffe64  bl      #0  ; trap site, wasm @0xe8
;;        674:  f85f83a0  ldur    x0, [x29, #-8]
;;        678:  528000a1  mov     w1, #5
;;        67c:  97fffe61  bl      #0  ; trap site, wasm @0xef
;;        680:  f85f83a0  ldur    x0, [x29, #-8]
;;        684:  528000a1  mov     w1, #5
;;        688:  97fffe5e  bl      #0  ; trap site, wasm @0xf6
