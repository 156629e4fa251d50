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
;; 00000300 <[0] f>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  910003bf  mov     sp, x29
;;        314:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        318:  d65f03c0  ret
;;
;; 00000320 <[1] copy>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  d10043ff  sub     sp, sp, #0x10
;;        32c:  f81f83a0  stur    x0, [x29, #-8]
;;        330:  aa0003e4  mov     x4, x0
;;        334:  f9406090  ldr     x16, [x4, #0xc0]
;;        338:  f9400200  ldr     x0, [x16]
;;        33c:  f9406090  ldr     x16, [x4, #0xc0]
;;        340:  f9400604  ldr     x4, [x16, #8]
;;        344:  aa0303ef  mov     x15, x3
;;        348:  2a0f03ef  mov     w15, w15
;;        34c:  8b2141f1  add     x17, x15, w1, uxtw
;;        350:  eb04023f  cmp     x17, x4
;;        354:  54000168  b.hi    #0x380
;;        358:  8b2241f1  add     x17, x15, w2, uxtw
;;        35c:  eb04023f  cmp     x17, x4
;;        360:  54000128  b.hi    #0x384
;;        364:  8b224c11  add     x17, x0, w2, uxtw #3
;;        368:  8b214c10  add     x16, x0, w1, uxtw #3
;;        36c:  d37df1ef  lsl     x15, x15, #3
;;        370:  97ffff3c  bl      #0x60
;;        374:  910003bf  mov     sp, x29
;;        378:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        37c:  d65f03c0  ret
;;        380:  97ffff33  bl      #0x4c  ; trap site, wasm @0x5f
;;        384:  97ffff32  bl      #0x4c  ; trap site, wasm @0x5f
;;
;; 00000390 <[2] fill>:
;;        390:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        394:  910003fd  mov     x29, sp
;;        398:  d10043ff  sub     sp, sp, #0x10
;;        39c:  f81f83a0  stur    x0, [x29, #-8]
;;        3a0:  aa0003e3  mov     x3, x0
;;        3a4:  f9406470  ldr     x16, [x3, #0xc8]
;;        3a8:  f9400200  ldr     x0, [x16]
;;        3ac:  f9406470  ldr     x16, [x3, #0xc8]
;;        3b0:  f9400603  ldr     x3, [x16, #8]
;;        3b4:  b1000c31  adds    x17, x1, #3
;;        3b8:  54000142  b.hs    #0x3e0
;;        3bc:  eb03023f  cmp     x17, x3
;;        3c0:  54000128  b.hi    #0x3e4
;;        3c4:  8b216c10  add     x16, x0, x1, uxtx #3
;;        3c8:  4e080c5f  dup     v31.2d, x2
;;        3cc:  3c80021f  stur    q31, [x16]
;;        3d0:  3c80821f  stur    q31, [x16, #8]
;;        3d4:  910003bf  mov     sp, x29
;;        3d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3dc:  d65f03c0  ret
;;        3e0:  97ffff1b  bl      #0x4c  ; trap site, wasm @0x6c
;;        3e4:  97ffff1a  bl      #0x4c  ; trap site, wasm @0x6c
;;
;; 000003f0 <[3] init>:
;;        3f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3f4:  910003fd  mov     x29, sp
;;        3f8:  d10043ff  sub     sp, sp, #0x10
;;        3fc:  f81f83a0  stur    x0, [x29, #-8]
;;        400:  aa0003e4  mov     x4, x0
;;        404:  f9406090  ldr     x16, [x4, #0xc0]
;;        408:  f9400200  ldr     x0, [x16]
;;        40c:  f9406090  ldr     x16, [x4, #0xc0]
;;        410:  f9400605  ldr     x5, [x16, #8]
;;        414:  f9417c90  ldr     x16, [x4, #0x2f8]
;;        418:  f9400206  ldr     x6, [x16]
;;        41c:  f9417c90  ldr     x16, [x4, #0x2f8]
;;        420:  f9400604  ldr     x4, [x16, #8]
;;        424:  aa0303ef  mov     x15, x3
;;        428:  2a0f03ef  mov     w15, w15
;;        42c:  8b2141f1  add     x17, x15, w1, uxtw
;;        430:  eb05023f  cmp     x17, x5
;;        434:  54000168  b.hi    #0x460
;;        438:  8b2241f1  add     x17, x15, w2, uxtw
;;        43c:  eb04023f  cmp     x17, x4
;;        440:  54000128  b.hi    #0x464
;;        444:  8b224cd1  add     x17, x6, w2, uxtw #3
;;        448:  8b214c10  add     x16, x0, w1, uxtw #3
;;        44c:  d37df1ef  lsl     x15, x15, #3
;;        450:  97ffff04  bl      #0x60
;;        454:  910003bf  mov     sp, x29
;;        458:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        45c:  d65f03c0  ret
;;        460:  97fffefb  bl      #0x4c  ; trap site, wasm @0x78
;;        464:  97fffefa  bl      #0x4c  ; trap site, wasm @0x78
;;
;; 00000470 <[4] drop>:
;;        470:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        474:  910003fd  mov     x29, sp
;;        478:  d10043ff  sub     sp, sp, #0x10
;;        47c:  f81f83a0  stur    x0, [x29, #-8]
;;        480:  f9417c10  ldr     x16, [x0, #0x2f8]
;;        484:  f900061f  str     xzr, [x16, #8]
;;        488:  910003bf  mov     sp, x29
;;        48c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        490:  d65f03c0  ret
