(module
  ;; every byte from the second operand: a table of one register
  (func (export "one") (param v128 v128) (result v128)
    (i8x16.shuffle 31 16 30 17 29 18 28 19 27 20 26 21 25 22 24 23 (local.get 0) (local.get 1)))
  ;; bytes of both: the first in v30 (FIXED), the second copied to v31 by the emitter
  (func (export "two") (param v128 v128) (result v128)
    (i8x16.shuffle 0 31 5 17 9 9 2 30 1 1 1 1 16 3 4 5 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] one
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = v128_const V128Const(bits=9346256754433307669659016079466168335)
;;      2  d0 = vec_tbl d1, d0, Table(registers=1)
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [1] two
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d2 = v128_const V128Const(bits=6666971281548828536890317972066082560)
;;         mov d30, d0
;;      2  d0 = vec_tbl d30, d1, d2, Table(registers=2)
;;      3  jump block1
;; block1:
;;      4  ret d0
;; ==== asm ====
;; 00000110 <[0] one>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  f9400010  ldr     x16, [x0]
;;        11c:  f9400610  ldr     x16, [x16, #8]
;;        120:  d10043f1  sub     x17, sp, #0x10
;;        124:  eb10023f  cmp     x17, x16
;;        128:  54000223  b.lo    #0x16c
;;        12c:  9100023f  mov     sp, x17
;;        130:  f81f83a0  stur    x0, [x29, #-8]
;;        134:  d28001f0  mov     x16, #0xf
;;        138:  f2a021d0  movk    x16, #0x10e, lsl #16
;;        13c:  f2c041b0  movk    x16, #0x20d, lsl #32
;;        140:  f2e06190  movk    x16, #0x30c, lsl #48
;;        144:  9e670200  fmov    d0, x16
;;        148:  d2808170  mov     x16, #0x40b
;;        14c:  f2a0a150  movk    x16, #0x50a, lsl #16
;;        150:  f2c0c130  movk    x16, #0x609, lsl #32
;;        154:  f2e0e110  movk    x16, #0x708, lsl #48
;;        158:  9eaf0200  fmov    v0.d[1], x16
;;        15c:  4e000020  tbl     v0.16b, {v1.16b}, v0.16b
;;        160:  910003bf  mov     sp, x29
;;        164:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        168:  d65f03c0  ret
;;        16c:  52800161  mov     w1, #0xb
;;        170:  97ffffa4  bl      #0  ; trap site, wasm @0x0
;;
;; 00000180 <[1] two>:
;;        180:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        184:  910003fd  mov     x29, sp
;;        188:  f9400010  ldr     x16, [x0]
;;        18c:  f9400610  ldr     x16, [x16, #8]
;;        190:  d10043f1  sub     x17, sp, #0x10
;;        194:  eb10023f  cmp     x17, x16
;;        198:  54000263  b.lo    #0x1e4
;;        19c:  9100023f  mov     sp, x17
;;        1a0:  f81f83a0  stur    x0, [x29, #-8]
;;        1a4:  d283e010  mov     x16, #0x1f00
;;        1a8:  f2a220b0  movk    x16, #0x1105, lsl #16
;;        1ac:  f2c12130  movk    x16, #0x909, lsl #32
;;        1b0:  f2e3c050  movk    x16, #0x1e02, lsl #48
;;        1b4:  9e670202  fmov    d2, x16
;;        1b8:  d2802030  mov     x16, #0x101
;;        1bc:  f2a02030  movk    x16, #0x101, lsl #16
;;        1c0:  f2c06210  movk    x16, #0x310, lsl #32
;;        1c4:  f2e0a090  movk    x16, #0x504, lsl #48
;;        1c8:  9eaf0202  fmov    v2.d[1], x16
;;        1cc:  4ea01c1e  mov     v30.16b, v0.16b
;;        1d0:  4ea11c3f  mov     v31.16b, v1.16b
;;        1d4:  4e0223c0  tbl     v0.16b, {v30.16b, v31.16b}, v2.16b
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
