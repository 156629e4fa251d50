(module
  (func (export "identity") (param v128 v128) (result v128)
    (i8x16.shuffle 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 (local.get 0) (local.get 1)))
  (func (export "dup") (param v128 v128) (result v128)
    (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get 0) (local.get 1)))
  (func (export "ext") (param v128 v128) (result v128)
    (i8x16.shuffle 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 (local.get 0) (local.get 1)))
  (func (export "zip1_swapped") (param v128 v128) (result v128)
    (i8x16.shuffle 16 0 17 1 18 2 19 3 20 4 21 5 22 6 23 7 (local.get 0) (local.get 1)))
  (func (export "uzp2_8h") (param v128 v128) (result v128)
    (i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31 (local.get 0) (local.get 1)))
  (func (export "trn1_4s") (param v128 v128) (result v128)
    (i8x16.shuffle 0 1 2 3 16 17 18 19 8 9 10 11 24 25 26 27 (local.get 0) (local.get 1)))
  (func (export "rev64_16b") (param v128 v128) (result v128)
    (i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8 (local.get 0) (local.get 1)))
  (func (export "ins_8h") (param v128 v128) (result v128)
    (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 20 21 14 15 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] identity
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q1 = vec_copy q1
;;      2  jump block1
;; block1:
;;         mov q0, q1
;;      3  ret q0
;;
;; ;; function [1] dup
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_dup_lane q0, arrangement=4s, lane=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [2] ext
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_ext q0, q1, index=3
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [3] zip1_swapped
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_permute.zip1 q1, q0, arrangement=16b
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [4] uzp2_8h
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_permute.uzp2 q0, q1, arrangement=8h
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [5] trn1_4s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_permute.trn1 q0, q1, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [6] rev64_16b
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_rev.rev64 q0, arrangement=16b
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [7] ins_8h
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_ins_lane q0, q1, arrangement=8h, lane=6, source=2
;;      2  jump block1
;; block1:
;;      3  ret q0
;; ==== asm ====
;; 00000110 <[0] identity>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  f9400010  ldr     x16, [x0]
;;        11c:  f9400610  ldr     x16, [x16, #8]
;;        120:  d10043f1  sub     x17, sp, #0x10
;;        124:  eb10023f  cmp     x17, x16
;;        128:  540000e3  b.lo    #0x144
;;        12c:  9100023f  mov     sp, x17
;;        130:  f81f83a0  stur    x0, [x29, #-8]
;;        134:  4ea11c20  mov     v0.16b, v1.16b
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  52800161  mov     w1, #0xb
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x0
;;
;; 00000150 <[1] dup>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540000e3  b.lo    #0x184
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  4e0c0400  dup     v0.4s, v0.s[1]
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
;;        184:  52800161  mov     w1, #0xb
;;        188:  97ffff9e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000190 <[2] ext>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540000e3  b.lo    #0x1c4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  6e011800  ext     v0.16b, v0.16b, v1.16b, #3
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;        1c4:  52800161  mov     w1, #0xb
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x0
;;
;; 000001d0 <[3] zip1_swapped>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  540000e3  b.lo    #0x204
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  4e003820  zip1    v0.16b, v1.16b, v0.16b
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;        204:  52800161  mov     w1, #0xb
;;        208:  97ffff7e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000210 <[4] uzp2_8h>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10043f1  sub     x17, sp, #0x10
;;        224:  eb10023f  cmp     x17, x16
;;        228:  540000e3  b.lo    #0x244
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  4e415800  uzp2    v0.8h, v0.8h, v1.8h
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;        244:  52800161  mov     w1, #0xb
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000250 <[5] trn1_4s>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10043f1  sub     x17, sp, #0x10
;;        264:  eb10023f  cmp     x17, x16
;;        268:  540000e3  b.lo    #0x284
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  4e812800  trn1    v0.4s, v0.4s, v1.4s
;;        278:  910003bf  mov     sp, x29
;;        27c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        280:  d65f03c0  ret
;;        284:  52800161  mov     w1, #0xb
;;        288:  97ffff5e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000290 <[6] rev64_16b>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  540000e3  b.lo    #0x2c4
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  4e200800  rev64   v0.16b, v0.16b
;;        2b8:  910003bf  mov     sp, x29
;;        2bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c0:  d65f03c0  ret
;;        2c4:  52800161  mov     w1, #0xb
;;        2c8:  97ffff4e  bl      #0  ; trap site, wasm @0x0
;;
;; 000002d0 <[7] ins_8h>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  f9400010  ldr     x16, [x0]
;;        2dc:  f9400610  ldr     x16, [x16, #8]
;;        2e0:  d10043f1  sub     x17, sp, #0x10
;;        2e4:  eb10023f  cmp     x17, x16
;;        2e8:  540000e3  b.lo    #0x304
;;        2ec:  9100023f  mov     sp, x17
;;        2f0:  f81f83a0  stur    x0, [x29, #-8]
;;        2f4:  6e1a2420  mov     v0.h[6], v1.h[2]
;;        2f8:  910003bf  mov     sp, x29
;;        2fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        300:  d65f03c0  ret
;;        304:  52800161  mov     w1, #0xb
;;        308:  97ffff3e  bl      #0  ; trap site, wasm @0x0
