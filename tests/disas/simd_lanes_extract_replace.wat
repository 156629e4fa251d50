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
;;        488:  f9400010  ldr     x16, [x0]
;;        48c:  f9400610  ldr     x16, [x16, #8]
;;        490:  d10043f1  sub     x17, sp, #0x10
;;        494:  eb10023f  cmp     x17, x16
;;        498:  540000e3  b.lo    #0x4b4
;;        49c:  9100023f  mov     sp, x17
;;        4a0:  f81f83a0  stur    x0, [x29, #-8]
;;        4a4:  0e132c00  smov    w0, v0.b[9]
;;        4a8:  910003bf  mov     sp, x29
;;        4ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4b0:  d65f03c0  ret
;;        4b4:  52800161  mov     w1, #0xb
;;        4b8:  97fffed2  bl      #0  ; trap site, wasm @0x0
;;
;; 000004c0 <[1] extract_u>:
;;        4c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4c4:  910003fd  mov     x29, sp
;;        4c8:  f9400010  ldr     x16, [x0]
;;        4cc:  f9400610  ldr     x16, [x16, #8]
;;        4d0:  d10043f1  sub     x17, sp, #0x10
;;        4d4:  eb10023f  cmp     x17, x16
;;        4d8:  540000e3  b.lo    #0x4f4
;;        4dc:  9100023f  mov     sp, x17
;;        4e0:  f81f83a0  stur    x0, [x29, #-8]
;;        4e4:  0e0e3c00  umov    w0, v0.h[3]
;;        4e8:  910003bf  mov     sp, x29
;;        4ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4f0:  d65f03c0  ret
;;        4f4:  52800161  mov     w1, #0xb
;;        4f8:  97fffec2  bl      #0  ; trap site, wasm @0x0
;;
;; 00000500 <[2] extract_i64>:
;;        500:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        504:  910003fd  mov     x29, sp
;;        508:  f9400010  ldr     x16, [x0]
;;        50c:  f9400610  ldr     x16, [x16, #8]
;;        510:  d10043f1  sub     x17, sp, #0x10
;;        514:  eb10023f  cmp     x17, x16
;;        518:  540000e3  b.lo    #0x534
;;        51c:  9100023f  mov     sp, x17
;;        520:  f81f83a0  stur    x0, [x29, #-8]
;;        524:  4e183c00  mov     x0, v0.d[1]
;;        528:  910003bf  mov     sp, x29
;;        52c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        530:  d65f03c0  ret
;;        534:  52800161  mov     w1, #0xb
;;        538:  97fffeb2  bl      #0  ; trap site, wasm @0x0
;;
;; 00000540 <[3] extract_f32>:
;;        540:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        544:  910003fd  mov     x29, sp
;;        548:  f9400010  ldr     x16, [x0]
;;        54c:  f9400610  ldr     x16, [x16, #8]
;;        550:  d10043f1  sub     x17, sp, #0x10
;;        554:  eb10023f  cmp     x17, x16
;;        558:  540000e3  b.lo    #0x574
;;        55c:  9100023f  mov     sp, x17
;;        560:  f81f83a0  stur    x0, [x29, #-8]
;;        564:  5e140400  mov     s0, v0.s[2]
;;        568:  910003bf  mov     sp, x29
;;        56c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        570:  d65f03c0  ret
;;        574:  52800161  mov     w1, #0xb
;;        578:  97fffea2  bl      #0  ; trap site, wasm @0x0
;;
;; 00000580 <[4] replace_i32>:
;;        580:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        584:  910003fd  mov     x29, sp
;;        588:  f9400010  ldr     x16, [x0]
;;        58c:  f9400610  ldr     x16, [x16, #8]
;;        590:  d10043f1  sub     x17, sp, #0x10
;;        594:  eb10023f  cmp     x17, x16
;;        598:  540000e3  b.lo    #0x5b4
;;        59c:  9100023f  mov     sp, x17
;;        5a0:  f81f83a0  stur    x0, [x29, #-8]
;;        5a4:  4e1c1c20  mov     v0.s[3], w1
;;        5a8:  910003bf  mov     sp, x29
;;        5ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        5b0:  d65f03c0  ret
;;        5b4:  52800161  mov     w1, #0xb
;;        5b8:  97fffe92  bl      #0  ; trap site, wasm @0x0
;;
;; 000005c0 <[5] replace_f64>:
;;        5c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5c4:  910003fd  mov     x29, sp
;;        5c8:  f9400010  ldr     x16, [x0]
;;        5cc:  f9400610  ldr     x16, [x16, #8]
;;        5d0:  d10043f1  sub     x17, sp, #0x10
;;        5d4:  eb10023f  cmp     x17, x16
;;        5d8:  540000e3  b.lo    #0x5f4
;;        5dc:  9100023f  mov     sp, x17
;;        5e0:  f81f83a0  stur    x0, [x29, #-8]
;;        5e4:  6e180420  mov     v0.d[1], v1.d[0]
;;        5e8:  910003bf  mov     sp, x29
;;        5ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        5f0:  d65f03c0  ret
;;        5f4:  52800161  mov     w1, #0xb
;;        5f8:  97fffe82  bl      #0  ; trap site, wasm @0x0
;;
;; 00000600 <[6] replace_keeps_input>:
;;        600:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        604:  910003fd  mov     x29, sp
;;        608:  f9400010  ldr     x16, [x0]
;;        60c:  f9400610  ldr     x16, [x16, #8]
;;        610:  d10043f1  sub     x17, sp, #0x10
;;        614:  eb10023f  cmp     x17, x16
;;        618:  54000103  b.lo    #0x638
;;        61c:  9100023f  mov     sp, x17
;;        620:  f81f83a0  stur    x0, [x29, #-8]
;;        624:  4ea01c01  mov     v1.16b, v0.16b
;;        628:  4e011c20  mov     v0.b[0], w1
;;        62c:  910003bf  mov     sp, x29
;;        630:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        634:  d65f03c0  ret
;;        638:  52800161  mov     w1, #0xb
;;        63c:  97fffe71  bl      #0  ; trap site, wasm @0x0
