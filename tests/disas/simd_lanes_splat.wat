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
;; 000003b0 <[0] i8>:
;;        3b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3b4:  910003fd  mov     x29, sp
;;        3b8:  f9400010  ldr     x16, [x0]
;;        3bc:  f9400610  ldr     x16, [x16, #8]
;;        3c0:  d10043f1  sub     x17, sp, #0x10
;;        3c4:  eb10023f  cmp     x17, x16
;;        3c8:  540000e3  b.lo    #0x3e4
;;        3cc:  9100023f  mov     sp, x17
;;        3d0:  f81f83a0  stur    x0, [x29, #-8]
;;        3d4:  4e010c20  dup     v0.16b, w1
;;        3d8:  910003bf  mov     sp, x29
;;        3dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3e0:  d65f03c0  ret
;;        3e4:  52800161  mov     w1, #0xb
;;        3e8:  97ffff06  bl      #0  ; trap site, wasm @0x0
;;
;; 000003f0 <[1] i64>:
;;        3f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3f4:  910003fd  mov     x29, sp
;;        3f8:  f9400010  ldr     x16, [x0]
;;        3fc:  f9400610  ldr     x16, [x16, #8]
;;        400:  d10043f1  sub     x17, sp, #0x10
;;        404:  eb10023f  cmp     x17, x16
;;        408:  540000e3  b.lo    #0x424
;;        40c:  9100023f  mov     sp, x17
;;        410:  f81f83a0  stur    x0, [x29, #-8]
;;        414:  4e080c20  dup     v0.2d, x1
;;        418:  910003bf  mov     sp, x29
;;        41c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        420:  d65f03c0  ret
;;        424:  52800161  mov     w1, #0xb
;;        428:  97fffef6  bl      #0  ; trap site, wasm @0x0
;;
;; 00000430 <[2] f32>:
;;        430:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        434:  910003fd  mov     x29, sp
;;        438:  f9400010  ldr     x16, [x0]
;;        43c:  f9400610  ldr     x16, [x16, #8]
;;        440:  d10043f1  sub     x17, sp, #0x10
;;        444:  eb10023f  cmp     x17, x16
;;        448:  540000e3  b.lo    #0x464
;;        44c:  9100023f  mov     sp, x17
;;        450:  f81f83a0  stur    x0, [x29, #-8]
;;        454:  4e040400  dup     v0.4s, v0.s[0]
;;        458:  910003bf  mov     sp, x29
;;        45c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        460:  d65f03c0  ret
;;        464:  52800161  mov     w1, #0xb
;;        468:  97fffee6  bl      #0  ; trap site, wasm @0x0
;;
;; 00000470 <[3] f64>:
;;        470:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        474:  910003fd  mov     x29, sp
;;        478:  f9400010  ldr     x16, [x0]
;;        47c:  f9400610  ldr     x16, [x16, #8]
;;        480:  d10043f1  sub     x17, sp, #0x10
;;        484:  eb10023f  cmp     x17, x16
;;        488:  540000e3  b.lo    #0x4a4
;;        48c:  9100023f  mov     sp, x17
;;        490:  f81f83a0  stur    x0, [x29, #-8]
;;        494:  4e080400  dup     v0.2d, v0.d[0]
;;        498:  910003bf  mov     sp, x29
;;        49c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4a0:  d65f03c0  ret
;;        4a4:  52800161  mov     w1, #0xb
;;        4a8:  97fffed6  bl      #0  ; trap site, wasm @0x0
;;
;; 000004b0 <[4] const>:
;;        4b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4b4:  910003fd  mov     x29, sp
;;        4b8:  f9400010  ldr     x16, [x0]
;;        4bc:  f9400610  ldr     x16, [x16, #8]
;;        4c0:  d10043f1  sub     x17, sp, #0x10
;;        4c4:  eb10023f  cmp     x17, x16
;;        4c8:  540000e3  b.lo    #0x4e4
;;        4cc:  9100023f  mov     sp, x17
;;        4d0:  f81f83a0  stur    x0, [x29, #-8]
;;        4d4:  6f008420  mvni    v0.8h, #1
;;        4d8:  910003bf  mov     sp, x29
;;        4dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4e0:  d65f03c0  ret
;;        4e4:  52800161  mov     w1, #0xb
;;        4e8:  97fffec6  bl      #0  ; trap site, wasm @0x0
