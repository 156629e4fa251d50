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
;; 00000220 <[0] lt>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  540000e3  b.lo    #0x254
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  6ea0e420  fcmgt   v0.4s, v1.4s, v0.4s
;;        248:  910003bf  mov     sp, x29
;;        24c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        250:  d65f03c0  ret
;;        254:  52800161  mov     w1, #0xb
;;        258:  97ffff6a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000260 <[1] ne>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000103  b.lo    #0x298
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  4e61e400  fcmeq   v0.2d, v0.2d, v1.2d
;;        288:  6e205800  mvn     v0.16b, v0.16b
;;        28c:  910003bf  mov     sp, x29
;;        290:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        294:  d65f03c0  ret
;;        298:  52800161  mov     w1, #0xb
;;        29c:  97ffff59  bl      #0  ; trap site, wasm @0x0
;;
;; 000002a0 <[2] lt_zero>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  f9400010  ldr     x16, [x0]
;;        2ac:  f9400610  ldr     x16, [x16, #8]
;;        2b0:  d10043f1  sub     x17, sp, #0x10
;;        2b4:  eb10023f  cmp     x17, x16
;;        2b8:  540000e3  b.lo    #0x2d4
;;        2bc:  9100023f  mov     sp, x17
;;        2c0:  f81f83a0  stur    x0, [x29, #-8]
;;        2c4:  4ea0e800  fcmlt   v0.4s, v0.4s, #0.0
;;        2c8:  910003bf  mov     sp, x29
;;        2cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d0:  d65f03c0  ret
;;        2d4:  52800161  mov     w1, #0xb
;;        2d8:  97ffff4a  bl      #0  ; trap site, wasm @0x0
;;
;; 000002e0 <[3] zero_ge>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  540000e3  b.lo    #0x314
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  6ee0d800  fcmle   v0.2d, v0.2d, #0.0
;;        308:  910003bf  mov     sp, x29
;;        30c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        310:  d65f03c0  ret
;;        314:  52800161  mov     w1, #0xb
;;        318:  97ffff3a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000320 <[4] ne_zero>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  f9400010  ldr     x16, [x0]
;;        32c:  f9400610  ldr     x16, [x16, #8]
;;        330:  d10043f1  sub     x17, sp, #0x10
;;        334:  eb10023f  cmp     x17, x16
;;        338:  54000103  b.lo    #0x358
;;        33c:  9100023f  mov     sp, x17
;;        340:  f81f83a0  stur    x0, [x29, #-8]
;;        344:  4ea0d800  fcmeq   v0.4s, v0.4s, #0.0
;;        348:  6e205800  mvn     v0.16b, v0.16b
;;        34c:  910003bf  mov     sp, x29
;;        350:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        354:  d65f03c0  ret
;;        358:  52800161  mov     w1, #0xb
;;        35c:  97ffff29  bl      #0  ; trap site, wasm @0x0
;;
;; 00000360 <[5] minus_zero_stays>:
;;        360:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        364:  910003fd  mov     x29, sp
;;        368:  f9400010  ldr     x16, [x0]
;;        36c:  f9400610  ldr     x16, [x16, #8]
;;        370:  d10043f1  sub     x17, sp, #0x10
;;        374:  eb10023f  cmp     x17, x16
;;        378:  54000103  b.lo    #0x398
;;        37c:  9100023f  mov     sp, x17
;;        380:  f81f83a0  stur    x0, [x29, #-8]
;;        384:  4f046401  movi    v1.4s, #0x80, lsl #24
;;        388:  4e21e400  fcmeq   v0.4s, v0.4s, v1.4s
;;        38c:  910003bf  mov     sp, x29
;;        390:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        394:  d65f03c0  ret
;;        398:  52800161  mov     w1, #0xb
;;        39c:  97ffff19  bl      #0  ; trap site, wasm @0x0
