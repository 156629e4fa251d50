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
;; 000001e0 <[0] bitselect>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000103  b.lo    #0x218
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  6e611c02  bsl     v2.16b, v0.16b, v1.16b
;;        208:  4ea21c40  mov     v0.16b, v2.16b
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;        218:  52800161  mov     w1, #0xb
;;        21c:  97ffff79  bl      #0  ; trap site, wasm @0x0
;;
;; 00000220 <[1] mask_kept>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  54000143  b.lo    #0x260
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  4ea01c03  mov     v3.16b, v0.16b
;;        248:  4ea21c40  mov     v0.16b, v2.16b
;;        24c:  6e611c60  bsl     v0.16b, v3.16b, v1.16b
;;        250:  6e221c00  eor     v0.16b, v0.16b, v2.16b
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
;;        260:  52800161  mov     w1, #0xb
;;        264:  97ffff67  bl      #0  ; trap site, wasm @0x0
;;
;; 00000270 <[2] narrow_u>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  54000103  b.lo    #0x2a8
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  2e612800  sqxtun  v0.4h, v0.4s
;;        298:  6e612820  sqxtun2 v0.8h, v1.4s
;;        29c:  910003bf  mov     sp, x29
;;        2a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a4:  d65f03c0  ret
;;        2a8:  52800161  mov     w1, #0xb
;;        2ac:  97ffff55  bl      #0  ; trap site, wasm @0x0
