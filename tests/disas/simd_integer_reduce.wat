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
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  4f090400  sshr    v0.16b, v0.16b, #7
;;        174:  9c000121  ldr     q1, #0x198
;;        178:  4e211c00  and     v0.16b, v0.16b, v1.16b
;;        17c:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        180:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        184:  4e20bc00  addp    v0.16b, v0.16b, v0.16b
;;        188:  0e023c00  umov    w0, v0.h[0]
;;        18c:  910003bf  mov     sp, x29
;;        190:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        194:  d65f03c0  ret
;;        198:  08040201  stxrb   w4, w1, [x16]
;;
;; 000001b0 <[1] bitmask32>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  4f210400  sshr    v0.4s, v0.4s, #0x1f
;;        1c4:  0e612800  xtn     v0.4h, v0.4s
;;        1c8:  9c0000e1  ldr     q1, #0x1e4
;;        1cc:  0e211c00  and     v0.8b, v0.8b, v1.8b
;;        1d0:  0e71b800  addv    h0, v0.4h
;;        1d4:  0e023c00  umov    w0, v0.h[0]
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;
;; 00000200 <[2] all_true16>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  6e71a800  uminv   h0, v0.8h
;;        214:  1e260000  fmov    w0, s0
;;        218:  7100001f  cmp     w0, #0
;;        21c:  1a9f07e0  cset    w0, ne
;;        220:  910003bf  mov     sp, x29
;;        224:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        228:  d65f03c0  ret
;;
;; 00000230 <[3] all_true64>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  4ee09800  cmeq    v0.2d, v0.2d, #0
;;        244:  6eb0a800  umaxv   s0, v0.4s
;;        248:  1e260000  fmov    w0, s0
;;        24c:  7100001f  cmp     w0, #0
;;        250:  1a9f17e0  cset    w0, eq
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
;;
;; 00000260 <[4] any_true>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  6eb0a800  umaxv   s0, v0.4s
;;        274:  1e260000  fmov    w0, s0
;;        278:  7100001f  cmp     w0, #0
;;        27c:  1a9f07e0  cset    w0, ne
;;        280:  910003bf  mov     sp, x29
;;        284:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        288:  d65f03c0  ret
