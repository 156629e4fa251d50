(module
  (func (export "i8") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i64") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32") (param f32) (result v128) (f32x4.splat (local.get 0)))
  (func (export "f64") (param f64) (result v128) (f64x2.splat (local.get 0)))
  ;; a splat of a constant: the scalar constant, then dup
  (func (export "const") (result v128) (i16x8.splat (i32.const -2))))
;; ==== alloc ====
;; ;; function [0] i8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  q0 = vec_dup_gp x1, arrangement=16b
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] i64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  q0 = vec_dup_gp x1, arrangement=2d
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [2] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  q0 = vec_dup_lane d0, arrangement=4s, lane=0
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [3] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  q0 = vec_dup_lane d0, arrangement=2d, lane=0
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [4] const
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  q0 = v128_const bits=340277174544850557177215099159739039742
;;      2  jump block1
;; block1:
;;      3  ret q0
;; ==== asm ====
;; 00000410 <[0] i8>:
;;        410:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        414:  910003fd  mov     x29, sp
;;        418:  f9400010  ldr     x16, [x0]
;;        41c:  f9400610  ldr     x16, [x16, #8]
;;        420:  d10043f1  sub     x17, sp, #0x10
;;        424:  eb10023f  cmp     x17, x16
;;        428:  540000e3  b.lo    #0x444
;;        42c:  9100023f  mov     sp, x17
;;        430:  f81f83a0  stur    x0, [x29, #-8]
;;        434:  4e010c20  dup     v0.16b, w1
;;        438:  910003bf  mov     sp, x29
;;        43c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        440:  d65f03c0  ret
;;        444:  52800161  mov     w1, #0xb
;;        448:  97fffeee  bl      #0  ; trap site, wasm @0x0
;;
;; 00000450 <[1] i64>:
;;        450:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        454:  910003fd  mov     x29, sp
;;        458:  f9400010  ldr     x16, [x0]
;;        45c:  f9400610  ldr     x16, [x16, #8]
;;        460:  d10043f1  sub     x17, sp, #0x10
;;        464:  eb10023f  cmp     x17, x16
;;        468:  540000e3  b.lo    #0x484
;;        46c:  9100023f  mov     sp, x17
;;        470:  f81f83a0  stur    x0, [x29, #-8]
;;        474:  4e080c20  dup     v0.2d, x1
;;        478:  910003bf  mov     sp, x29
;;        47c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        480:  d65f03c0  ret
;;        484:  52800161  mov     w1, #0xb
;;        488:  97fffede  bl      #0  ; trap site, wasm @0x0
;;
;; 00000490 <[2] f32>:
;;        490:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        494:  910003fd  mov     x29, sp
;;        498:  f9400010  ldr     x16, [x0]
;;        49c:  f9400610  ldr     x16, [x16, #8]
;;        4a0:  d10043f1  sub     x17, sp, #0x10
;;        4a4:  eb10023f  cmp     x17, x16
;;        4a8:  540000e3  b.lo    #0x4c4
;;        4ac:  9100023f  mov     sp, x17
;;        4b0:  f81f83a0  stur    x0, [x29, #-8]
;;        4b4:  4e040400  dup     v0.4s, v0.s[0]
;;        4b8:  910003bf  mov     sp, x29
;;        4bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4c0:  d65f03c0  ret
;;        4c4:  52800161  mov     w1, #0xb
;;        4c8:  97fffece  bl      #0  ; trap site, wasm @0x0
;;
;; 000004d0 <[3] f64>:
;;        4d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4d4:  910003fd  mov     x29, sp
;;        4d8:  f9400010  ldr     x16, [x0]
;;        4dc:  f9400610  ldr     x16, [x16, #8]
;;        4e0:  d10043f1  sub     x17, sp, #0x10
;;        4e4:  eb10023f  cmp     x17, x16
;;        4e8:  540000e3  b.lo    #0x504
;;        4ec:  9100023f  mov     sp, x17
;;        4f0:  f81f83a0  stur    x0, [x29, #-8]
;;        4f4:  4e080400  dup     v0.2d, v0.d[0]
;;        4f8:  910003bf  mov     sp, x29
;;        4fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        500:  d65f03c0  ret
;;        504:  52800161  mov     w1, #0xb
;;        508:  97fffebe  bl      #0  ; trap site, wasm @0x0
;;
;; 00000510 <[4] const>:
;;        510:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        514:  910003fd  mov     x29, sp
;;        518:  f9400010  ldr     x16, [x0]
;;        51c:  f9400610  ldr     x16, [x16, #8]
;;        520:  d10043f1  sub     x17, sp, #0x10
;;        524:  eb10023f  cmp     x17, x16
;;        528:  540000e3  b.lo    #0x544
;;        52c:  9100023f  mov     sp, x17
;;        530:  f81f83a0  stur    x0, [x29, #-8]
;;        534:  6f008420  mvni    v0.8h, #1
;;        538:  910003bf  mov     sp, x29
;;        53c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        540:  d65f03c0  ret
;;        544:  52800161  mov     w1, #0xb
;;        548:  97fffeae  bl      #0  ; trap site, wasm @0x0
