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
;;      0  x0, q0, q1 = args
;;      1  q0 = v128_const bits=9346256754433307669659016079466168335
;;      2  q0 = vec_tbl q1, q0, registers=1
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [1] two
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q2 = v128_const bits=6666971281548828536890317972066082560
;;         mov q30, q0
;;      2  q0 = vec_tbl q30, q1, q2, registers=2
;;      3  jump block1
;; block1:
;;      4  ret q0
;; ==== asm ====
;; 00000170 <[0] one>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  9c0000a0  ldr     q0, #0x194
;;        184:  4e000020  tbl     v0.16b, {v1.16b}, v0.16b
;;        188:  910003bf  mov     sp, x29
;;        18c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        190:  d65f03c0  ret
;;
;; 000001b0 <[1] two>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  9c0000e2  ldr     q2, #0x1dc
;;        1c4:  4ea01c1e  mov     v30.16b, v0.16b
;;        1c8:  4ea11c3f  mov     v31.16b, v1.16b
;;        1cc:  4e0223c0  tbl     v0.16b, {v30.16b, v31.16b}, v2.16b
;;        1d0:  910003bf  mov     sp, x29
;;        1d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d8:  d65f03c0  ret
;;        1dc:  11051f00  add     w0, w24, #0x147
