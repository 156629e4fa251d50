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
;; 00000160 <[0] bitmask8>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  540001a3  b.lo    #0x1ac
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  4f090400  sshr    v0.16b, v0.16b, #7
;;        188:  9c000161  ldr     q1, #0x1b4
;;        18c:  4e211c00  and     v0.16b, v0.16b, v1.16b
;;        190:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        194:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        198:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        19c:  0e023c00  umov    w0, v0.h[0]
;;        1a0:  910003bf  mov     sp, x29
;;        1a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a8:  d65f03c0  ret
;;        1ac:  52800161  mov     w1, #0xb
;;        1b0:  97ffff94  bl      #0  ; trap site, wasm @0x0
;;        1b4:  08040201  stxrb   w4, w1, [x16]
;;
;; 000001d0 <[1] bitmask32>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  54000183  b.lo    #0x218
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  4f210400  sshr    v0.4s, v0.4s, #0x1f
;;        1f8:  0e612800  xtn     v0.4h, v0.4s
;;        1fc:  9c000121  ldr     q1, #0x220
;;        200:  0e211c00  and     v0.8b, v0.8b, v1.8b
;;        204:  0e71b800  addv    h0, v0.4h
;;        208:  0e023c00  umov    w0, v0.h[0]
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;        218:  52800161  mov     w1, #0xb
;;        21c:  97ffff79  bl      #0  ; trap site, wasm @0x0
;;
;; 00000230 <[2] all_true16>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000143  b.lo    #0x270
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  6e71a800  uminv   h0, v0.8h
;;        258:  1e260000  fmov    w0, s0
;;        25c:  7100001f  cmp     w0, #0
;;        260:  1a9f07e0  cset    w0, ne
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  52800161  mov     w1, #0xb
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[3] all_true64>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000163  b.lo    #0x2c4
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  4ee09800  cmeq    v0.2d, v0.2d, #0
;;        2a8:  6eb0a800  umaxv   s0, v0.4s
;;        2ac:  1e260000  fmov    w0, s0
;;        2b0:  7100001f  cmp     w0, #0
;;        2b4:  1a9f17e0  cset    w0, eq
;;        2b8:  910003bf  mov     sp, x29
;;        2bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c0:  d65f03c0  ret
;;        2c4:  52800161  mov     w1, #0xb
;;        2c8:  97ffff4e  bl      #0  ; trap site, wasm @0x0
;;
;; 000002d0 <[4] any_true>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  f9400010  ldr     x16, [x0]
;;        2dc:  f9400610  ldr     x16, [x16, #8]
;;        2e0:  d10043f1  sub     x17, sp, #0x10
;;        2e4:  eb10023f  cmp     x17, x16
;;        2e8:  54000143  b.lo    #0x310
;;        2ec:  9100023f  mov     sp, x17
;;        2f0:  f81f83a0  stur    x0, [x29, #-8]
;;        2f4:  6eb0a800  umaxv   s0, v0.4s
;;        2f8:  1e260000  fmov    w0, s0
;;        2fc:  7100001f  cmp     w0, #0
;;        300:  1a9f07e0  cset    w0, ne
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
;;        310:  52800161  mov     w1, #0xb
;;        314:  97ffff3b  bl      #0  ; trap site, wasm @0x0
