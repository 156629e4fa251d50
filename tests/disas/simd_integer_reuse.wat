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
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000103  b.lo    #0x278
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  6e611c02  bsl     v2.16b, v0.16b, v1.16b
;;        268:  4ea21c40  mov     v0.16b, v2.16b
;;        26c:  910003bf  mov     sp, x29
;;        270:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        274:  d65f03c0  ret
;;        278:  52800161  mov     w1, #0xb
;;        27c:  97ffff61  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[1] mask_kept>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000143  b.lo    #0x2c0
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  4ea01c03  mov     v3.16b, v0.16b
;;        2a8:  4ea21c40  mov     v0.16b, v2.16b
;;        2ac:  6e611c60  bsl     v0.16b, v3.16b, v1.16b
;;        2b0:  6e221c00  eor     v0.16b, v0.16b, v2.16b
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
;;        2c0:  52800161  mov     w1, #0xb
;;        2c4:  97ffff4f  bl      #0  ; trap site, wasm @0x0
;;
;; 000002d0 <[2] narrow_u>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  f9400010  ldr     x16, [x0]
;;        2dc:  f9400610  ldr     x16, [x16, #8]
;;        2e0:  d10043f1  sub     x17, sp, #0x10
;;        2e4:  eb10023f  cmp     x17, x16
;;        2e8:  54000103  b.lo    #0x308
;;        2ec:  9100023f  mov     sp, x17
;;        2f0:  f81f83a0  stur    x0, [x29, #-8]
;;        2f4:  2e612800  sqxtun  v0.4h, v0.4s
;;        2f8:  6e612820  sqxtun2 v0.8h, v1.4s
;;        2fc:  910003bf  mov     sp, x29
;;        300:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        304:  d65f03c0  ret
;;        308:  52800161  mov     w1, #0xb
;;        30c:  97ffff3d  bl      #0  ; trap site, wasm @0x0
