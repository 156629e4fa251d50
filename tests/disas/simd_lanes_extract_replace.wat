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
;;        4e8:  f9400010  ldr     x16, [x0]
;;        4ec:  f9400610  ldr     x16, [x16, #8]
;;        4f0:  d10043f1  sub     x17, sp, #0x10
;;        4f4:  eb10023f  cmp     x17, x16
;;        4f8:  540000e3  b.lo    #0x514
;;        4fc:  9100023f  mov     sp, x17
;;        500:  f81f83a0  stur    x0, [x29, #-8]
;;        504:  0e132c00  smov    w0, v0.b[9]
;;        508:  910003bf  mov     sp, x29
;;        50c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        510:  d65f03c0  ret
;;        514:  52800161  mov     w1, #0xb
;;        518:  97fffeba  bl      #0  ; trap site, wasm @0x0
;;
;; 00000520 <[1] extract_u>:
;;        520:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        524:  910003fd  mov     x29, sp
;;        528:  f9400010  ldr     x16, [x0]
;;        52c:  f9400610  ldr     x16, [x16, #8]
;;        530:  d10043f1  sub     x17, sp, #0x10
;;        534:  eb10023f  cmp     x17, x16
;;        538:  540000e3  b.lo    #0x554
;;        53c:  9100023f  mov     sp, x17
;;        540:  f81f83a0  stur    x0, [x29, #-8]
;;        544:  0e0e3c00  umov    w0, v0.h[3]
;;        548:  910003bf  mov     sp, x29
;;        54c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        550:  d65f03c0  ret
;;        554:  52800161  mov     w1, #0xb
;;        558:  97fffeaa  bl      #0  ; trap site, wasm @0x0
;;
;; 00000560 <[2] extract_i64>:
;;        560:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        564:  910003fd  mov     x29, sp
;;        568:  f9400010  ldr     x16, [x0]
;;        56c:  f9400610  ldr     x16, [x16, #8]
;;        570:  d10043f1  sub     x17, sp, #0x10
;;        574:  eb10023f  cmp     x17, x16
;;        578:  540000e3  b.lo    #0x594
;;        57c:  9100023f  mov     sp, x17
;;        580:  f81f83a0  stur    x0, [x29, #-8]
;;        584:  4e183c00  mov     x0, v0.d[1]
;;        588:  910003bf  mov     sp, x29
;;        58c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        590:  d65f03c0  ret
;;        594:  52800161  mov     w1, #0xb
;;        598:  97fffe9a  bl      #0  ; trap site, wasm @0x0
;;
;; 000005a0 <[3] extract_f32>:
;;        5a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5a4:  910003fd  mov     x29, sp
;;        5a8:  f9400010  ldr     x16, [x0]
;;        5ac:  f9400610  ldr     x16, [x16, #8]
;;        5b0:  d10043f1  sub     x17, sp, #0x10
;;        5b4:  eb10023f  cmp     x17, x16
;;        5b8:  540000e3  b.lo    #0x5d4
;;        5bc:  9100023f  mov     sp, x17
;;        5c0:  f81f83a0  stur    x0, [x29, #-8]
;;        5c4:  5e140400  mov     s0, v0.s[2]
;;        5c8:  910003bf  mov     sp, x29
;;        5cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        5d0:  d65f03c0  ret
;;        5d4:  52800161  mov     w1, #0xb
;;        5d8:  97fffe8a  bl      #0  ; trap site, wasm @0x0
;;
;; 000005e0 <[4] replace_i32>:
;;        5e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5e4:  910003fd  mov     x29, sp
;;        5e8:  f9400010  ldr     x16, [x0]
;;        5ec:  f9400610  ldr     x16, [x16, #8]
;;        5f0:  d10043f1  sub     x17, sp, #0x10
;;        5f4:  eb10023f  cmp     x17, x16
;;        5f8:  540000e3  b.lo    #0x614
;;        5fc:  9100023f  mov     sp, x17
;;        600:  f81f83a0  stur    x0, [x29, #-8]
;;        604:  4e1c1c20  mov     v0.s[3], w1
;;        608:  910003bf  mov     sp, x29
;;        60c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        610:  d65f03c0  ret
;;        614:  52800161  mov     w1, #0xb
;;        618:  97fffe7a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000620 <[5] replace_f64>:
;;        620:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        624:  910003fd  mov     x29, sp
;;        628:  f9400010  ldr     x16, [x0]
;;        62c:  f9400610  ldr     x16, [x16, #8]
;;        630:  d10043f1  sub     x17, sp, #0x10
;;        634:  eb10023f  cmp     x17, x16
;;        638:  540000e3  b.lo    #0x654
;;        63c:  9100023f  mov     sp, x17
;;        640:  f81f83a0  stur    x0, [x29, #-8]
;;        644:  6e180420  mov     v0.d[1], v1.d[0]
;;        648:  910003bf  mov     sp, x29
;;        64c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        650:  d65f03c0  ret
;;        654:  52800161  mov     w1, #0xb
;;        658:  97fffe6a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000660 <[6] replace_keeps_input>:
;;        660:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        664:  910003fd  mov     x29, sp
;;        668:  f9400010  ldr     x16, [x0]
;;        66c:  f9400610  ldr     x16, [x16, #8]
;;        670:  d10043f1  sub     x17, sp, #0x10
;;        674:  eb10023f  cmp     x17, x16
;;        678:  54000103  b.lo    #0x698
;;        67c:  9100023f  mov     sp, x17
;;        680:  f81f83a0  stur    x0, [x29, #-8]
;;        684:  4ea01c01  mov     v1.16b, v0.16b
;;        688:  4e011c20  mov     v0.b[0], w1
;;        68c:  910003bf  mov     sp, x29
;;        690:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        694:  d65f03c0  ret
;;        698:  52800161  mov     w1, #0xb
;;        69c:  97fffe59  bl      #0  ; trap site, wasm @0x0
