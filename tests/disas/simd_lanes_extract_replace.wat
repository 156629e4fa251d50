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
;; 00000480 <[0] extract_s>:
;;        480:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        484:  910003fd  mov     x29, sp
;;        488:  d10043ff  sub     sp, sp, #0x10
;;        48c:  f81f83a0  stur    x0, [x29, #-8]
;;        490:  0e132c00  smov    w0, v0.b[9]
;;        494:  910003bf  mov     sp, x29
;;        498:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        49c:  d65f03c0  ret
;;
;; 000004a0 <[1] extract_u>:
;;        4a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4a4:  910003fd  mov     x29, sp
;;        4a8:  d10043ff  sub     sp, sp, #0x10
;;        4ac:  f81f83a0  stur    x0, [x29, #-8]
;;        4b0:  0e0e3c00  umov    w0, v0.h[3]
;;        4b4:  910003bf  mov     sp, x29
;;        4b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4bc:  d65f03c0  ret
;;
;; 000004c0 <[2] extract_i64>:
;;        4c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4c4:  910003fd  mov     x29, sp
;;        4c8:  d10043ff  sub     sp, sp, #0x10
;;        4cc:  f81f83a0  stur    x0, [x29, #-8]
;;        4d0:  4e183c00  mov     x0, v0.d[1]
;;        4d4:  910003bf  mov     sp, x29
;;        4d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4dc:  d65f03c0  ret
;;
;; 000004e0 <[3] extract_f32>:
;;        4e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4e4:  910003fd  mov     x29, sp
;;        4e8:  d10043ff  sub     sp, sp, #0x10
;;        4ec:  f81f83a0  stur    x0, [x29, #-8]
;;        4f0:  5e140400  mov     s0, v0.s[2]
;;        4f4:  910003bf  mov     sp, x29
;;        4f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4fc:  d65f03c0  ret
;;
;; 00000500 <[4] replace_i32>:
;;        500:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        504:  910003fd  mov     x29, sp
;;        508:  d10043ff  sub     sp, sp, #0x10
;;        50c:  f81f83a0  stur    x0, [x29, #-8]
;;        510:  4e1c1c20  mov     v0.s[3], w1
;;        514:  910003bf  mov     sp, x29
;;        518:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        51c:  d65f03c0  ret
;;
;; 00000520 <[5] replace_f64>:
;;        520:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        524:  910003fd  mov     x29, sp
;;        528:  d10043ff  sub     sp, sp, #0x10
;;        52c:  f81f83a0  stur    x0, [x29, #-8]
;;        530:  6e180420  mov     v0.d[1], v1.d[0]
;;        534:  910003bf  mov     sp, x29
;;        538:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        53c:  d65f03c0  ret
;;
;; 00000540 <[6] replace_keeps_input>:
;;        540:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        544:  910003fd  mov     x29, sp
;;        548:  d10043ff  sub     sp, sp, #0x10
;;        54c:  f81f83a0  stur    x0, [x29, #-8]
;;        550:  4ea01c01  mov     v1.16b, v0.16b
;;        554:  4e011c20  mov     v0.b[0], w1
;;        558:  910003bf  mov     sp, x29
;;        55c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        560:  d65f03c0  ret
