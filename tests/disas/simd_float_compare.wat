(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f64x2.ne (local.get 0) (local.get 1)))
  (func (export "lt_zero") (param v128) (result v128) (f32x4.lt (local.get 0) (v128.const i64x2 0 0)))
  (func (export "zero_ge") (param v128) (result v128) (f64x2.ge (v128.const i64x2 0 0) (local.get 0)))
  (func (export "ne_zero") (param v128) (result v128) (f32x4.ne (local.get 0) (v128.const i64x2 0 0)))
  (func (export "minus_zero_stays") (param v128) (result v128)
    (f32x4.eq (local.get 0) (v128.const f32x4 -0 -0 -0 -0))))
;; ==== alloc ====
;; ;; function [0] lt
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vfloat.fcmgt q1, q0, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] ne
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vfloat.fcmeq q0, q1, arrangement=2d
;;      2  q0 = vfloat.not q0, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [2] lt_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcmlt_zero q0, arrangement=4s
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [3] zero_ge
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcmle_zero q0, arrangement=2d
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [4] ne_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcmeq_zero q0, arrangement=4s
;;      2  q0 = vfloat.not q0, arrangement=16b
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [5] minus_zero_stays
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q1 = v128_const bits=170141183500083312998042844551658340352
;;      2  q0 = vfloat.fcmeq q0, q1, arrangement=4s
;;      3  jump block1
;; block1:
;;      4  ret q0
;; ==== asm ====
;; 000001c0 <[0] lt>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f9400610  ldr     x16, [x16, #8]
;;        1d0:  d10043f1  sub     x17, sp, #0x10
;;        1d4:  eb10023f  cmp     x17, x16
;;        1d8:  540000e3  b.lo    #0x1f4
;;        1dc:  9100023f  mov     sp, x17
;;        1e0:  f81f83a0  stur    x0, [x29, #-8]
;;        1e4:  6ea0e420  fcmgt   v0.4s, v1.4s, v0.4s
;;        1e8:  910003bf  mov     sp, x29
;;        1ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f0:  d65f03c0  ret
;;        1f4:  52800161  mov     w1, #0xb
;;        1f8:  97ffff82  bl      #0  ; trap site, wasm @0x0
;;
;; 00000200 <[1] ne>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  54000103  b.lo    #0x238
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  4e61e400  fcmeq   v0.2d, v0.2d, v1.2d
;;        228:  6e205800  mvn     v0.16b, v0.16b
;;        22c:  910003bf  mov     sp, x29
;;        230:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        234:  d65f03c0  ret
;;        238:  52800161  mov     w1, #0xb
;;        23c:  97ffff71  bl      #0  ; trap site, wasm @0x0
;;
;; 00000240 <[2] lt_zero>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  540000e3  b.lo    #0x274
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  4ea0e800  fcmlt   v0.4s, v0.4s, #0.0
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
;;        274:  52800161  mov     w1, #0xb
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[3] zero_ge>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  540000e3  b.lo    #0x2b4
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  6ee0d800  fcmle   v0.2d, v0.2d, #0.0
;;        2a8:  910003bf  mov     sp, x29
;;        2ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b0:  d65f03c0  ret
;;        2b4:  52800161  mov     w1, #0xb
;;        2b8:  97ffff52  bl      #0  ; trap site, wasm @0x0
;;
;; 000002c0 <[4] ne_zero>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  f9400010  ldr     x16, [x0]
;;        2cc:  f9400610  ldr     x16, [x16, #8]
;;        2d0:  d10043f1  sub     x17, sp, #0x10
;;        2d4:  eb10023f  cmp     x17, x16
;;        2d8:  54000103  b.lo    #0x2f8
;;        2dc:  9100023f  mov     sp, x17
;;        2e0:  f81f83a0  stur    x0, [x29, #-8]
;;        2e4:  4ea0d800  fcmeq   v0.4s, v0.4s, #0.0
;;        2e8:  6e205800  mvn     v0.16b, v0.16b
;;        2ec:  910003bf  mov     sp, x29
;;        2f0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f4:  d65f03c0  ret
;;        2f8:  52800161  mov     w1, #0xb
;;        2fc:  97ffff41  bl      #0  ; trap site, wasm @0x0
;;
;; 00000300 <[5] minus_zero_stays>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  f9400010  ldr     x16, [x0]
;;        30c:  f9400610  ldr     x16, [x16, #8]
;;        310:  d10043f1  sub     x17, sp, #0x10
;;        314:  eb10023f  cmp     x17, x16
;;        318:  54000103  b.lo    #0x338
;;        31c:  9100023f  mov     sp, x17
;;        320:  f81f83a0  stur    x0, [x29, #-8]
;;        324:  4f046401  movi    v1.4s, #0x80, lsl #24
;;        328:  4e21e400  fcmeq   v0.4s, v0.4s, v1.4s
;;        32c:  910003bf  mov     sp, x29
;;        330:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        334:  d65f03c0  ret
;;        338:  52800161  mov     w1, #0xb
;;        33c:  97ffff31  bl      #0  ; trap site, wasm @0x0
