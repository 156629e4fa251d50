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
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  4ea11c20  mov     v0.16b, v1.16b
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
;;
;; 00000190 <[1] dup>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  4e0c0400  dup     v0.4s, v0.s[1]
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;
;; 000001b0 <[2] ext>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  6e011800  ext     v0.16b, v0.16b, v1.16b, #3
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;
;; 000001d0 <[3] zip1_swapped>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  d10043ff  sub     sp, sp, #0x10
;;        1dc:  f81f83a0  stur    x0, [x29, #-8]
;;        1e0:  4e003820  zip1    v0.16b, v1.16b, v0.16b
;;        1e4:  910003bf  mov     sp, x29
;;        1e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ec:  d65f03c0  ret
;;
;; 000001f0 <[4] uzp2_8h>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  4e415800  uzp2    v0.8h, v0.8h, v1.8h
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[5] trn1_4s>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  4e812800  trn1    v0.4s, v0.4s, v1.4s
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;
;; 00000230 <[6] rev64_16b>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  4e200800  rev64   v0.16b, v0.16b
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;
;; 00000250 <[7] ins_8h>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  6e1a2420  mov     v0.h[6], v1.h[2]
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
