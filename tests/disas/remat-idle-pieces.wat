;;! stages = asm
;; Constants that start a loop's values and are read again only after it (as chacha20's state):
;; with every register taken in the loop, none is rematerialised inside it or on its back edge
;; (the cbnz goes straight back to the loop's head): the pieces of them that splitting left in
;; registers no instruction of the loop reads become REMAT, and the last four are rematerialised
;; after the loop, before their reads (spill.idle_remat_pieces).
(module
  (func (export "mix") (param i32) (result i32) (local $v0 i32) (local $v1 i32) (local $v2 i32) (local $v3 i32) (local $v4 i32) (local $v5 i32) (local $v6 i32) (local $v7 i32) (local $v8 i32) (local $v9 i32) (local $v10 i32) (local $v11 i32) (local $v12 i32) (local $v13 i32)
    (local.set $v0 (i32.const 506952121))
    (local.set $v1 (i32.const 1013904242))
    (local.set $v2 (i32.const 1520856363))
    (local.set $v3 (i32.const 2027808484))
    (local.set $v4 (i32.const 387276957))
    (local.set $v5 (i32.const 894229078))
    (local.set $v6 (i32.const 1401181199))
    (local.set $v7 (i32.const 1908133320))
    (local.set $v8 (i32.const 267601793))
    (local.set $v9 (i32.const 774553914))
    (local.set $v10 (i32.const 1281506035))
    (local.set $v11 (i32.const 1788458156))
    (local.set $v12 (i32.const 147926629))
    (local.set $v13 (i32.const 654878750))
    (loop $l
      (local.set $v0 (i32.xor (local.get $v0) (i32.rotl (local.get $v1) (i32.const 1))))
      (local.set $v1 (i32.xor (local.get $v1) (i32.rotl (local.get $v2) (i32.const 2))))
      (local.set $v2 (i32.xor (local.get $v2) (i32.rotl (local.get $v3) (i32.const 3))))
      (local.set $v3 (i32.xor (local.get $v3) (i32.rotl (local.get $v4) (i32.const 4))))
      (local.set $v4 (i32.xor (local.get $v4) (i32.rotl (local.get $v5) (i32.const 5))))
      (local.set $v5 (i32.xor (local.get $v5) (i32.rotl (local.get $v6) (i32.const 6))))
      (local.set $v6 (i32.xor (local.get $v6) (i32.rotl (local.get $v7) (i32.const 7))))
      (local.set $v7 (i32.xor (local.get $v7) (i32.rotl (local.get $v8) (i32.const 8))))
      (local.set $v8 (i32.xor (local.get $v8) (i32.rotl (local.get $v9) (i32.const 9))))
      (local.set $v9 (i32.xor (local.get $v9) (i32.rotl (local.get $v10) (i32.const 10))))
      (local.set $v10 (i32.xor (local.get $v10) (i32.rotl (local.get $v11) (i32.const 11))))
      (local.set $v11 (i32.xor (local.get $v11) (i32.rotl (local.get $v12) (i32.const 12))))
      (local.set $v12 (i32.xor (local.get $v12) (i32.rotl (local.get $v13) (i32.const 13))))
      (local.set $v13 (i32.xor (local.get $v13) (i32.rotl (local.get $v0) (i32.const 14))))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (i32.add (local.get $v0) (i32.add (local.get $v1) (i32.const 1013904242))) (i32.add (local.get $v2) (i32.const 1520856363))) (i32.add (local.get $v3) (i32.const 2027808484))) (i32.add (local.get $v4) (i32.const 387276957))) (i32.add (local.get $v5) (i32.const 894229078))) (i32.add (local.get $v6) (i32.const 1401181199))) (i32.add (local.get $v7) (i32.const 1908133320))) (i32.add (local.get $v8) (i32.const 267601793))) (i32.add (local.get $v9) (i32.const 774553914))) (i32.add (local.get $v10) (i32.const 1281506035))) (i32.add (local.get $v11) (i32.const 1788458156))) (i32.add (local.get $v12) (i32.const 147926629))) (i32.add (local.get $v13) (i32.const 654878750)))))
