(module
  (func (export "extract_s") (param v128) (result i32) (i8x16.extract_lane_s 9 (local.get 0)))
  (func (export "extract_u") (param v128) (result i32) (i16x8.extract_lane_u 3 (local.get 0)))
  (func (export "extract_i64") (param v128) (result i64) (i64x2.extract_lane 1 (local.get 0)))
  (func (export "extract_f32") (param v128) (result f32) (f32x4.extract_lane 2 (local.get 0)))
  (func (export "replace_i32") (param v128 i32) (result v128) (i32x4.replace_lane 3 (local.get 0) (local.get 1)))
  (func (export "replace_f64") (param v128 f64) (result v128) (f64x2.replace_lane 1 (local.get 0) (local.get 1)))
  ;; the input stays live: the allocator copies it before the insert writes its register
  (func (export "replace_keeps_input") (param v128 i32) (result v128 v128)
    (i8x16.replace_lane 0 (local.get 0) (local.get 1)) (local.get 0)))
;; ==== alloc ====
;; ;; function [0] extract_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  x0 = vec_to_gp q0, arrangement=16b, lane=9, signed
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] extract_u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  x0 = vec_to_gp q0, arrangement=8h, lane=3
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] extract_i64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  x0 = vec_to_gp q0, arrangement=2d, lane=1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [3] extract_f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  d0 = vec_to_scalar q0, arrangement=4s, lane=2
;;      2  jump block1
;; block1:
;;      3  ret d0
;;
;; ;; function [4] replace_i32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, x1 = args
;;      1  q0 = vec_ins_gp q0, x1, arrangement=4s, lane=3
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [5] replace_f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, d1 = args
;;      1  q0 = vec_ins_lane q0, d1, arrangement=2d, lane=1, source=0
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [6] replace_keeps_input
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, x1 = args
;;         mov q1, q0
;;      1  q0 = vec_ins_gp q0, x1, arrangement=16b, lane=0
;;      2  jump block1
;; block1:
;;      3  ret q0, q1
;; ==== asm ====
;; 000004e0 <[0] extract_s>:
;;        4e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4e4:  910003fd  mov     x29, sp
;;        4e8:  d10043ff  sub     sp, sp, #0x10
;;        4ec:  f81f83a0  stur    x0, [x29, #-8]
;;        4f0:  0e132c00  smov    w0, v0.b[9]
;;        4f4:  910003bf  mov     sp, x29
;;        4f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4fc:  d65f03c0  ret
;;
;; 00000500 <[1] extract_u>:
;;        500:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        504:  910003fd  mov     x29, sp
;;        508:  d10043ff  sub     sp, sp, #0x10
;;        50c:  f81f83a0  stur    x0, [x29, #-8]
;;        510:  0e0e3c00  umov    w0, v0.h[3]
;;        514:  910003bf  mov     sp, x29
;;        518:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        51c:  d65f03c0  ret
;;
;; 00000520 <[2] extract_i64>:
;;        520:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        524:  910003fd  mov     x29, sp
;;        528:  d10043ff  sub     sp, sp, #0x10
;;        52c:  f81f83a0  stur    x0, [x29, #-8]
;;        530:  4e183c00  mov     x0, v0.d[1]
;;        534:  910003bf  mov     sp, x29
;;        538:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        53c:  d65f03c0  ret
;;
;; 00000540 <[3] extract_f32>:
;;        540:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        544:  910003fd  mov     x29, sp
;;        548:  d10043ff  sub     sp, sp, #0x10
;;        54c:  f81f83a0  stur    x0, [x29, #-8]
;;        550:  5e140400  mov     s0, v0.s[2]
;;        554:  910003bf  mov     sp, x29
;;        558:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        55c:  d65f03c0  ret
;;
;; 00000560 <[4] replace_i32>:
;;        560:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        564:  910003fd  mov     x29, sp
;;        568:  d10043ff  sub     sp, sp, #0x10
;;        56c:  f81f83a0  stur    x0, [x29, #-8]
;;        570:  4e1c1c20  mov     v0.s[3], w1
;;        574:  910003bf  mov     sp, x29
;;        578:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        57c:  d65f03c0  ret
;;
;; 00000580 <[5] replace_f64>:
;;        580:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        584:  910003fd  mov     x29, sp
;;        588:  d10043ff  sub     sp, sp, #0x10
;;        58c:  f81f83a0  stur    x0, [x29, #-8]
;;        590:  6e180420  mov     v0.d[1], v1.d[0]
;;        594:  910003bf  mov     sp, x29
;;        598:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        59c:  d65f03c0  ret
;;
;; 000005a0 <[6] replace_keeps_input>:
;;        5a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5a4:  910003fd  mov     x29, sp
;;        5a8:  d10043ff  sub     sp, sp, #0x10
;;        5ac:  f81f83a0  stur    x0, [x29, #-8]
;;        5b0:  4ea01c01  mov     v1.16b, v0.16b
;;        5b4:  4e011c20  mov     v0.b[0], w1
;;        5b8:  910003bf  mov     sp, x29
;;        5bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        5c0:  d65f03c0  ret
