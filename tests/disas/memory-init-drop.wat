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
;; 00000300 <[0] init>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  aa0003e4  mov     x4, x0
;;        314:  f9400480  ldr     x0, [x4, #8]
;;        318:  f9400000  ldr     x0, [x0]
;;        31c:  f9400485  ldr     x5, [x4, #8]
;;        320:  f94004a5  ldr     x5, [x5, #8]
;;        324:  f9417090  ldr     x16, [x4, #0x2e0]
;;        328:  f9400206  ldr     x6, [x16]
;;        32c:  f9417090  ldr     x16, [x4, #0x2e0]
;;        330:  f9400604  ldr     x4, [x16, #8]
;;        334:  aa0303ef  mov     x15, x3
;;        338:  2a0f03ef  mov     w15, w15
;;        33c:  8b2141f1  add     x17, x15, w1, uxtw
;;        340:  eb05023f  cmp     x17, x5
;;        344:  54000148  b.hi    #0x36c
;;        348:  8b2241f1  add     x17, x15, w2, uxtw
;;        34c:  eb04023f  cmp     x17, x4
;;        350:  54000108  b.hi    #0x370
;;        354:  8b2240d1  add     x17, x6, w2, uxtw
;;        358:  8b214010  add     x16, x0, w1, uxtw
;;        35c:  97ffff41  bl      #0x60
;;        360:  910003bf  mov     sp, x29
;;        364:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        368:  d65f03c0  ret
;;        36c:  97ffff38  bl      #0x4c  ; trap site, wasm @0x4a
;;        370:  97ffff37  bl      #0x4c  ; trap site, wasm @0x4a
;;
;; 00000380 <[1] init4>:
;;        380:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        384:  910003fd  mov     x29, sp
;;        388:  d10043ff  sub     sp, sp, #0x10
;;        38c:  f81f83a0  stur    x0, [x29, #-8]
;;        390:  aa0003e2  mov     x2, x0
;;        394:  f9400440  ldr     x0, [x2, #8]
;;        398:  f9400000  ldr     x0, [x0]
;;        39c:  f9400443  ldr     x3, [x2, #8]
;;        3a0:  f9400463  ldr     x3, [x3, #8]
;;        3a4:  321f03e4  mov     w4, #2
;;        3a8:  f9417050  ldr     x16, [x2, #0x2e0]
;;        3ac:  f9400205  ldr     x5, [x16]
;;        3b0:  f9417050  ldr     x16, [x2, #0x2e0]
;;        3b4:  f9400602  ldr     x2, [x16, #8]
;;        3b8:  2a0103f1  mov     w17, w1
;;        3bc:  91001231  add     x17, x17, #4
;;        3c0:  eb03023f  cmp     x17, x3
;;        3c4:  54000188  b.hi    #0x3f4
;;        3c8:  2a0403f1  mov     w17, w4
;;        3cc:  91001231  add     x17, x17, #4
;;        3d0:  eb02023f  cmp     x17, x2
;;        3d4:  54000128  b.hi    #0x3f8
;;        3d8:  8b2440b1  add     x17, x5, w4, uxtw
;;        3dc:  8b214010  add     x16, x0, w1, uxtw
;;        3e0:  bc40023f  ldur    s31, [x17]
;;        3e4:  bc00021f  stur    s31, [x16]
;;        3e8:  910003bf  mov     sp, x29
;;        3ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3f0:  d65f03c0  ret
;;        3f4:  97ffff16  bl      #0x4c  ; trap site, wasm @0x57
;;        3f8:  97ffff15  bl      #0x4c  ; trap site, wasm @0x57
;;
;; 00000400 <[2] drop>:
;;        400:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        404:  910003fd  mov     x29, sp
;;        408:  d10043ff  sub     sp, sp, #0x10
;;        40c:  f81f83a0  stur    x0, [x29, #-8]
;;        410:  f9417010  ldr     x16, [x0, #0x2e0]
;;        414:  f900061f  str     xzr, [x16, #8]
;;        418:  910003bf  mov     sp, x29
;;        41c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        420:  d65f03c0  ret
