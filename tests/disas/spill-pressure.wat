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
;;        108:  54001da3  b.lo    #0x4bc
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9002ff3  str     x19, [sp, #0x58]
;;        118:  f90033f4  str     x20, [sp, #0x60]
;;        11c:  f90037f5  str     x21, [sp, #0x68]
;;        120:  f9003bf6  str     x22, [sp, #0x70]
;;        124:  f9003ff7  str     x23, [sp, #0x78]
;;        128:  f90043f8  str     x24, [sp, #0x80]
;;        12c:  f90047f9  str     x25, [sp, #0x88]
;;        130:  f9004bfa  str     x26, [sp, #0x90]
;;        134:  f9004ffb  str     x27, [sp, #0x98]
;;        138:  f90053fc  str     x28, [sp, #0xa0]
;;        13c:  aa0003e2  mov     x2, x0
;;        140:  f9400440  ldr     x0, [x2, #8]
;;        144:  f9400000  ldr     x0, [x0]
;;        148:  f9400442  ldr     x2, [x2, #8]
;;        14c:  f9400442  ldr     x2, [x2, #8]
;;        150:  d1002043  sub     x3, x2, #8
;;        154:  eb21407f  cmp     x3, w1, uxtw
;;        158:  54001b6b  b.lt    #0x4c4
;;        15c:  8b214010  add     x16, x0, w1, uxtw
;;        160:  b940060a  ldr     w10, [x16, #4]
;;        164:  d1003043  sub     x3, x2, #0xc
;;        168:  eb21407f  cmp     x3, w1, uxtw
;;        16c:  54001b2b  b.lt    #0x4d0
;;        170:  8b214010  add     x16, x0, w1, uxtw
;;        174:  b9400a08  ldr     w8, [x16, #8]
;;        178:  d1004043  sub     x3, x2, #0x10
;;        17c:  eb21407f  cmp     x3, w1, uxtw
;;        180:  54001aeb  b.lt    #0x4dc
;;        184:  8b214010  add     x16, x0, w1, uxtw
;;        188:  b9400e09  ldr     w9, [x16, #0xc]
;;        18c:  d1005051  sub     x17, x2, #0x14
;;        190:  eb21423f  cmp     x17, w1, uxtw
;;        194:  54001aab  b.lt    #0x4e8
;;        198:  8b214010  add     x16, x0, w1, uxtw
;;        19c:  b9401207  ldr     w7, [x16, #0x10]
;;        1a0:  d1006051  sub     x17, x2, #0x18
;;        1a4:  eb21423f  cmp     x17, w1, uxtw
;;        1a8:  54001a6b  b.lt    #0x4f4
;;        1ac:  8b214010  add     x16, x0, w1, uxtw
;;        1b0:  b9401605  ldr     w5, [x16, #0x14]
;;        1b4:  d1007051  sub     x17, x2, #0x1c
;;        1b8:  eb21423f  cmp     x17, w1, uxtw
;;        1bc:  54001a2b  b.lt    #0x500
;;        1c0:  8b214010  add     x16, x0, w1, uxtw
;;        1c4:  b9401a06  ldr     w6, [x16, #0x18]
;;        1c8:  d1008051  sub     x17, x2, #0x20
;;        1cc:  eb21423f  cmp     x17, w1, uxtw
;;        1d0:  540019eb  b.lt    #0x50c
;;        1d4:  8b214010  add     x16, x0, w1, uxtw
;;        1d8:  b9401e04  ldr     w4, [x16, #0x1c]
;;        1dc:  d1009051  sub     x17, x2, #0x24
;;        1e0:  eb21423f  cmp     x17, w1, uxtw
;;        1e4:  540019ab  b.lt    #0x518
;;        1e8:  8b214010  add     x16, x0, w1, uxtw
;;        1ec:  b9402203  ldr     w3, [x16, #0x20]
;;        1f0:  d100a051  sub     x17, x2, #0x28
;;        1f4:  eb21423f  cmp     x17, w1, uxtw
;;        1f8:  5400196b  b.lt    #0x524
;;        1fc:  8b214010  add     x16, x0, w1, uxtw
;;        200:  b940261c  ldr     w28, [x16, #0x24]
;;        204:  d100b051  sub     x17, x2, #0x2c
;;        208:  eb21423f  cmp     x17, w1, uxtw
;;        20c:  5400192b  b.lt    #0x530
;;        210:  8b214010  add     x16, x0, w1, uxtw
;;        214:  b9402a1b  ldr     w27, [x16, #0x28]
;;        218:  d100c051  sub     x17, x2, #0x30
;;        21c:  eb21423f  cmp     x17, w1, uxtw
;;        220:  540018eb  b.lt    #0x53c
;;        224:  8b214010  add     x16, x0, w1, uxtw
;;        228:  b9402e1a  ldr     w26, [x16, #0x2c]
;;        22c:  d100d051  sub     x17, x2, #0x34
;;        230:  eb21423f  cmp     x17, w1, uxtw
;;        234:  540018ab  b.lt    #0x548
;;        238:  8b214010  add     x16, x0, w1, uxtw
;;        23c:  b9403219  ldr     w25, [x16, #0x30]
;;        240:  d100e051  sub     x17, x2, #0x38
;;        244:  eb21423f  cmp     x17, w1, uxtw
;;        248:  5400186b  b.lt    #0x554
;;        24c:  8b214010  add     x16, x0, w1, uxtw
;;        250:  b9403618  ldr     w24, [x16, #0x34]
;;        254:  d100f051  sub     x17, x2, #0x3c
;;        258:  eb21423f  cmp     x17, w1, uxtw
;;        25c:  5400182b  b.lt    #0x560
;;        260:  8b214010  add     x16, x0, w1, uxtw
;;        264:  b9403a17  ldr     w23, [x16, #0x38]
;;        268:  d1010051  sub     x17, x2, #0x40
;;        26c:  eb21423f  cmp     x17, w1, uxtw
;;        270:  540017eb  b.lt    #0x56c
;;        274:  8b214010  add     x16, x0, w1, uxtw
;;        278:  b9403e16  ldr     w22, [x16, #0x3c]
;;        27c:  d1011051  sub     x17, x2, #0x44
;;        280:  eb21423f  cmp     x17, w1, uxtw
;;        284:  540017ab  b.lt    #0x578
;;        288:  8b214010  add     x16, x0, w1, uxtw
;;        28c:  b9404215  ldr     w21, [x16, #0x40]
;;        290:  d1012051  sub     x17, x2, #0x48
;;        294:  eb21423f  cmp     x17, w1, uxtw
;;        298:  5400176b  b.lt    #0x584
;;        29c:  8b214010  add     x16, x0, w1, uxtw
;;        2a0:  b9404614  ldr     w20, [x16, #0x44]
;;        2a4:  d1013051  sub     x17, x2, #0x4c
;;        2a8:  eb21423f  cmp     x17, w1, uxtw
;;        2ac:  5400172b  b.lt    #0x590
;;        2b0:  8b214010  add     x16, x0, w1, uxtw
;;        2b4:  b9404a13  ldr     w19, [x16, #0x48]
;;        2b8:  d1014051  sub     x17, x2, #0x50
;;        2bc:  eb21423f  cmp     x17, w1, uxtw
;;        2c0:  540016eb  b.lt    #0x59c
;;        2c4:  8b214010  add     x16, x0, w1, uxtw
;;        2c8:  b9404e0f  ldr     w15, [x16, #0x4c]
;;        2cc:  d1015051  sub     x17, x2, #0x54
;;        2d0:  eb21423f  cmp     x17, w1, uxtw
;;        2d4:  540016ab  b.lt    #0x5a8
;;        2d8:  8b214010  add     x16, x0, w1, uxtw
;;        2dc:  b940520e  ldr     w14, [x16, #0x50]
;;        2e0:  d1016051  sub     x17, x2, #0x58
;;        2e4:  eb21423f  cmp     x17, w1, uxtw
;;        2e8:  5400166b  b.lt    #0x5b4
;;        2ec:  8b214010  add     x16, x0, w1, uxtw
;;        2f0:  b940560d  ldr     w13, [x16, #0x54]
;;        2f4:  d1017051  sub     x17, x2, #0x5c
;;        2f8:  eb21423f  cmp     x17, w1, uxtw
;;        2fc:  5400162b  b.lt    #0x5c0
;;        300:  8b214010  add     x16, x0, w1, uxtw
;;        304:  b9405a0c  ldr     w12, [x16, #0x58]
;;        308:  d1018051  sub     x17, x2, #0x60
;;        30c:  eb21423f  cmp     x17, w1, uxtw
;;        310:  540015eb  b.lt    #0x5cc
;;        314:  8b214010  add     x16, x0, w1, uxtw
;;        318:  b9405e0b  ldr     w11, [x16, #0x5c]
;;        31c:  f90023ea  str     x10, [sp, #0x40]
;;        320:  d1019051  sub     x17, x2, #0x64
;;        324:  eb21423f  cmp     x17, w1, uxtw
;;        328:  5400158b  b.lt    #0x5d8
;;        32c:  8b214010  add     x16, x0, w1, uxtw
;;        330:  b940620a  ldr     w10, [x16, #0x60]
;;        334:  f9001fe9  str     x9, [sp, #0x38]
;;        338:  f9001be7  str     x7, [sp, #0x30]
;;        33c:  d101a051  sub     x17, x2, #0x68
;;        340:  eb21423f  cmp     x17, w1, uxtw
;;        344:  5400150b  b.lt    #0x5e4
;;        348:  8b214010  add     x16, x0, w1, uxtw
;;        34c:  b9406607  ldr     w7, [x16, #0x64]
;;        350:  f90027e8  str     x8, [sp, #0x48]
;;        354:  d101b051  sub     x17, x2, #0x6c
;;        358:  eb21423f  cmp     x17, w1, uxtw
;;        35c:  540014ab  b.lt    #0x5f0
;;        360:  8b214010  add     x16, x0, w1, uxtw
;;        364:  b9406a08  ldr     w8, [x16, #0x68]
;;        368:  d101c051  sub     x17, x2, #0x70
;;        36c:  eb21423f  cmp     x17, w1, uxtw
;;        370:  5400146b  b.lt    #0x5fc
;;        374:  8b214010  add     x16, x0, w1, uxtw
;;        378:  b9406e09  ldr     w9, [x16, #0x6c]
;;        37c:  f90017ec  str     x12, [sp, #0x28]
;;        380:  f9000be7  str     x7, [sp, #0x10]
;;        384:  f9401be7  ldr     x7, [sp, #0x30]
;;        388:  f90007e8  str     x8, [sp, #8]
;;        38c:  f9401fe8  ldr     x8, [sp, #0x38]
;;        390:  f90003e9  str     x9, [sp]
;;        394:  f94027e9  ldr     x9, [sp, #0x48]
;;        398:  f9002be4  str     x4, [sp, #0x50]
;;        39c:  aa0303e4  mov     x4, x3
;;        3a0:  aa0603e3  mov     x3, x6
;;        3a4:  aa0503e6  mov     x6, x5
;;        3a8:  f9402be5  ldr     x5, [sp, #0x50]
;;        3ac:  d101d051  sub     x17, x2, #0x74
;;        3b0:  eb21423f  cmp     x17, w1, uxtw
;;        3b4:  540012ab  b.lt    #0x608
;;        3b8:  8b214010  add     x16, x0, w1, uxtw
;;        3bc:  b940720c  ldr     w12, [x16, #0x70]
;;        3c0:  f90013eb  str     x11, [sp, #0x20]
;;        3c4:  f9000fea  str     x10, [sp, #0x18]
;;        3c8:  f94023ea  ldr     x10, [sp, #0x40]
;;        3cc:  d101e051  sub     x17, x2, #0x78
;;        3d0:  eb21423f  cmp     x17, w1, uxtw
;;        3d4:  5400120b  b.lt    #0x614
;;        3d8:  8b214010  add     x16, x0, w1, uxtw
;;        3dc:  b940760b  ldr     w11, [x16, #0x74]
;;        3e0:  d101f051  sub     x17, x2, #0x7c
;;        3e4:  eb21423f  cmp     x17, w1, uxtw
;;        3e8:  540011cb  b.lt    #0x620
;;        3ec:  8b214010  add     x16, x0, w1, uxtw
;;        3f0:  b9407a00  ldr     w0, [x16, #0x78]
;;        3f4:  0b090141  add     w1, w10, w9
;;        3f8:  0b080021  add     w1, w1, w8
;;        3fc:  0b070021  add     w1, w1, w7
;;        400:  0b060021  add     w1, w1, w6
;;        404:  0b030021  add     w1, w1, w3
;;        408:  0b050021  add     w1, w1, w5
;;        40c:  0b040021  add     w1, w1, w4
;;        410:  0b1c0021  add     w1, w1, w28
;;        414:  0b1b0021  add     w1, w1, w27
;;        418:  0b1a0021  add     w1, w1, w26
;;        41c:  0b190021  add     w1, w1, w25
;;        420:  0b180021  add     w1, w1, w24
;;        424:  0b170021  add     w1, w1, w23
;;        428:  0b160021  add     w1, w1, w22
;;        42c:  0b150021  add     w1, w1, w21
;;        430:  0b140021  add     w1, w1, w20
;;        434:  0b130021  add     w1, w1, w19
;;        438:  0b0f0021  add     w1, w1, w15
;;        43c:  0b0e0021  add     w1, w1, w14
;;        440:  0b0d0021  add     w1, w1, w13
;;        444:  f94017e2  ldr     x2, [sp, #0x28]
;;        448:  0b020021  add     w1, w1, w2
;;        44c:  f94013e2  ldr     x2, [sp, #0x20]
;;        450:  0b020021  add     w1, w1, w2
;;        454:  f9400fe2  ldr     x2, [sp, #0x18]
;;        458:  0b020021  add     w1, w1, w2
;;        45c:  f9400be2  ldr     x2, [sp, #0x10]
;;        460:  0b020021  add     w1, w1, w2
;;        464:  f94007e2  ldr     x2, [sp, #8]
;;        468:  0b020021  add     w1, w1, w2
;;        46c:  f94003e2  ldr     x2, [sp]
;;        470:  0b020021  add     w1, w1, w2
;;        474:  aa0c03e2  mov     x2, x12
;;        478:  0b020021  add     w1, w1, w2
;;        47c:  aa0b03e2  mov     x2, x11
;;        480:  0b020021  add     w1, w1, w2
;;        484:  0b000020  add     w0, w1, w0
;;        488:  f9402ff3  ldr     x19, [sp, #0x58]
;;        48c:  f94033f4  ldr     x20, [sp, #0x60]
;;        490:  f94037f5  ldr     x21, [sp, #0x68]
;;        494:  f9403bf6  ldr     x22, [sp, #0x70]
;;        498:  f9403ff7  ldr     x23, [sp, #0x78]
;;        49c:  f94043f8  ldr     x24, [sp, #0x80]
;;        4a0:  f94047f9  ldr     x25, [sp, #0x88]
;;        4a4:  f9404bfa  ldr     x26, [sp, #0x90]
;;        4a8:  f9404ffb  ldr     x27, [sp, #0x98]
;;        4ac:  f94053fc  ldr     x28, [sp, #0xa0]
;;        4b0:  910003bf  mov     sp, x29
;;        4b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4b8:  d65f03c0  ret
;;        4bc:  52800161  mov     w1, #0xb
;;        4c0:  97fffed0  bl      #0  ; trap site, wasm @0x0
;;        4c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        4c8:  528000a1  mov     w1, #5
;;        4cc:  97fffecd  bl      #0  ; trap site, wasm @0x2b
;;        4d0:  f85f83a0  ldur    x0, [x29, #-8]
;;        4d4:  528000a1  mov     w1, #5
;;        4d8:  97fffeca  bl      #0  ; trap site, wasm @0x32
;;        4dc:  f85f83a0  ldur    x0, [x29, #-8]
;;        4e0:  528000a1  mov     w1, #5
;;        4e4:  97fffec7  bl      #0  ; trap site, wasm @0x39
;;        4e8:  f85f83a0  ldur    x0, [x29, #-8]
;;        4ec:  528000a1  mov     w1, #5
;;        4f0:  97fffec4  bl      #0  ; trap site, wasm @0x40
;;        4f4:  f85f83a0  ldur    x0, [x29, #-8]
;;        4f8:  528000a1  mov     w1, #5
;;        4fc:  97fffec1  bl      #0  ; trap site, wasm @0x47
;;        500:  f85f83a0  ldur    x0, [x29, #-8]
;;        504:  528000a1  mov     w1, #5
;;        508:  97fffebe  bl      #0  ; trap site, wasm @0x4e
;;        50c:  f85f83a0  ldur    x0, [x29, #-8]
;;        510:  528000a1  mov     w1, #5
;;        514:  97fffebb  bl      #0  ; trap site, wasm @0x55
;;        518:  f85f83a0  ldur    x0, [x29, #-8]
;;        51c:  528000a1  mov     w1, #5
;;        520:  97fffeb8  bl      #0  ; trap site, wasm @0x5c
;;        524:  f85f83a0  ldur    x0, [x29, #-8]
;;        528:  528000a1  mov     w1, #5
;;        52c:  97fffeb5  bl      #0  ; trap site, wasm @0x63
;;        530:  f85f83a0  ldur    x0, [x29, #-8]
;;        534:  528000a1  mov     w1, #5
;;        538:  97fffeb2  bl      #0  ; trap site, wasm @0x6a
;;        53c:  f85f83a0  ldur    x0, [x29, #-8]
;;        540:  528000a1  mov     w1, #5
;;        544:  97fffeaf  bl      #0  ; trap site, wasm @0x71
;;        548:  f85f83a0  ldur    x0, [x29, #-8]
;;        54c:  528000a1  mov     w1, #5
;;        550:  97fffeac  bl      #0  ; trap site, wasm @0x78
;;        554:  f85f83a0  ldur    x0, [x29, #-8]
;;        558:  528000a1  mov     w1, #5
;;        55c:  97fffea9  bl      #0  ; trap site, wasm @0x7f
;;        560:  f85f83a0  ldur    x0, [x29, #-8]
;;        564:  528000a1  mov     w1, #5
;;        568:  97fffea6  bl      #0  ; trap site, wasm @0x86
;;        56c:  f85f83a0  ldur    x0, [x29, #-8]
;;        570:  528000a1  mov     w1, #5
;;        574:  97fffea3  bl      #0  ; trap site, wasm @0x8d
;;        578:  f85f83a0  ldur    x0, [x29, #-8]
;;        57c:  528000a1  mov     w1, #5
;;        580:  97fffea0  bl      #0  ; trap site, wasm @0x94
;;        584:  f85f83a0  ldur    x0, [x29, #-8]
;;        588:  528000a1  mov     w1, #5
;;        58c:  97fffe9d  bl      #0  ; trap site, wasm @0x9b
;;        590:  f85f83a0  ldur    x0, [x29, #-8]
;;        594:  528000a1  mov     w1, #5
;;        598:  97fffe9a  bl      #0  ; trap site, wasm @0xa2
;;        59c:  f85f83a0  ldur    x0, [x29, #-8]
;;        5a0:  528000a1  mov     w1, #5
;;        5a4:  97fffe97  bl      #0  ; trap site, wasm @0xa9
;;        5a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        5ac:  528000a1  mov     w1, #5
;;        5b0:  97fffe94  bl      #0  ; trap site, wasm @0xb0
;;        5b4:  f85f83a0  ldur    x0, [x29, #-8]
;;        5b8:  528000a1  mov     w1, #5
;;        5bc:  97fffe91  bl      #0  ; trap site, wasm @0xb7
;;        5c0:  f85f83a0  ldur    x0, [x29, #-8]
;;        5c4:  528000a1  mov     w1, #5
;;        5c8:  97fffe8e  bl      #0  ; trap site, wasm @0xbe
;;        5cc:  f85f83a0  ldur    x0, [x29, #-8]
;;        5d0:  528000a1  mov     w1, #5
;;        5d4:  97fffe8b  bl      #0  ; trap site, wasm @0xc5
;;        5d8:  f85f83a0  ldur    x0, [x29, #-8]
;;        5dc:  528000a1  mov     w1, #5
;;        5e0:  97fffe88  bl      #0  ; trap site, wasm @0xcc
;;        5e4:  f85f83a0  ldur    x0, [x29, #-8]
;;        5e8:  528000a1  mov     w1, #5
;;        5ec:  97fffe85  bl      #0  ; trap site, wasm @0xd3
;;        5f0:  f85f83a0  ldur    x0, [x29, #-8]
;;        5f4:  528000a1  mov     w1, #5
;;        5f8:  97fffe82  bl      #0  ; trap site, wasm @0xda
;;        5fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        600:  528000a1  mov     w1, #5
;;        604:  97fffe7f  bl      #0  ; trap site, wasm @0xe1
;;        608:  f85f83a0  ldur    x0, [x29, #-8]
;;        60c:  528000a1  mov     w1, #5
;;        610:  97fffe7c  bl      #0  ; trap site, wasm @0xe8
;;        614:  f85f83a0  ldur    x0, [x29, #-8]
;;        618:  528000a1  mov     w1, #5
;;        61c:  97fffe79  bl      #0  ; trap site, wasm @0xef
;;        620:  f85f83a0  ldur    x0, [x29, #-8]
;;        624:  528000a1  mov     w1, #5
;;        628:  97fffe76  bl      #0  ; trap site, wasm @0xf6
