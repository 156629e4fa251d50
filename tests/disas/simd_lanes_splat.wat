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
;;        418:  d10043ff  sub     sp, sp, #0x10
;;        41c:  f81f83a0  stur    x0, [x29, #-8]
;;        420:  4e010c20  dup     v0.16b, w1
;;        424:  910003bf  mov     sp, x29
;;        428:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        42c:  d65f03c0  ret
;;
;; 00000430 <[1] i64>:
;;        430:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        434:  910003fd  mov     x29, sp
;;        438:  d10043ff  sub     sp, sp, #0x10
;;        43c:  f81f83a0  stur    x0, [x29, #-8]
;;        440:  4e080c20  dup     v0.2d, x1
;;        444:  910003bf  mov     sp, x29
;;        448:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        44c:  d65f03c0  ret
;;
;; 00000450 <[2] f32>:
;;        450:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        454:  910003fd  mov     x29, sp
;;        458:  d10043ff  sub     sp, sp, #0x10
;;        45c:  f81f83a0  stur    x0, [x29, #-8]
;;        460:  4e040400  dup     v0.4s, v0.s[0]
;;        464:  910003bf  mov     sp, x29
;;        468:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        46c:  d65f03c0  ret
;;
;; 00000470 <[3] f64>:
;;        470:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        474:  910003fd  mov     x29, sp
;;        478:  d10043ff  sub     sp, sp, #0x10
;;        47c:  f81f83a0  stur    x0, [x29, #-8]
;;        480:  4e080400  dup     v0.2d, v0.d[0]
;;        484:  910003bf  mov     sp, x29
;;        488:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        48c:  d65f03c0  ret
;;
;; 00000490 <[4] const>:
;;        490:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        494:  910003fd  mov     x29, sp
;;        498:  d10043ff  sub     sp, sp, #0x10
;;        49c:  f81f83a0  stur    x0, [x29, #-8]
;;        4a0:  6f008420  mvni    v0.8h, #1
;;        4a4:  910003bf  mov     sp, x29
;;        4a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4ac:  d65f03c0  ret
