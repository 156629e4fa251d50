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
;; 000002e0 <[0] init>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  54000343  b.lo    #0x360
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  aa0003e4  mov     x4, x0
;;        308:  f9400480  ldr     x0, [x4, #8]
;;        30c:  f9400000  ldr     x0, [x0]
;;        310:  f9400485  ldr     x5, [x4, #8]
;;        314:  f94004a5  ldr     x5, [x5, #8]
;;        318:  f9417090  ldr     x16, [x4, #0x2e0]
;;        31c:  f9400206  ldr     x6, [x16]
;;        320:  f9417090  ldr     x16, [x4, #0x2e0]
;;        324:  f9400604  ldr     x4, [x16, #8]
;;        328:  aa0303ef  mov     x15, x3
;;        32c:  2a0f03ef  mov     w15, w15
;;        330:  8b2141f1  add     x17, x15, w1, uxtw
;;        334:  eb05023f  cmp     x17, x5
;;        338:  54000188  b.hi    #0x368
;;        33c:  8b2241f1  add     x17, x15, w2, uxtw
;;        340:  eb04023f  cmp     x17, x4
;;        344:  54000188  b.hi    #0x374
;;        348:  8b2240d1  add     x17, x6, w2, uxtw
;;        34c:  8b214010  add     x16, x0, w1, uxtw
;;        350:  97ffff40  bl      #0x50
;;        354:  910003bf  mov     sp, x29
;;        358:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        35c:  d65f03c0  ret
;;        360:  52800161  mov     w1, #0xb
;;        364:  97ffff27  bl      #0  ; trap site, wasm @0x0
;;        368:  f85f83a0  ldur    x0, [x29, #-8]
;;        36c:  528000a1  mov     w1, #5
;;        370:  97ffff24  bl      #0  ; trap site, wasm @0x4a
;;        374:  f85f83a0  ldur    x0, [x29, #-8]
;;        378:  528000a1  mov     w1, #5
;;        37c:  97ffff21  bl      #0  ; trap site, wasm @0x4a
;;
;; 00000380 <[1] init4>:
;;        380:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        384:  910003fd  mov     x29, sp
;;        388:  f9400010  ldr     x16, [x0]
;;        38c:  f9400610  ldr     x16, [x16, #8]
;;        390:  d10043f1  sub     x17, sp, #0x10
;;        394:  eb10023f  cmp     x17, x16
;;        398:  54000383  b.lo    #0x408
;;        39c:  9100023f  mov     sp, x17
;;        3a0:  f81f83a0  stur    x0, [x29, #-8]
;;        3a4:  aa0003e2  mov     x2, x0
;;        3a8:  f9400440  ldr     x0, [x2, #8]
;;        3ac:  f9400000  ldr     x0, [x0]
;;        3b0:  f9400443  ldr     x3, [x2, #8]
;;        3b4:  f9400463  ldr     x3, [x3, #8]
;;        3b8:  321f03e4  mov     w4, #2
;;        3bc:  f9417050  ldr     x16, [x2, #0x2e0]
;;        3c0:  f9400205  ldr     x5, [x16]
;;        3c4:  f9417050  ldr     x16, [x2, #0x2e0]
;;        3c8:  f9400602  ldr     x2, [x16, #8]
;;        3cc:  2a0103f1  mov     w17, w1
;;        3d0:  91001231  add     x17, x17, #4
;;        3d4:  eb03023f  cmp     x17, x3
;;        3d8:  540001c8  b.hi    #0x410
;;        3dc:  2a0403f1  mov     w17, w4
;;        3e0:  91001231  add     x17, x17, #4
;;        3e4:  eb02023f  cmp     x17, x2
;;        3e8:  540001a8  b.hi    #0x41c
;;        3ec:  8b2440b1  add     x17, x5, w4, uxtw
;;        3f0:  8b214010  add     x16, x0, w1, uxtw
;;        3f4:  bc40023f  ldur    s31, [x17]
;;        3f8:  bc00021f  stur    s31, [x16]
;;        3fc:  910003bf  mov     sp, x29
;;        400:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        404:  d65f03c0  ret
;;        408:  52800161  mov     w1, #0xb
;;        40c:  97fffefd  bl      #0  ; trap site, wasm @0x0
;;        410:  f85f83a0  ldur    x0, [x29, #-8]
;;        414:  528000a1  mov     w1, #5
;;        418:  97fffefa  bl      #0  ; trap site, wasm @0x57
;;        41c:  f85f83a0  ldur    x0, [x29, #-8]
;;        420:  528000a1  mov     w1, #5
;;        424:  97fffef7  bl      #0  ; trap site, wasm @0x57
;;
;; 00000430 <[2] drop>:
;;        430:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        434:  910003fd  mov     x29, sp
;;        438:  f9400010  ldr     x16, [x0]
;;        43c:  f9400610  ldr     x16, [x16, #8]
;;        440:  d10043f1  sub     x17, sp, #0x10
;;        444:  eb10023f  cmp     x17, x16
;;        448:  54000103  b.lo    #0x468
;;        44c:  9100023f  mov     sp, x17
;;        450:  f81f83a0  stur    x0, [x29, #-8]
;;        454:  f9417010  ldr     x16, [x0, #0x2e0]
;;        458:  f900061f  str     xzr, [x16, #8]
;;        45c:  910003bf  mov     sp, x29
;;        460:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        464:  d65f03c0  ret
;;        468:  52800161  mov     w1, #0xb
;;        46c:  97fffee5  bl      #0  ; trap site, wasm @0x0
