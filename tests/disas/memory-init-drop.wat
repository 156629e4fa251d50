;;! stages = alloc asm
(module (memory 1) (data $d "0123456789")
  (func (export "init") (param i32 i32 i32) (memory.init $d (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init4") (param i32) (memory.init $d (local.get 0) (i32.const 2) (i32.const 4)))
  (func (export "drop") (data.drop $d)))
;; ==== alloc ====
;; ;; function [0] init
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;         mov x4, x0
;;      1  x0 = heap_base x4
;;      2  x5 = heap_size x4
;;      3  x6 = def_word x4, slot=560, offset=0
;;      4  x4 = def_word x4, slot=560, offset=8
;;         mov x15, x3
;;      5  memory_copy x1, x2, x15, x0, x5, x6, x4, @0x4a, scale=0, memory_out_of_bounds
;;      6  jump block1
;; block1:
;;      7  ret
;;
;; ;; function [1] init4
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x3 = heap_size x2
;;      3  x4 = const bits=2
;;      4  x5 = def_word x2, slot=560, offset=0
;;      5  x2 = def_word x2, slot=560, offset=8
;;      6  memory_copy x1, x4, x0, x3, x5, x2, count=4, @0x57, scale=0, memory_out_of_bounds
;;      7  jump block1
;; block1:
;;      8  ret
;;
;; ;; function [2] drop
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  segment_drop x0, slot=560, offset=8
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 00000350 <[0] init>:
;;        350:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        354:  910003fd  mov     x29, sp
;;        358:  d10043ff  sub     sp, sp, #0x10
;;        35c:  f81f83a0  stur    x0, [x29, #-8]
;;        360:  aa0003e4  mov     x4, x0
;;        364:  f9400480  ldr     x0, [x4, #8]
;;        368:  f9400000  ldr     x0, [x0]
;;        36c:  f9400485  ldr     x5, [x4, #8]
;;        370:  f94004a5  ldr     x5, [x5, #8]
;;        374:  f9411890  ldr     x16, [x4, #0x230]
;;        378:  f9400206  ldr     x6, [x16]
;;        37c:  f9411890  ldr     x16, [x4, #0x230]
;;        380:  f9400604  ldr     x4, [x16, #8]
;;        384:  aa0303ef  mov     x15, x3
;;        388:  2a0f03ef  mov     w15, w15
;;        38c:  8b2141f1  add     x17, x15, w1, uxtw
;;        390:  eb05023f  cmp     x17, x5
;;        394:  54000148  b.hi    #0x3bc
;;        398:  8b2241f1  add     x17, x15, w2, uxtw
;;        39c:  eb04023f  cmp     x17, x4
;;        3a0:  54000108  b.hi    #0x3c0
;;        3a4:  8b2240d1  add     x17, x6, w2, uxtw
;;        3a8:  8b214010  add     x16, x0, w1, uxtw
;;        3ac:  97ffff41  bl      #0xb0
;;        3b0:  910003bf  mov     sp, x29
;;        3b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3b8:  d65f03c0  ret
;;        3bc:  97ffff3a  bl      #0xa4  ; trap site, wasm @0x4a
;;        3c0:  97ffff39  bl      #0xa4  ; trap site, wasm @0x4a
;;
;; 000003d0 <[1] init4>:
;;        3d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3d4:  910003fd  mov     x29, sp
;;        3d8:  d10043ff  sub     sp, sp, #0x10
;;        3dc:  f81f83a0  stur    x0, [x29, #-8]
;;        3e0:  aa0003e2  mov     x2, x0
;;        3e4:  f9400440  ldr     x0, [x2, #8]
;;        3e8:  f9400000  ldr     x0, [x0]
;;        3ec:  f9400443  ldr     x3, [x2, #8]
;;        3f0:  f9400463  ldr     x3, [x3, #8]
;;        3f4:  321f03e4  mov     w4, #2
;;        3f8:  f9411850  ldr     x16, [x2, #0x230]
;;        3fc:  f9400205  ldr     x5, [x16]
;;        400:  f9411850  ldr     x16, [x2, #0x230]
;;        404:  f9400602  ldr     x2, [x16, #8]
;;        408:  2a0103f1  mov     w17, w1
;;        40c:  91001231  add     x17, x17, #4
;;        410:  eb03023f  cmp     x17, x3
;;        414:  54000188  b.hi    #0x444
;;        418:  2a0403f1  mov     w17, w4
;;        41c:  91001231  add     x17, x17, #4
;;        420:  eb02023f  cmp     x17, x2
;;        424:  54000128  b.hi    #0x448
;;        428:  8b2440b1  add     x17, x5, w4, uxtw
;;        42c:  8b214010  add     x16, x0, w1, uxtw
;;        430:  bc40023f  ldur    s31, [x17]
;;        434:  bc00021f  stur    s31, [x16]
;;        438:  910003bf  mov     sp, x29
;;        43c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        440:  d65f03c0  ret
;;        444:  97ffff18  bl      #0xa4  ; trap site, wasm @0x57
;;        448:  97ffff17  bl      #0xa4  ; trap site, wasm @0x57
;;
;; 00000450 <[2] drop>:
;;        450:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        454:  910003fd  mov     x29, sp
;;        458:  d10043ff  sub     sp, sp, #0x10
;;        45c:  f81f83a0  stur    x0, [x29, #-8]
;;        460:  f9411810  ldr     x16, [x0, #0x230]
;;        464:  f900061f  str     xzr, [x16, #8]
;;        468:  910003bf  mov     sp, x29
;;        46c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        470:  d65f03c0  ret
