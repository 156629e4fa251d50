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
;; 00000170 <[0] identity>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d10043f1  sub     x17, sp, #0x10
;;        184:  eb10023f  cmp     x17, x16
;;        188:  540000e3  b.lo    #0x1a4
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  4ea11c20  mov     v0.16b, v1.16b
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
;;
;; 000001b0 <[1] dup>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d10043f1  sub     x17, sp, #0x10
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  540000e3  b.lo    #0x1e4
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  4e0c0400  dup     v0.4s, v0.s[1]
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
;;
;; 000001f0 <[2] ext>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540000e3  b.lo    #0x224
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  6e011800  ext     v0.16b, v0.16b, v1.16b, #3
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
;;
;; 00000230 <[3] zip1_swapped>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  540000e3  b.lo    #0x264
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  4e003820  zip1    v0.16b, v1.16b, v0.16b
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;        264:  52800161  mov     w1, #0xb
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x0
;;
;; 00000270 <[4] uzp2_8h>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  540000e3  b.lo    #0x2a4
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  4e415800  uzp2    v0.8h, v0.8h, v1.8h
;;        298:  910003bf  mov     sp, x29
;;        29c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a0:  d65f03c0  ret
;;        2a4:  52800161  mov     w1, #0xb
;;        2a8:  97ffff56  bl      #0  ; trap site, wasm @0x0
;;
;; 000002b0 <[5] trn1_4s>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  f9400010  ldr     x16, [x0]
;;        2bc:  f9400610  ldr     x16, [x16, #8]
;;        2c0:  d10043f1  sub     x17, sp, #0x10
;;        2c4:  eb10023f  cmp     x17, x16
;;        2c8:  540000e3  b.lo    #0x2e4
;;        2cc:  9100023f  mov     sp, x17
;;        2d0:  f81f83a0  stur    x0, [x29, #-8]
;;        2d4:  4e812800  trn1    v0.4s, v0.4s, v1.4s
;;        2d8:  910003bf  mov     sp, x29
;;        2dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2e0:  d65f03c0  ret
;;        2e4:  52800161  mov     w1, #0xb
;;        2e8:  97ffff46  bl      #0  ; trap site, wasm @0x0
;;
;; 000002f0 <[6] rev64_16b>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  f9400010  ldr     x16, [x0]
;;        2fc:  f9400610  ldr     x16, [x16, #8]
;;        300:  d10043f1  sub     x17, sp, #0x10
;;        304:  eb10023f  cmp     x17, x16
;;        308:  540000e3  b.lo    #0x324
;;        30c:  9100023f  mov     sp, x17
;;        310:  f81f83a0  stur    x0, [x29, #-8]
;;        314:  4e200800  rev64   v0.16b, v0.16b
;;        318:  910003bf  mov     sp, x29
;;        31c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        320:  d65f03c0  ret
;;        324:  52800161  mov     w1, #0xb
;;        328:  97ffff36  bl      #0  ; trap site, wasm @0x0
;;
;; 00000330 <[7] ins_8h>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  f9400010  ldr     x16, [x0]
;;        33c:  f9400610  ldr     x16, [x16, #8]
;;        340:  d10043f1  sub     x17, sp, #0x10
;;        344:  eb10023f  cmp     x17, x16
;;        348:  540000e3  b.lo    #0x364
;;        34c:  9100023f  mov     sp, x17
;;        350:  f81f83a0  stur    x0, [x29, #-8]
;;        354:  6e1a2420  mov     v0.h[6], v1.h[2]
;;        358:  910003bf  mov     sp, x29
;;        35c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        360:  d65f03c0  ret
;;        364:  52800161  mov     w1, #0xb
;;        368:  97ffff26  bl      #0  ; trap site, wasm @0x0
