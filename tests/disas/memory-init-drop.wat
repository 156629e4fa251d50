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
;;      3  x6 = def_word x4, slot=736, offset=0
;;      4  x4 = def_word x4, slot=736, offset=8
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
;;      4  x5 = def_word x2, slot=736, offset=0
;;      5  x2 = def_word x2, slot=736, offset=8
;;      6  memory_copy x1, x4, x0, x3, x5, x2, count=4, @0x57, scale=0, memory_out_of_bounds
;;      7  jump block1
;; block1:
;;      8  ret
;;
;; ;; function [2] drop
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  segment_drop x0, slot=736, offset=8
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 000002f0 <[0] init>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  f9400010  ldr     x16, [x0]
;;        2fc:  f9400610  ldr     x16, [x16, #8]
;;        300:  d10043f1  sub     x17, sp, #0x10
;;        304:  eb10023f  cmp     x17, x16
;;        308:  54000343  b.lo    #0x370
;;        30c:  9100023f  mov     sp, x17
;;        310:  f81f83a0  stur    x0, [x29, #-8]
;;        314:  aa0003e4  mov     x4, x0
;;        318:  f9400480  ldr     x0, [x4, #8]
;;        31c:  f9400000  ldr     x0, [x0]
;;        320:  f9400485  ldr     x5, [x4, #8]
;;        324:  f94004a5  ldr     x5, [x5, #8]
;;        328:  f9417090  ldr     x16, [x4, #0x2e0]
;;        32c:  f9400206  ldr     x6, [x16]
;;        330:  f9417090  ldr     x16, [x4, #0x2e0]
;;        334:  f9400604  ldr     x4, [x16, #8]
;;        338:  aa0303ef  mov     x15, x3
;;        33c:  2a0f03ef  mov     w15, w15
;;        340:  8b2141f1  add     x17, x15, w1, uxtw
;;        344:  eb05023f  cmp     x17, x5
;;        348:  54000188  b.hi    #0x378
;;        34c:  8b2241f1  add     x17, x15, w2, uxtw
;;        350:  eb04023f  cmp     x17, x4
;;        354:  54000188  b.hi    #0x384
;;        358:  8b2240d1  add     x17, x6, w2, uxtw
;;        35c:  8b214010  add     x16, x0, w1, uxtw
;;        360:  97ffff3c  bl      #0x50
;;        364:  910003bf  mov     sp, x29
;;        368:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        36c:  d65f03c0  ret
;;        370:  52800161  mov     w1, #0xb
;;        374:  97ffff23  bl      #0  ; trap site, wasm @0x0
;;        378:  f85f83a0  ldur    x0, [x29, #-8]
;;        37c:  528000a1  mov     w1, #5
;;        380:  97ffff20  bl      #0  ; trap site, wasm @0x4a
;;        384:  f85f83a0  ldur    x0, [x29, #-8]
;;        388:  528000a1  mov     w1, #5
;;        38c:  97ffff1d  bl      #0  ; trap site, wasm @0x4a
;;
;; 00000390 <[1] init4>:
;;        390:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        394:  910003fd  mov     x29, sp
;;        398:  f9400010  ldr     x16, [x0]
;;        39c:  f9400610  ldr     x16, [x16, #8]
;;        3a0:  d10043f1  sub     x17, sp, #0x10
;;        3a4:  eb10023f  cmp     x17, x16
;;        3a8:  54000383  b.lo    #0x418
;;        3ac:  9100023f  mov     sp, x17
;;        3b0:  f81f83a0  stur    x0, [x29, #-8]
;;        3b4:  aa0003e2  mov     x2, x0
;;        3b8:  f9400440  ldr     x0, [x2, #8]
;;        3bc:  f9400000  ldr     x0, [x0]
;;        3c0:  f9400443  ldr     x3, [x2, #8]
;;        3c4:  f9400463  ldr     x3, [x3, #8]
;;        3c8:  321f03e4  mov     w4, #2
;;        3cc:  f9417050  ldr     x16, [x2, #0x2e0]
;;        3d0:  f9400205  ldr     x5, [x16]
;;        3d4:  f9417050  ldr     x16, [x2, #0x2e0]
;;        3d8:  f9400602  ldr     x2, [x16, #8]
;;        3dc:  2a0103f1  mov     w17, w1
;;        3e0:  91001231  add     x17, x17, #4
;;        3e4:  eb03023f  cmp     x17, x3
;;        3e8:  540001c8  b.hi    #0x420
;;        3ec:  2a0403f1  mov     w17, w4
;;        3f0:  91001231  add     x17, x17, #4
;;        3f4:  eb02023f  cmp     x17, x2
;;        3f8:  540001a8  b.hi    #0x42c
;;        3fc:  8b2440b1  add     x17, x5, w4, uxtw
;;        400:  8b214010  add     x16, x0, w1, uxtw
;;        404:  bc40023f  ldur    s31, [x17]
;;        408:  bc00021f  stur    s31, [x16]
;;        40c:  910003bf  mov     sp, x29
;;        410:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        414:  d65f03c0  ret
;;        418:  52800161  mov     w1, #0xb
;;        41c:  97fffef9  bl      #0  ; trap site, wasm @0x0
;;        420:  f85f83a0  ldur    x0, [x29, #-8]
;;        424:  528000a1  mov     w1, #5
;;        428:  97fffef6  bl      #0  ; trap site, wasm @0x57
;;        42c:  f85f83a0  ldur    x0, [x29, #-8]
;;        430:  528000a1  mov     w1, #5
;;        434:  97fffef3  bl      #0  ; trap site, wasm @0x57
;;
;; 00000440 <[2] drop>:
;;        440:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        444:  910003fd  mov     x29, sp
;;        448:  f9400010  ldr     x16, [x0]
;;        44c:  f9400610  ldr     x16, [x16, #8]
;;        450:  d10043f1  sub     x17, sp, #0x10
;;        454:  eb10023f  cmp     x17, x16
;;        458:  54000103  b.lo    #0x478
;;        45c:  9100023f  mov     sp, x17
;;        460:  f81f83a0  stur    x0, [x29, #-8]
;;        464:  f9417010  ldr     x16, [x0, #0x2e0]
;;        468:  f900061f  str     xzr, [x16, #8]
;;        46c:  910003bf  mov     sp, x29
;;        470:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        474:  d65f03c0  ret
;;        478:  52800161  mov     w1, #0xb
;;        47c:  97fffee1  bl      #0  ; trap site, wasm @0x0
