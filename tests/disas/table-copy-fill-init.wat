;;! stages = alloc asm
(module (table $t 8 funcref) (table $u i64 4 externref)
  (func $f) (elem $e func $f $f)
  (func (export "copy") (param i32 i32 i32) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill") (param i64 externref) (table.fill $u (local.get 0) (local.get 1) (i64.const 3)))
  (func (export "init") (param i32 i32 i32) (table.init $t $e (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop") (elem.drop $e)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  jump block1
;; block1:
;;      2  ret
;;
;; ;; function [1] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;         mov x4, x0
;;      1  x0 = def_word x4, slot=560, offset=0
;;      2  x4 = def_word x4, slot=560, offset=8
;;         mov x15, x3
;;      3  memory_copy x1, x2, x15, x0, x4, same, @0x5f, scale=3, table_out_of_bounds
;;      4  jump block1
;; block1:
;;      5  ret
;;
;; ;; function [2] fill
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = def_word x3, slot=568, offset=0
;;      2  x3 = def_word x3, slot=568, offset=8
;;      3  memory_fill x1, x2, x0, x3, dst64, count64, count=3, same, @0x6c, scale=3, table_out_of_bounds
;;      4  jump block1
;; block1:
;;      5  ret
;;
;; ;; function [3] init
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;         mov x4, x0
;;      1  x0 = def_word x4, slot=560, offset=0
;;      2  x5 = def_word x4, slot=560, offset=8
;;      3  x6 = def_word x4, slot=584, offset=0
;;      4  x4 = def_word x4, slot=584, offset=8
;;         mov x15, x3
;;      5  memory_copy x1, x2, x15, x0, x5, x6, x4, @0x78, scale=3, table_out_of_bounds
;;      6  jump block1
;; block1:
;;      7  ret
;;
;; ;; function [4] drop
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  segment_drop x0, slot=584, offset=8
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 00000350 <[0] f>:
;;        350:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        354:  910003fd  mov     x29, sp
;;        358:  d10043ff  sub     sp, sp, #0x10
;;        35c:  f81f83a0  stur    x0, [x29, #-8]
;;        360:  910003bf  mov     sp, x29
;;        364:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        368:  d65f03c0  ret
;;
;; 00000370 <[1] copy>:
;;        370:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        374:  910003fd  mov     x29, sp
;;        378:  d10043ff  sub     sp, sp, #0x10
;;        37c:  f81f83a0  stur    x0, [x29, #-8]
;;        380:  aa0003e4  mov     x4, x0
;;        384:  f9411890  ldr     x16, [x4, #0x230]
;;        388:  f9400200  ldr     x0, [x16]
;;        38c:  f9411890  ldr     x16, [x4, #0x230]
;;        390:  f9400604  ldr     x4, [x16, #8]
;;        394:  aa0303ef  mov     x15, x3
;;        398:  2a0f03ef  mov     w15, w15
;;        39c:  8b2141f1  add     x17, x15, w1, uxtw
;;        3a0:  eb04023f  cmp     x17, x4
;;        3a4:  54000168  b.hi    #0x3d0
;;        3a8:  8b2241f1  add     x17, x15, w2, uxtw
;;        3ac:  eb04023f  cmp     x17, x4
;;        3b0:  54000128  b.hi    #0x3d4
;;        3b4:  8b224c11  add     x17, x0, w2, uxtw #3
;;        3b8:  8b214c10  add     x16, x0, w1, uxtw #3
;;        3bc:  d37df1ef  lsl     x15, x15, #3
;;        3c0:  97ffff3c  bl      #0xb0
;;        3c4:  910003bf  mov     sp, x29
;;        3c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3cc:  d65f03c0  ret
;;        3d0:  97ffff35  bl      #0xa4  ; trap site, wasm @0x5f
;;        3d4:  97ffff34  bl      #0xa4  ; trap site, wasm @0x5f
;;
;; 000003e0 <[2] fill>:
;;        3e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3e4:  910003fd  mov     x29, sp
;;        3e8:  d10043ff  sub     sp, sp, #0x10
;;        3ec:  f81f83a0  stur    x0, [x29, #-8]
;;        3f0:  aa0003e3  mov     x3, x0
;;        3f4:  f9411c70  ldr     x16, [x3, #0x238]
;;        3f8:  f9400200  ldr     x0, [x16]
;;        3fc:  f9411c70  ldr     x16, [x3, #0x238]
;;        400:  f9400603  ldr     x3, [x16, #8]
;;        404:  b1000c31  adds    x17, x1, #3
;;        408:  54000142  b.hs    #0x430
;;        40c:  eb03023f  cmp     x17, x3
;;        410:  54000128  b.hi    #0x434
;;        414:  8b216c10  add     x16, x0, x1, uxtx #3
;;        418:  4e080c5f  dup     v31.2d, x2
;;        41c:  3c80021f  stur    q31, [x16]
;;        420:  3c80821f  stur    q31, [x16, #8]
;;        424:  910003bf  mov     sp, x29
;;        428:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        42c:  d65f03c0  ret
;;        430:  97ffff1d  bl      #0xa4  ; trap site, wasm @0x6c
;;        434:  97ffff1c  bl      #0xa4  ; trap site, wasm @0x6c
;;
;; 00000440 <[3] init>:
;;        440:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        444:  910003fd  mov     x29, sp
;;        448:  d10043ff  sub     sp, sp, #0x10
;;        44c:  f81f83a0  stur    x0, [x29, #-8]
;;        450:  aa0003e4  mov     x4, x0
;;        454:  f9411890  ldr     x16, [x4, #0x230]
;;        458:  f9400200  ldr     x0, [x16]
;;        45c:  f9411890  ldr     x16, [x4, #0x230]
;;        460:  f9400605  ldr     x5, [x16, #8]
;;        464:  f9412490  ldr     x16, [x4, #0x248]
;;        468:  f9400206  ldr     x6, [x16]
;;        46c:  f9412490  ldr     x16, [x4, #0x248]
;;        470:  f9400604  ldr     x4, [x16, #8]
;;        474:  aa0303ef  mov     x15, x3
;;        478:  2a0f03ef  mov     w15, w15
;;        47c:  8b2141f1  add     x17, x15, w1, uxtw
;;        480:  eb05023f  cmp     x17, x5
;;        484:  54000168  b.hi    #0x4b0
;;        488:  8b2241f1  add     x17, x15, w2, uxtw
;;        48c:  eb04023f  cmp     x17, x4
;;        490:  54000128  b.hi    #0x4b4
;;        494:  8b224cd1  add     x17, x6, w2, uxtw #3
;;        498:  8b214c10  add     x16, x0, w1, uxtw #3
;;        49c:  d37df1ef  lsl     x15, x15, #3
;;        4a0:  97ffff04  bl      #0xb0
;;        4a4:  910003bf  mov     sp, x29
;;        4a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4ac:  d65f03c0  ret
;;        4b0:  97fffefd  bl      #0xa4  ; trap site, wasm @0x78
;;        4b4:  97fffefc  bl      #0xa4  ; trap site, wasm @0x78
;;
;; 000004c0 <[4] drop>:
;;        4c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4c4:  910003fd  mov     x29, sp
;;        4c8:  d10043ff  sub     sp, sp, #0x10
;;        4cc:  f81f83a0  stur    x0, [x29, #-8]
;;        4d0:  f9412410  ldr     x16, [x0, #0x248]
;;        4d4:  f900061f  str     xzr, [x16, #8]
;;        4d8:  910003bf  mov     sp, x29
;;        4dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4e0:  d65f03c0  ret
