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
;;      1  x0 = def_word x4, slot=192, offset=0
;;      2  x4 = def_word x4, slot=192, offset=8
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
;;      1  x0 = def_word x3, slot=200, offset=0
;;      2  x3 = def_word x3, slot=200, offset=8
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
;;      1  x0 = def_word x4, slot=192, offset=0
;;      2  x5 = def_word x4, slot=192, offset=8
;;      3  x6 = def_word x4, slot=760, offset=0
;;      4  x4 = def_word x4, slot=760, offset=8
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
;;      1  segment_drop x0, slot=760, offset=8
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 000002f0 <[0] f>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  f9400010  ldr     x16, [x0]
;;        2fc:  f9400610  ldr     x16, [x16, #8]
;;        300:  d10043f1  sub     x17, sp, #0x10
;;        304:  eb10023f  cmp     x17, x16
;;        308:  540000c3  b.lo    #0x320
;;        30c:  9100023f  mov     sp, x17
;;        310:  f81f83a0  stur    x0, [x29, #-8]
;;        314:  910003bf  mov     sp, x29
;;        318:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        31c:  d65f03c0  ret
;;        320:  52800161  mov     w1, #0xb
;;        324:  97ffff37  bl      #0  ; trap site, wasm @0x0
;;
;; 00000330 <[1] copy>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  f9400010  ldr     x16, [x0]
;;        33c:  f9400610  ldr     x16, [x16, #8]
;;        340:  d10043f1  sub     x17, sp, #0x10
;;        344:  eb10023f  cmp     x17, x16
;;        348:  540002e3  b.lo    #0x3a4
;;        34c:  9100023f  mov     sp, x17
;;        350:  f81f83a0  stur    x0, [x29, #-8]
;;        354:  aa0003e4  mov     x4, x0
;;        358:  f9406090  ldr     x16, [x4, #0xc0]
;;        35c:  f9400200  ldr     x0, [x16]
;;        360:  f9406090  ldr     x16, [x4, #0xc0]
;;        364:  f9400604  ldr     x4, [x16, #8]
;;        368:  aa0303ef  mov     x15, x3
;;        36c:  2a0f03ef  mov     w15, w15
;;        370:  8b2141f1  add     x17, x15, w1, uxtw
;;        374:  eb04023f  cmp     x17, x4
;;        378:  540001a8  b.hi    #0x3ac
;;        37c:  8b2241f1  add     x17, x15, w2, uxtw
;;        380:  eb04023f  cmp     x17, x4
;;        384:  540001a8  b.hi    #0x3b8
;;        388:  8b224c11  add     x17, x0, w2, uxtw #3
;;        38c:  8b214c10  add     x16, x0, w1, uxtw #3
;;        390:  d37df1ef  lsl     x15, x15, #3
;;        394:  97ffff2f  bl      #0x50
;;        398:  910003bf  mov     sp, x29
;;        39c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3a0:  d65f03c0  ret
;;        3a4:  52800161  mov     w1, #0xb
;;        3a8:  97ffff16  bl      #0  ; trap site, wasm @0x0
;;        3ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        3b0:  528000c1  mov     w1, #6
;;        3b4:  97ffff13  bl      #0  ; trap site, wasm @0x5f
;;        3b8:  f85f83a0  ldur    x0, [x29, #-8]
;;        3bc:  528000c1  mov     w1, #6
;;        3c0:  97ffff10  bl      #0  ; trap site, wasm @0x5f
;;
;; 000003d0 <[2] fill>:
;;        3d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3d4:  910003fd  mov     x29, sp
;;        3d8:  f9400010  ldr     x16, [x0]
;;        3dc:  f9400610  ldr     x16, [x16, #8]
;;        3e0:  d10043f1  sub     x17, sp, #0x10
;;        3e4:  eb10023f  cmp     x17, x16
;;        3e8:  54000263  b.lo    #0x434
;;        3ec:  9100023f  mov     sp, x17
;;        3f0:  f81f83a0  stur    x0, [x29, #-8]
;;        3f4:  aa0003e3  mov     x3, x0
;;        3f8:  f9406470  ldr     x16, [x3, #0xc8]
;;        3fc:  f9400200  ldr     x0, [x16]
;;        400:  f9406470  ldr     x16, [x3, #0xc8]
;;        404:  f9400603  ldr     x3, [x16, #8]
;;        408:  b1000c31  adds    x17, x1, #3
;;        40c:  54000182  b.hs    #0x43c
;;        410:  eb03023f  cmp     x17, x3
;;        414:  540001a8  b.hi    #0x448
;;        418:  8b216c10  add     x16, x0, x1, uxtx #3
;;        41c:  4e080c5f  dup     v31.2d, x2
;;        420:  3c80021f  stur    q31, [x16]
;;        424:  3c80821f  stur    q31, [x16, #8]
;;        428:  910003bf  mov     sp, x29
;;        42c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        430:  d65f03c0  ret
;;        434:  52800161  mov     w1, #0xb
;;        438:  97fffef2  bl      #0  ; trap site, wasm @0x0
;;        43c:  f85f83a0  ldur    x0, [x29, #-8]
;;        440:  528000c1  mov     w1, #6
;;        444:  97fffeef  bl      #0  ; trap site, wasm @0x6c
;;        448:  f85f83a0  ldur    x0, [x29, #-8]
;;        44c:  528000c1  mov     w1, #6
;;        450:  97fffeec  bl      #0  ; trap site, wasm @0x6c
;;
;; 00000460 <[3] init>:
;;        460:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        464:  910003fd  mov     x29, sp
;;        468:  f9400010  ldr     x16, [x0]
;;        46c:  f9400610  ldr     x16, [x16, #8]
;;        470:  d10043f1  sub     x17, sp, #0x10
;;        474:  eb10023f  cmp     x17, x16
;;        478:  54000363  b.lo    #0x4e4
;;        47c:  9100023f  mov     sp, x17
;;        480:  f81f83a0  stur    x0, [x29, #-8]
;;        484:  aa0003e4  mov     x4, x0
;;        488:  f9406090  ldr     x16, [x4, #0xc0]
;;        48c:  f9400200  ldr     x0, [x16]
;;        490:  f9406090  ldr     x16, [x4, #0xc0]
;;        494:  f9400605  ldr     x5, [x16, #8]
;;        498:  f9417c90  ldr     x16, [x4, #0x2f8]
;;        49c:  f9400206  ldr     x6, [x16]
;;        4a0:  f9417c90  ldr     x16, [x4, #0x2f8]
;;        4a4:  f9400604  ldr     x4, [x16, #8]
;;        4a8:  aa0303ef  mov     x15, x3
;;        4ac:  2a0f03ef  mov     w15, w15
;;        4b0:  8b2141f1  add     x17, x15, w1, uxtw
;;        4b4:  eb05023f  cmp     x17, x5
;;        4b8:  540001a8  b.hi    #0x4ec
;;        4bc:  8b2241f1  add     x17, x15, w2, uxtw
;;        4c0:  eb04023f  cmp     x17, x4
;;        4c4:  540001a8  b.hi    #0x4f8
;;        4c8:  8b224cd1  add     x17, x6, w2, uxtw #3
;;        4cc:  8b214c10  add     x16, x0, w1, uxtw #3
;;        4d0:  d37df1ef  lsl     x15, x15, #3
;;        4d4:  97fffedf  bl      #0x50
;;        4d8:  910003bf  mov     sp, x29
;;        4dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4e0:  d65f03c0  ret
;;        4e4:  52800161  mov     w1, #0xb
;;        4e8:  97fffec6  bl      #0  ; trap site, wasm @0x0
;;        4ec:  f85f83a0  ldur    x0, [x29, #-8]
;;        4f0:  528000c1  mov     w1, #6
;;        4f4:  97fffec3  bl      #0  ; trap site, wasm @0x78
;;        4f8:  f85f83a0  ldur    x0, [x29, #-8]
;;        4fc:  528000c1  mov     w1, #6
;;        500:  97fffec0  bl      #0  ; trap site, wasm @0x78
;;
;; 00000510 <[4] drop>:
;;        510:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        514:  910003fd  mov     x29, sp
;;        518:  f9400010  ldr     x16, [x0]
;;        51c:  f9400610  ldr     x16, [x16, #8]
;;        520:  d10043f1  sub     x17, sp, #0x10
;;        524:  eb10023f  cmp     x17, x16
;;        528:  54000103  b.lo    #0x548
;;        52c:  9100023f  mov     sp, x17
;;        530:  f81f83a0  stur    x0, [x29, #-8]
;;        534:  f9417c10  ldr     x16, [x0, #0x2f8]
;;        538:  f900061f  str     xzr, [x16, #8]
;;        53c:  910003bf  mov     sp, x29
;;        540:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        544:  d65f03c0  ret
;;        548:  52800161  mov     w1, #0xb
;;        54c:  97fffead  bl      #0  ; trap site, wasm @0x0
