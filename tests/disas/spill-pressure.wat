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
;; ; spill slots: 10, callee-saved: x19, x20, x21, x22, x23, x24, x25, x26, x27, x28
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x2 = heap_base x0
;;      2  x6 = load x1, x2, x2, bytes=4, offset=4, still=guarded, @0x2b
;;      3  x7 = load x1, x2, x2, bytes=4, offset=8, still=guarded, @0x32
;;      4  x4 = load x1, x2, x2, bytes=4, offset=12, still=guarded, @0x39
;;      5  x5 = load x1, x2, x2, bytes=4, offset=16, still=guarded, @0x40
;;      6  x3 = load x1, x2, x2, bytes=4, offset=20, still=guarded, @0x47
;;      7  x0 = load x1, x2, x2, bytes=4, offset=24, still=guarded, @0x4e
;;      8  x28 = load x1, x2, x2, bytes=4, offset=28, still=guarded, @0x55
;;      9  x27 = load x1, x2, x2, bytes=4, offset=32, still=guarded, @0x5c
;;     10  x26 = load x1, x2, x2, bytes=4, offset=36, still=guarded, @0x63
;;     11  x25 = load x1, x2, x2, bytes=4, offset=40, still=guarded, @0x6a
;;     12  x24 = load x1, x2, x2, bytes=4, offset=44, still=guarded, @0x71
;;     13  x23 = load x1, x2, x2, bytes=4, offset=48, still=guarded, @0x78
;;     14  x22 = load x1, x2, x2, bytes=4, offset=52, still=guarded, @0x7f
;;     15  x21 = load x1, x2, x2, bytes=4, offset=56, still=guarded, @0x86
;;     16  x20 = load x1, x2, x2, bytes=4, offset=60, still=guarded, @0x8d
;;     17  x19 = load x1, x2, x2, bytes=4, offset=64, still=guarded, @0x94
;;     18  x15 = load x1, x2, x2, bytes=4, offset=68, still=guarded, @0x9b
;;     19  x14 = load x1, x2, x2, bytes=4, offset=72, still=guarded, @0xa2
;;     20  x13 = load x1, x2, x2, bytes=4, offset=76, still=guarded, @0xa9
;;     21  x12 = load x1, x2, x2, bytes=4, offset=80, still=guarded, @0xb0
;;     22  x11 = load x1, x2, x2, bytes=4, offset=84, still=guarded, @0xb7
;;     23  x10 = load x1, x2, x2, bytes=4, offset=88, still=guarded, @0xbe
;;     24  x9 = load x1, x2, x2, bytes=4, offset=92, still=guarded, @0xc5
;;     25  x8 = load x1, x2, x2, bytes=4, offset=96, still=guarded, @0xcc
;;         mov ss8, x7
;;     26  x7 = load x1, x2, x2, bytes=4, offset=100, still=guarded, @0xd3
;;         mov ss7, x6
;;         mov ss5, x5
;;     27  x6 = load x1, x2, x2, bytes=4, offset=104, still=guarded, @0xda
;;         mov ss6, x4
;;     28  x4 = load x1, x2, x2, bytes=4, offset=108, still=guarded, @0xe1
;;     29  x5 = load x1, x2, x2, bytes=4, offset=112, still=guarded, @0xe8
;;         mov ss4, x8
;;         mov ss3, x7
;;         mov x7, ss8
;;         mov ss2, x6
;;         mov x6, ss7
;;         mov ss1, x4
;;         mov x4, ss5
;;         mov ss0, x5
;;         mov x5, ss6
;;         mov ss9, x3
;;         mov x3, x0
;;         mov x0, ss9
;;     30  x8 = load x1, x2, x2, bytes=4, offset=116, still=guarded, @0xef
;;     31  x1 = load x1, x2, x2, bytes=4, offset=120, still=guarded, @0xf6
;;     32  x2 = alu.add x6, x7
;;     33  x2 = alu.add x2, x5
;;     34  x2 = alu.add x2, x4
;;     35  x0 = alu.add x2, x0
;;     36  x0 = alu.add x0, x3
;;     37  x0 = alu.add x0, x28
;;     38  x0 = alu.add x0, x27
;;     39  x0 = alu.add x0, x26
;;     40  x0 = alu.add x0, x25
;;     41  x0 = alu.add x0, x24
;;     42  x0 = alu.add x0, x23
;;     43  x0 = alu.add x0, x22
;;     44  x0 = alu.add x0, x21
;;     45  x0 = alu.add x0, x20
;;     46  x0 = alu.add x0, x19
;;     47  x0 = alu.add x0, x15
;;     48  x0 = alu.add x0, x14
;;     49  x0 = alu.add x0, x13
;;     50  x0 = alu.add x0, x12
;;     51  x0 = alu.add x0, x11
;;     52  x0 = alu.add x0, x10
;;     53  x0 = alu.add x0, x9
;;         mov x2, ss4
;;     54  x0 = alu.add x0, x2
;;         mov x2, ss3
;;     55  x0 = alu.add x0, x2
;;         mov x2, ss2
;;     56  x0 = alu.add x0, x2
;;         mov x2, ss1
;;     57  x0 = alu.add x0, x2
;;         mov x2, ss0
;;     58  x0 = alu.add x0, x2
;;         mov x2, x8
;;     59  x0 = alu.add x0, x2
;;     60  x0 = alu.add x0, x1
;;     61  jump block1
;; block1:
;;     62  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d102c3f1  sub     x17, sp, #0xb0
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000c63  b.lo    #0x2f4
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  a90553f3  stp     x19, x20, [sp, #0x50]
;;        178:  a9065bf5  stp     x21, x22, [sp, #0x60]
;;        17c:  a90763f7  stp     x23, x24, [sp, #0x70]
;;        180:  a9086bf9  stp     x25, x26, [sp, #0x80]
;;        184:  a90973fb  stp     x27, x28, [sp, #0x90]
;;        188:  f9400402  ldr     x2, [x0, #8]
;;        18c:  f9400042  ldr     x2, [x2]
;;        190:  8b214050  add     x16, x2, w1, uxtw
;;        194:  b9400606  ldr     w6, [x16, #4]  ; trap site, wasm @0x2b
;;        198:  b9400a07  ldr     w7, [x16, #8]  ; trap site, wasm @0x32
;;        19c:  b9400e04  ldr     w4, [x16, #0xc]  ; trap site, wasm @0x39
;;        1a0:  b9401205  ldr     w5, [x16, #0x10]  ; trap site, wasm @0x40
;;        1a4:  b9401603  ldr     w3, [x16, #0x14]  ; trap site, wasm @0x47
;;        1a8:  b9401a00  ldr     w0, [x16, #0x18]  ; trap site, wasm @0x4e
;;        1ac:  b9401e1c  ldr     w28, [x16, #0x1c]  ; trap site, wasm @0x55
;;        1b0:  b940221b  ldr     w27, [x16, #0x20]  ; trap site, wasm @0x5c
;;        1b4:  b940261a  ldr     w26, [x16, #0x24]  ; trap site, wasm @0x63
;;        1b8:  b9402a19  ldr     w25, [x16, #0x28]  ; trap site, wasm @0x6a
;;        1bc:  b9402e18  ldr     w24, [x16, #0x2c]  ; trap site, wasm @0x71
;;        1c0:  b9403217  ldr     w23, [x16, #0x30]  ; trap site, wasm @0x78
;;        1c4:  b9403616  ldr     w22, [x16, #0x34]  ; trap site, wasm @0x7f
;;        1c8:  b9403a15  ldr     w21, [x16, #0x38]  ; trap site, wasm @0x86
;;        1cc:  b9403e14  ldr     w20, [x16, #0x3c]  ; trap site, wasm @0x8d
;;        1d0:  b9404213  ldr     w19, [x16, #0x40]  ; trap site, wasm @0x94
;;        1d4:  b940460f  ldr     w15, [x16, #0x44]  ; trap site, wasm @0x9b
;;        1d8:  b9404a0e  ldr     w14, [x16, #0x48]  ; trap site, wasm @0xa2
;;        1dc:  b9404e0d  ldr     w13, [x16, #0x4c]  ; trap site, wasm @0xa9
;;        1e0:  b940520c  ldr     w12, [x16, #0x50]  ; trap site, wasm @0xb0
;;        1e4:  b940560b  ldr     w11, [x16, #0x54]  ; trap site, wasm @0xb7
;;        1e8:  b9405a0a  ldr     w10, [x16, #0x58]  ; trap site, wasm @0xbe
;;        1ec:  b9405e09  ldr     w9, [x16, #0x5c]  ; trap site, wasm @0xc5
;;        1f0:  b9406208  ldr     w8, [x16, #0x60]  ; trap site, wasm @0xcc
;;        1f4:  f90023e7  str     x7, [sp, #0x40]
;;        1f8:  b9406607  ldr     w7, [x16, #0x64]  ; trap site, wasm @0xd3
;;        1fc:  f9001fe6  str     x6, [sp, #0x38]
;;        200:  f90017e5  str     x5, [sp, #0x28]
;;        204:  b9406a06  ldr     w6, [x16, #0x68]  ; trap site, wasm @0xda
;;        208:  f9001be4  str     x4, [sp, #0x30]
;;        20c:  b9406e04  ldr     w4, [x16, #0x6c]  ; trap site, wasm @0xe1
;;        210:  b9407205  ldr     w5, [x16, #0x70]  ; trap site, wasm @0xe8
;;        214:  a901a3e7  stp     x7, x8, [sp, #0x18]
;;        218:  f94023e7  ldr     x7, [sp, #0x40]
;;        21c:  f9000be6  str     x6, [sp, #0x10]
;;        220:  f9401fe6  ldr     x6, [sp, #0x38]
;;        224:  f90007e4  str     x4, [sp, #8]
;;        228:  f94017e4  ldr     x4, [sp, #0x28]
;;        22c:  f90003e5  str     x5, [sp]
;;        230:  f9401be5  ldr     x5, [sp, #0x30]
;;        234:  f90027e3  str     x3, [sp, #0x48]
;;        238:  aa0003e3  mov     x3, x0
;;        23c:  f94027e0  ldr     x0, [sp, #0x48]
;;        240:  b9407608  ldr     w8, [x16, #0x74]  ; trap site, wasm @0xef
;;        244:  b9407a01  ldr     w1, [x16, #0x78]  ; trap site, wasm @0xf6
;;        248:  0b0700c2  add     w2, w6, w7
;;        24c:  0b050042  add     w2, w2, w5
;;        250:  0b040042  add     w2, w2, w4
;;        254:  0b000040  add     w0, w2, w0
;;        258:  0b030000  add     w0, w0, w3
;;        25c:  0b1c0000  add     w0, w0, w28
;;        260:  0b1b0000  add     w0, w0, w27
;;        264:  0b1a0000  add     w0, w0, w26
;;        268:  0b190000  add     w0, w0, w25
;;        26c:  0b180000  add     w0, w0, w24
;;        270:  0b170000  add     w0, w0, w23
;;        274:  0b160000  add     w0, w0, w22
;;        278:  0b150000  add     w0, w0, w21
;;        27c:  0b140000  add     w0, w0, w20
;;        280:  0b130000  add     w0, w0, w19
;;        284:  0b0f0000  add     w0, w0, w15
;;        288:  0b0e0000  add     w0, w0, w14
;;        28c:  0b0d0000  add     w0, w0, w13
;;        290:  0b0c0000  add     w0, w0, w12
;;        294:  0b0b0000  add     w0, w0, w11
;;        298:  0b0a0000  add     w0, w0, w10
;;        29c:  0b090000  add     w0, w0, w9
;;        2a0:  f94013e2  ldr     x2, [sp, #0x20]
;;        2a4:  0b020000  add     w0, w0, w2
;;        2a8:  f9400fe2  ldr     x2, [sp, #0x18]
;;        2ac:  0b020000  add     w0, w0, w2
;;        2b0:  f9400be2  ldr     x2, [sp, #0x10]
;;        2b4:  0b020000  add     w0, w0, w2
;;        2b8:  f94007e2  ldr     x2, [sp, #8]
;;        2bc:  0b020000  add     w0, w0, w2
;;        2c0:  f94003e2  ldr     x2, [sp]
;;        2c4:  0b020000  add     w0, w0, w2
;;        2c8:  aa0803e2  mov     x2, x8
;;        2cc:  0b020000  add     w0, w0, w2
;;        2d0:  0b010000  add     w0, w0, w1
;;        2d4:  a94553f3  ldp     x19, x20, [sp, #0x50]
;;        2d8:  a9465bf5  ldp     x21, x22, [sp, #0x60]
;;        2dc:  a94763f7  ldp     x23, x24, [sp, #0x70]
;;        2e0:  a9486bf9  ldp     x25, x26, [sp, #0x80]
;;        2e4:  a94973fb  ldp     x27, x28, [sp, #0x90]
;;        2e8:  910003bf  mov     sp, x29
;;        2ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f0:  d65f03c0  ret
;;        2f4:  97ffff6c  bl      #0xa4  ; trap site, wasm @0x0
