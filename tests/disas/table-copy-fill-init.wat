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
;; 000002e0 <[0] f>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  540000c3  b.lo    #0x310
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
;;        310:  52800161  mov     w1, #0xb
;;        314:  97ffff3b  bl      #0  ; trap site, wasm @0x0
;;
;; 00000320 <[1] copy>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  f9400010  ldr     x16, [x0]
;;        32c:  f9400610  ldr     x16, [x16, #8]
;;        330:  d10043f1  sub     x17, sp, #0x10
;;        334:  eb10023f  cmp     x17, x16
;;        338:  540002e3  b.lo    #0x394
;;        33c:  9100023f  mov     sp, x17
;;        340:  f81f83a0  stur    x0, [x29, #-8]
;;        344:  aa0003e4  mov     x4, x0
;;        348:  f9406090  ldr     x16, [x4, #0xc0]
;;        34c:  f9400200  ldr     x0, [x16]
;;        350:  f9406090  ldr     x16, [x4, #0xc0]
;;        354:  f9400604  ldr     x4, [x16, #8]
;;        358:  aa0303ef  mov     x15, x3
;;        35c:  2a0f03ef  mov     w15, w15
;;        360:  8b2141f1  add     x17, x15, w1, uxtw
;;        364:  eb04023f  cmp     x17, x4
;;        368:  540001a8  b.hi    #0x39c
;;        36c:  8b2241f1  add     x17, x15, w2, uxtw
;;        370:  eb04023f  cmp     x17, x4
;;        374:  540001a8  b.hi    #0x3a8
;;        378:  8b224c11  add     x17, x0, w2, uxtw #3
;;        37c:  8b214c10  add     x16, x0, w1, uxtw #3
;;        380:  d37df1ef  lsl     x15, x15, #3
;;        384:  97ffff33  bl      #0x50
;;        388:  910003bf  mov     sp, x29
;;        38c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        390:  d65f03c0  ret
;;        394:  52800161  mov     w1, #0xb
;;        398:  97ffff1a  bl      #0  ; trap site, wasm @0x0
;;        39c:  f85f83a0  ldur    x0, [x29, #-8]
;;        3a0:  528000c1  mov     w1, #6
;;        3a4:  97ffff17  bl      #0  ; trap site, wasm @0x5f
;;        3a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        3ac:  528000c1  mov     w1, #6
;;        3b0:  97ffff14  bl      #0  ; trap site, wasm @0x5f
;;
;; 000003c0 <[2] fill>:
;;        3c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3c4:  910003fd  mov     x29, sp
;;        3c8:  f9400010  ldr     x16, [x0]
;;        3cc:  f9400610  ldr     x16, [x16, #8]
;;        3d0:  d10043f1  sub     x17, sp, #0x10
;;        3d4:  eb10023f  cmp     x17, x16
;;        3d8:  54000263  b.lo    #0x424
;;        3dc:  9100023f  mov     sp, x17
;;        3e0:  f81f83a0  stur    x0, [x29, #-8]
;;        3e4:  aa0003e3  mov     x3, x0
;;        3e8:  f9406470  ldr     x16, [x3, #0xc8]
;;        3ec:  f9400200  ldr     x0, [x16]
;;        3f0:  f9406470  ldr     x16, [x3, #0xc8]
;;        3f4:  f9400603  ldr     x3, [x16, #8]
;;        3f8:  b1000c31  adds    x17, x1, #3
;;        3fc:  54000182  b.hs    #0x42c
;;        400:  eb03023f  cmp     x17, x3
;;        404:  540001a8  b.hi    #0x438
;;        408:  8b216c10  add     x16, x0, x1, uxtx #3
;;        40c:  4e080c5f  dup     v31.2d, x2
;;        410:  3c80021f  stur    q31, [x16]
;;        414:  3c80821f  stur    q31, [x16, #8]
;;        418:  910003bf  mov     sp, x29
;;        41c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        420:  d65f03c0  ret
;;        424:  52800161  mov     w1, #0xb
;;        428:  97fffef6  bl      #0  ; trap site, wasm @0x0
;;        42c:  f85f83a0  ldur    x0, [x29, #-8]
;;        430:  528000c1  mov     w1, #6
;;        434:  97fffef3  bl      #0  ; trap site, wasm @0x6c
;;        438:  f85f83a0  ldur    x0, [x29, #-8]
;;        43c:  528000c1  mov     w1, #6
;;        440:  97fffef0  bl      #0  ; trap site, wasm @0x6c
;;
;; 00000450 <[3] init>:
;;        450:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        454:  910003fd  mov     x29, sp
;;        458:  f9400010  ldr     x16, [x0]
;;        45c:  f9400610  ldr     x16, [x16, #8]
;;        460:  d10043f1  sub     x17, sp, #0x10
;;        464:  eb10023f  cmp     x17, x16
;;        468:  54000363  b.lo    #0x4d4
;;        46c:  9100023f  mov     sp, x17
;;        470:  f81f83a0  stur    x0, [x29, #-8]
;;        474:  aa0003e4  mov     x4, x0
;;        478:  f9406090  ldr     x16, [x4, #0xc0]
;;        47c:  f9400200  ldr     x0, [x16]
;;        480:  f9406090  ldr     x16, [x4, #0xc0]
;;        484:  f9400605  ldr     x5, [x16, #8]
;;        488:  f9417c90  ldr     x16, [x4, #0x2f8]
;;        48c:  f9400206  ldr     x6, [x16]
;;        490:  f9417c90  ldr     x16, [x4, #0x2f8]
;;        494:  f9400604  ldr     x4, [x16, #8]
;;        498:  aa0303ef  mov     x15, x3
;;        49c:  2a0f03ef  mov     w15, w15
;;        4a0:  8b2141f1  add     x17, x15, w1, uxtw
;;        4a4:  eb05023f  cmp     x17, x5
;;        4a8:  540001a8  b.hi    #0x4dc
;;        4ac:  8b2241f1  add     x17, x15, w2, uxtw
;;        4b0:  eb04023f  cmp     x17, x4
;;        4b4:  540001a8  b.hi    #0x4e8
;;        4b8:  8b224cd1  add     x17, x6, w2, uxtw #3
;;        4bc:  8b214c10  add     x16, x0, w1, uxtw #3
;;        4c0:  d37df1ef  lsl     x15, x15, #3
;;        4c4:  97fffee3  bl      #0x50
;;        4c8:  910003bf  mov     sp, x29
;;        4cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4d0:  d65f03c0  ret
;;        4d4:  52800161  mov     w1, #0xb
;;        4d8:  97fffeca  bl      #0  ; trap site, wasm @0x0
;;        4dc:  f85f83a0  ldur    x0, [x29, #-8]
;;        4e0:  528000c1  mov     w1, #6
;;        4e4:  97fffec7  bl      #0  ; trap site, wasm @0x78
;;        4e8:  f85f83a0  ldur    x0, [x29, #-8]
;;        4ec:  528000c1  mov     w1, #6
;;        4f0:  97fffec4  bl      #0  ; trap site, wasm @0x78
;;
;; 00000500 <[4] drop>:
;;        500:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        504:  910003fd  mov     x29, sp
;;        508:  f9400010  ldr     x16, [x0]
;;        50c:  f9400610  ldr     x16, [x16, #8]
;;        510:  d10043f1  sub     x17, sp, #0x10
;;        514:  eb10023f  cmp     x17, x16
;;        518:  54000103  b.lo    #0x538
;;        51c:  9100023f  mov     sp, x17
;;        520:  f81f83a0  stur    x0, [x29, #-8]
;;        524:  f9417c10  ldr     x16, [x0, #0x2f8]
;;        528:  f900061f  str     xzr, [x16, #8]
;;        52c:  910003bf  mov     sp, x29
;;        530:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        534:  d65f03c0  ret
;;        538:  52800161  mov     w1, #0xb
;;        53c:  97fffeb1  bl      #0  ; trap site, wasm @0x0