;; ==== asm ====
;; 00000150 <[0] mix>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10183ff  sub     sp, sp, #0x60
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  a90053f3  stp     x19, x20, [sp]
;;        164:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        168:  a90263f7  stp     x23, x24, [sp, #0x20]
;;        16c:  a9036bf9  stp     x25, x26, [sp, #0x30]
;;        170:  a90473fb  stp     x27, x28, [sp, #0x40]
;;        174:  aa0103f4  mov     x20, x1
;;        178:  528f3733  mov     w19, #0x79b9
;;        17c:  72a3c6f3  movk    w19, #0x1e37, lsl #16
;;        180:  529e6e57  mov     w23, #0xf372
;;        184:  72a78dd7  movk    w23, #0x3c6e, lsl #16
;;        188:  528da575  mov     w21, #0x6d2b
;;        18c:  72ab54d5  movk    w21, #0x5aa6, lsl #16
;;        190:  529cdc8f  mov     w15, #0xe6e4
;;        194:  72af1baf  movk    w15, #0x78dd, lsl #16
;;        198:  528c13ad  mov     w13, #0x609d
;;        19c:  72a2e2ad  movk    w13, #0x1715, lsl #16
;;        1a0:  529b4acc  mov     w12, #0xda56
;;        1a4:  72a6a98c  movk    w12, #0x354c, lsl #16
;;        1a8:  528a81ea  mov     w10, #0x540f
;;        1ac:  72aa708a  movk    w10, #0x5384, lsl #16
;;        1b0:  5299b909  mov     w9, #0xcdc8
;;        1b4:  72ae3769  movk    w9, #0x71bb, lsl #16
;;        1b8:  5288f027  mov     w7, #0x4781
;;        1bc:  72a1fe67  movk    w7, #0xff3, lsl #16
;;        1c0:  52982746  mov     w6, #0xc13a
;;        1c4:  72a5c546  movk    w6, #0x2e2a, lsl #16
;;        1c8:  52875e64  mov     w4, #0x3af3
;;        1cc:  72a98c44  movk    w4, #0x4c62, lsl #16
;;        1d0:  52969583  mov     w3, #0xb4ac
;;        1d4:  72ad5323  movk    w3, #0x6a99, lsl #16
;;        1d8:  5285cca0  mov     w0, #0x2e65
;;        1dc:  72a11a20  movk    w0, #0x8d1, lsl #16
;;        1e0:  529503c1  mov     w1, #0xa81e
;;        1e4:  72a4e101  movk    w1, #0x2708, lsl #16
;;        1e8:  aa0103e2  mov     x2, x1
;;        1ec:  aa1703e1  mov     x1, x23
;;        1f0:  aa0003e5  mov     x5, x0
;;        1f4:  aa1503e0  mov     x0, x21
;;        1f8:  aa0303e8  mov     x8, x3
;;        1fc:  aa0403eb  mov     x11, x4
;;        200:  aa0603ee  mov     x14, x6
;;        204:  aa0703f6  mov     x22, x7
;;        208:  aa0903f8  mov     x24, x9
;;        20c:  aa0a03f9  mov     x25, x10
;;        210:  aa0c03fa  mov     x26, x12
;;        214:  aa0d03fb  mov     x27, x13
;;        218:  aa0f03fc  mov     x28, x15
;;        21c:  4ac17e73  eor     w19, w19, w1, ror #31
;;        220:  4ac07821  eor     w1, w1, w0, ror #30
;;        224:  4adc7400  eor     w0, w0, w28, ror #29
;;        228:  4adb739c  eor     w28, w28, w27, ror #28
;;        22c:  4ada6f7b  eor     w27, w27, w26, ror #27
;;        230:  4ad96b5a  eor     w26, w26, w25, ror #26
;;        234:  4ad86739  eor     w25, w25, w24, ror #25
;;        238:  4ad66318  eor     w24, w24, w22, ror #24
;;        23c:  4ace5ed6  eor     w22, w22, w14, ror #23
;;        240:  4acb59ce  eor     w14, w14, w11, ror #22
;;        244:  4ac8556b  eor     w11, w11, w8, ror #21
;;        248:  4ac55108  eor     w8, w8, w5, ror #20
;;        24c:  4ac24ca5  eor     w5, w5, w2, ror #19
;;        250:  4ad34842  eor     w2, w2, w19, ror #18
;;        254:  51000694  sub     w20, w20, #1
;;        258:  35fffe34  cbnz    w20, #0x21c
;;        25c:  0b170021  add     w1, w1, w23
;;        260:  0b010261  add     w1, w19, w1
;;        264:  0b150000  add     w0, w0, w21
;;        268:  0b000020  add     w0, w1, w0
;;        26c:  0b0f0381  add     w1, w28, w15
;;        270:  0b010000  add     w0, w0, w1
;;        274:  0b0d0361  add     w1, w27, w13
;;        278:  0b010000  add     w0, w0, w1
;;        27c:  0b0c0341  add     w1, w26, w12
;;        280:  0b010000  add     w0, w0, w1
;;        284:  0b0a0321  add     w1, w25, w10
;;        288:  0b010000  add     w0, w0, w1
;;        28c:  0b090301  add     w1, w24, w9
;;        290:  0b010000  add     w0, w0, w1
;;        294:  0b0702c1  add     w1, w22, w7
;;        298:  0b010000  add     w0, w0, w1
;;        29c:  0b0601c1  add     w1, w14, w6
;;        2a0:  0b010000  add     w0, w0, w1
;;        2a4:  52875e64  mov     w4, #0x3af3
;;        2a8:  72a98c44  movk    w4, #0x4c62, lsl #16
;;        2ac:  0b040161  add     w1, w11, w4
;;        2b0:  0b010000  add     w0, w0, w1
;;        2b4:  52969583  mov     w3, #0xb4ac
;;        2b8:  72ad5323  movk    w3, #0x6a99, lsl #16
;;        2bc:  0b030101  add     w1, w8, w3
;;        2c0:  0b010000  add     w0, w0, w1
;;        2c4:  5285cca4  mov     w4, #0x2e65
;;        2c8:  72a11a24  movk    w4, #0x8d1, lsl #16
;;        2cc:  0b0400a1  add     w1, w5, w4
;;        2d0:  0b010000  add     w0, w0, w1
;;        2d4:  529503c3  mov     w3, #0xa81e
;;        2d8:  72a4e103  movk    w3, #0x2708, lsl #16
;;        2dc:  0b030041  add     w1, w2, w3
;;        2e0:  0b010000  add     w0, w0, w1
;;        2e4:  a94053f3  ldp     x19, x20, [sp]
;;        2e8:  a9415bf5  ldp     x21, x22, [sp, #0x10]
;;        2ec:  a94263f7  ldp     x23, x24, [sp, #0x20]
;;        2f0:  a9436bf9  ldp     x25, x26, [sp, #0x30]
;;        2f4:  a94473fb  ldp     x27, x28, [sp, #0x40]
;;        2f8:  910003bf  mov     sp, x29
;;        2fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        300:  d65f03c0  ret
