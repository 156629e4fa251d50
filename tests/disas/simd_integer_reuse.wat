(module
  (func (export "bitselect") (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "mask_kept") (param v128 v128 v128) (result v128)
    (v128.xor (v128.bitselect (local.get 0) (local.get 1) (local.get 2)) (local.get 2)))
  (func (export "narrow_u") (param v128 v128) (result v128) (i16x8.narrow_i32x4_u (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] bitselect
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1, q2 = args
;;      1  q2 = vint_acc.bsl q2, q0, q1, arrangement=16b
;;      2  jump block1
;; block1:
;;         mov q0, q2
;;      3  ret q0
;;
;; ;; function [1] mask_kept
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1, q2 = args
;;         mov q3, q0
;;         mov q0, q2
;;      1  q0 = vint_acc.bsl q0, q3, q1, arrangement=16b
;;      2  q0 = vint.eor q0, q2, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [2] narrow_u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vint.sqxtun q0, arrangement=4h
;;      2  q0 = vint_acc.sqxtun2 q0, q1, arrangement=8h
;;      3  jump block1
;; block1:
;;      4  ret q0
;; ==== asm ====
;; 00000240 <[0] bitselect>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  6e611c02  bsl     v2.16b, v0.16b, v1.16b
;;        254:  4ea21c40  mov     v0.16b, v2.16b
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;
;; 00000270 <[1] mask_kept>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  d10043ff  sub     sp, sp, #0x10
;;        27c:  f81f83a0  stur    x0, [x29, #-8]
;;        280:  4ea01c03  mov     v3.16b, v0.16b
;;        284:  4ea21c40  mov     v0.16b, v2.16b
;;        288:  6e611c60  bsl     v0.16b, v3.16b, v1.16b
;;        28c:  6e221c00  eor     v0.16b, v0.16b, v2.16b
;;        290:  910003bf  mov     sp, x29
;;        294:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        298:  d65f03c0  ret
;;
;; 000002a0 <[2] narrow_u>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  d10043ff  sub     sp, sp, #0x10
;;        2ac:  f81f83a0  stur    x0, [x29, #-8]
;;        2b0:  2e612800  sqxtun  v0.4h, v0.4s
;;        2b4:  6e612820  sqxtun2 v0.8h, v1.4s
;;        2b8:  910003bf  mov     sp, x29
;;        2bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c0:  d65f03c0  ret
