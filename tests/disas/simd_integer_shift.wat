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
;; 000001b0 <[0] shl_const>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d10043f1  sub     x17, sp, #0x10
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  540000e3  b.lo    #0x1e4
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  4f115400  shl     v0.8h, v0.8h, #1
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
;;
;; 000001f0 <[1] shr_u_by_width>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540000e3  b.lo    #0x224
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  4f205400  shl     v0.4s, v0.4s, #0
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
;;
;; 00000230 <[2] shr_s>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000143  b.lo    #0x270
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  12000820  and     w0, w1, #7
;;        258:  4b0003e0  neg     w0, w0
;;        25c:  4e010c01  dup     v1.16b, w0
;;        260:  4e214400  sshl    v0.16b, v0.16b, v1.16b
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  52800161  mov     w1, #0xb
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[3] shl>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000123  b.lo    #0x2bc
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  12001420  and     w0, w1, #0x3f
;;        2a8:  4e080c01  dup     v1.2d, x0
;;        2ac:  6ee14400  ushl    v0.2d, v0.2d, v1.2d
;;        2b0:  910003bf  mov     sp, x29
;;        2b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b8:  d65f03c0  ret
;;        2bc:  52800161  mov     w1, #0xb
;;        2c0:  97ffff50  bl      #0  ; trap site, wasm @0x0
