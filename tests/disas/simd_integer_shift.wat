(module
  (func (export "shl_const") (param v128) (result v128) (i16x8.shl (local.get 0) (i32.const 17)))
  (func (export "shr_u_by_width") (param v128) (result v128) (i32x4.shr_u (local.get 0) (i32.const 32)))
  (func (export "shr_s") (param v128 i32) (result v128) (i8x16.shr_s (local.get 0) (local.get 1)))
  (func (export "shl") (param v128 i32) (result v128) (i64x2.shl (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] shl_const
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint_shift.shl q0, arrangement=8h, amount=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] shr_u_by_width
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vint_shift.shl q0, arrangement=4s, amount=0
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [2] shr_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, x1 = args
;;      1  x0 = vint_count x1, mask=7, negate
;;      2  q1 = vec_dup_gp x0, arrangement=16b
;;      3  q0 = vint.sshl q0, q1, arrangement=16b
;;      4  jump block1
;; block1:
;;      5  ret q0
;;
;; ;; function [3] shl
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, x1 = args
;;      1  x0 = vint_count x1, mask=63
;;      2  q1 = vec_dup_gp x0, arrangement=2d
;;      3  q0 = vint.ushl q0, q1, arrangement=2d
;;      4  jump block1
;; block1:
;;      5  ret q0
;; ==== asm ====
;; 00000210 <[0] shl_const>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10043f1  sub     x17, sp, #0x10
;;        224:  eb10023f  cmp     x17, x16
;;        228:  540000e3  b.lo    #0x244
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  4f115400  shl     v0.8h, v0.8h, #1
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;        244:  52800161  mov     w1, #0xb
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000250 <[1] shr_u_by_width>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10043f1  sub     x17, sp, #0x10
;;        264:  eb10023f  cmp     x17, x16
;;        268:  540000e3  b.lo    #0x284
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  4f205400  shl     v0.4s, v0.4s, #0
;;        278:  910003bf  mov     sp, x29
;;        27c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        280:  d65f03c0  ret
;;        284:  52800161  mov     w1, #0xb
;;        288:  97ffff5e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000290 <[2] shr_s>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  54000143  b.lo    #0x2d0
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  12000820  and     w0, w1, #7
;;        2b8:  4b0003e0  neg     w0, w0
;;        2bc:  4e010c01  dup     v1.16b, w0
;;        2c0:  4e214400  sshl    v0.16b, v0.16b, v1.16b
;;        2c4:  910003bf  mov     sp, x29
;;        2c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2cc:  d65f03c0  ret
;;        2d0:  52800161  mov     w1, #0xb
;;        2d4:  97ffff4b  bl      #0  ; trap site, wasm @0x0
;;
;; 000002e0 <[3] shl>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  54000123  b.lo    #0x31c
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  12001420  and     w0, w1, #0x3f
;;        308:  4e080c01  dup     v1.2d, x0
;;        30c:  6ee14400  ushl    v0.2d, v0.2d, v1.2d
;;        310:  910003bf  mov     sp, x29
;;        314:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        318:  d65f03c0  ret
;;        31c:  52800161  mov     w1, #0xb
;;        320:  97ffff38  bl      #0  ; trap site, wasm @0x0
