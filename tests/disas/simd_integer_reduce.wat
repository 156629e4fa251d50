(module
  (func (export "bitmask8") (param v128) (result i32) (i8x16.bitmask (local.get 0)))
  (func (export "bitmask32") (param v128) (result i32) (i32x4.bitmask (local.get 0)))
  (func (export "all_true16") (param v128) (result i32) (i16x8.all_true (local.get 0)))
  (func (export "all_true64") (param v128) (result i32) (i64x2.all_true (local.get 0)))
  (func (export "any_true") (param v128) (result i32) (v128.any_true (local.get 0))))
;; ==== alloc ====
;; ;; function [0] bitmask8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint_shift.sshr q0, arrangement=16b, amount=7
;;      2  q1 = v128_const bits=170474140766654103035866573857785905665
;;      3  q0 = vint.and q0, q1, arrangement=16b
;;      4  q0 = vint.addp q0, q0, arrangement=16b
;;      5  q0 = vint.addp q0, q0, arrangement=16b
;;      6  q0 = vint.addp q0, q0, arrangement=16b
;;      7  x0 = vec_to_gp q0, arrangement=8h, lane=0
;;      8  jump block1
;; block1:
;;      9  ret x0
;;
;; ;; function [1] bitmask32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint_shift.sshr q0, arrangement=4s, amount=31
;;      2  d0 = vint.xtn q0, arrangement=4h
;;      3  q1 = v128_const bits=41538691783346548173819493862211585
;;      4  d0 = vint.and d0, q1, arrangement=8b
;;      5  d0 = vint.addv d0, arrangement=4h
;;      6  x0 = vec_to_gp d0, arrangement=8h, lane=0
;;      7  jump block1
;; block1:
;;      8  ret x0
;;
;; ;; function [2] all_true16
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  d0 = vint.uminv q0, arrangement=8h
;;      2  x0 = vint_test d0
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [3] all_true64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint.cmeq_zero q0, arrangement=2d
;;      2  d0 = vint.umaxv q0, arrangement=4s
;;      3  x0 = vint_test d0, zero
;;      4  jump block1
;; block1:
;;      5  ret x0
;;
;; ;; function [4] any_true
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  d0 = vint.umaxv q0, arrangement=4s
;;      2  x0 = vint_test d0
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000100 <[0] bitmask8>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  540001a3  b.lo    #0x14c
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  4f090400  sshr    v0.16b, v0.16b, #7
;;        128:  9c000161  ldr     q1, #0x154
;;        12c:  4e211c00  and     v0.16b, v0.16b, v1.16b
;;        130:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        134:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        138:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        13c:  0e023c00  umov    w0, v0.h[0]
;;        140:  910003bf  mov     sp, x29
;;        144:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        148:  d65f03c0  ret
;;        14c:  52800161  mov     w1, #0xb
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x0
;;        154:  08040201  stxrb   w4, w1, [x16]
;;
;; 00000170 <[1] bitmask32>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d10043f1  sub     x17, sp, #0x10
;;        184:  eb10023f  cmp     x17, x16
;;        188:  54000183  b.lo    #0x1b8
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  4f210400  sshr    v0.4s, v0.4s, #0x1f
;;        198:  0e612800  xtn     v0.4h, v0.4s
;;        19c:  9c000121  ldr     q1, #0x1c0
;;        1a0:  0e211c00  and     v0.8b, v0.8b, v1.8b
;;        1a4:  0e71b800  addv    h0, v0.4h
;;        1a8:  0e023c00  umov    w0, v0.h[0]
;;        1ac:  910003bf  mov     sp, x29
;;        1b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b4:  d65f03c0  ret
;;        1b8:  52800161  mov     w1, #0xb
;;        1bc:  97ffff91  bl      #0  ; trap site, wasm @0x0
;;
;; 000001d0 <[2] all_true16>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  54000143  b.lo    #0x210
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  6e71a800  uminv   h0, v0.8h
;;        1f8:  1e260000  fmov    w0, s0
;;        1fc:  7100001f  cmp     w0, #0
;;        200:  1a9f07e0  cset    w0, ne
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;        210:  52800161  mov     w1, #0xb
;;        214:  97ffff7b  bl      #0  ; trap site, wasm @0x0
;;
;; 00000220 <[3] all_true64>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  54000163  b.lo    #0x264
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  4ee09800  cmeq    v0.2d, v0.2d, #0
;;        248:  6eb0a800  umaxv   s0, v0.4s
;;        24c:  1e260000  fmov    w0, s0
;;        250:  7100001f  cmp     w0, #0
;;        254:  1a9f17e0  cset    w0, eq
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;        264:  52800161  mov     w1, #0xb
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x0
;;
;; 00000270 <[4] any_true>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  54000143  b.lo    #0x2b0
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  6eb0a800  umaxv   s0, v0.4s
;;        298:  1e260000  fmov    w0, s0
;;        29c:  7100001f  cmp     w0, #0
;;        2a0:  1a9f07e0  cset    w0, ne
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
;;        2b0:  52800161  mov     w1, #0xb
;;        2b4:  97ffff53  bl      #0  ; trap site, wasm @0x0
