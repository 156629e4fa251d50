;;! stages = opt asm
(module
  (memory 1)
  (func (export "copy_lanes") (param i32 v128) (result v128)
    (v128.store offset=32 (local.get 0) (local.get 1))
    (v128.store16_lane offset=2 3 (local.get 0) (local.get 1))
    (drop (v128.load32_splat offset=4 (local.get 0)))
    (v128.load32_lane offset=8 1 (local.get 0) (local.get 1)))
  (func (export "widen") (param i32) (result v128)
    (v128.load8x8_s offset=3 (local.get 0)))
  (func (export "zero") (param i32) (result v128)
    (v128.load64_zero offset=8 (local.get 0)))
  (func (export "store_lane0") (param i32 v128)
    (v128.store64_lane 0 (local.get 0) (local.get 1))
    (v128.store32_lane offset=4 0 (local.get 0) (local.get 1)))
  (func (export "implied_checks") (param i32 v128) (result v128)
    (v128.store offset=32 (local.get 0) (local.get 1))
    (v128.store offset=8 (local.get 0) (v128.load offset=16 (local.get 0)))
    (v128.load offset=0 (local.get 0))))
;; ==== opt ====
;; ;; function [0] copy_lanes
;; function u0:0(i32, v128) -> (v128) {
;; block0(v0: i64, v1: i32, v2: v128):
;;     v3 = heap_base v0, imm=0
;;     v4 = heap_size v0, imm=0
;;     v128.store v1, v2, v3, v4, offset=32 still=48 @0x6f
;;     v6 = heap_limit v4, imm=4
;;     v128.store16_lane v1, v2, v3, v6, offset=2 still=0 lane=3 @0x77
;;     v7 = heap_limit v4, imm=8
;;     v8 = v128.load32_splat v1, v3, v7, offset=4 still=0 @0x7e
;;     v9 = heap_limit v4, imm=12
;;     v10 = v128.load32_lane v1, v2, v3, v9, offset=8 still=0 lane=1 @0x87
;;     jump block1 @0x8c
;; block1:
;;     return v10
;; }
;;
;; ;; function [1] widen
;; function u0:1(i32) -> (v128) {
;; block0(v0: i64, v1: i32):
;;     v2 = heap_base v0, imm=0
;;     v3 = heap_size v0, imm=0
;;     v5 = heap_limit v3, imm=11
;;     v6 = v128.load8x8_s v1, v2, v5, offset=3 still=0 @0x91
;;     jump block1 @0x95
;; block1:
;;     return v6
;; }
;;
;; ;; function [2] zero
;; function u0:2(i32) -> (v128) {
;; block0(v0: i64, v1: i32):
;;     v2 = heap_base v0, imm=0
;;     v3 = heap_size v0, imm=0
;;     v5 = heap_limit v3, imm=16
;;     v6 = v128.load64_zero v1, v2, v5, offset=8 still=0 @0x9a
;;     jump block1 @0x9e
;; block1:
;;     return v6
;; }
;;
;; ;; function [3] store_lane0
;; function u0:3(i32, v128) -> () {
;; block0(v0: i64, v1: i32, v2: v128):
;;     v3 = heap_base v0, imm=0
;;     v4 = heap_size v0, imm=0
;;     v5 = heap_limit v4, imm=8
;;     v128.store64_lane v1, v2, v3, v5, offset=0 still=0 lane=0 @0xa5
;;     v128.store32_lane v1, v2, v3, v5, offset=4 still=0 lane=0 @0xae
;;     jump block1 @0xb3
;; block1:
;;     return
;; }
;;
;; ;; function [4] implied_checks
;; function u0:4(i32, v128) -> (v128) {
;; block0(v0: i64, v1: i32, v2: v128):
;;     v3 = heap_base v0, imm=0
;;     v4 = heap_size v0, imm=0
;;     v128.store v1, v2, v3, v4, offset=32 still=48 @0xba
;;     v6 = v128.load v1, v3, v4, offset=16 still=32 @0xc2
;;     v128.store v1, v6, v3, v4, offset=8 still=24 @0xc6
;;     v7 = heap_limit v4, imm=16
;;     v8 = v128.load v1, v3, v7, offset=0 still=0 @0xcc
;;     jump block1 @0xd0
;; block1:
;;     return v8
;; }
;; ==== asm ====
;; 000002c0 <[0] copy_lanes>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  f9400010  ldr     x16, [x0]
;;        2cc:  f9400610  ldr     x16, [x16, #8]
;;        2d0:  d10043f1  sub     x17, sp, #0x10
;;        2d4:  eb10023f  cmp     x17, x16
;;        2d8:  54000443  b.lo    #0x360
;;        2dc:  9100023f  mov     sp, x17
;;        2e0:  f81f83a0  stur    x0, [x29, #-8]
;;        2e4:  aa0003e2  mov     x2, x0
;;        2e8:  f9400440  ldr     x0, [x2, #8]
;;        2ec:  f9400000  ldr     x0, [x0]
;;        2f0:  f9400442  ldr     x2, [x2, #8]
;;        2f4:  f9400442  ldr     x2, [x2, #8]
;;        2f8:  d100c051  sub     x17, x2, #0x30
;;        2fc:  eb21423f  cmp     x17, w1, uxtw
;;        300:  5400034b  b.lt    #0x368
;;        304:  8b214010  add     x16, x0, w1, uxtw
;;        308:  3d800a00  str     q0, [x16, #0x20]
;;        30c:  d1001043  sub     x3, x2, #4
;;        310:  eb21407f  cmp     x3, w1, uxtw
;;        314:  5400030b  b.lt    #0x374
;;        318:  8b214010  add     x16, x0, w1, uxtw
;;        31c:  91000a10  add     x16, x16, #2
;;        320:  0d005a00  st1     {v0.h}[3], [x16]
;;        324:  d1002043  sub     x3, x2, #8
;;        328:  eb21407f  cmp     x3, w1, uxtw
;;        32c:  540002ab  b.lt    #0x380
;;        330:  8b214010  add     x16, x0, w1, uxtw
;;        334:  91001210  add     x16, x16, #4
;;        338:  4d40ca01  ld1r    {v1.4s}, [x16]
;;        33c:  d1003042  sub     x2, x2, #0xc
;;        340:  eb21405f  cmp     x2, w1, uxtw
;;        344:  5400024b  b.lt    #0x38c
;;        348:  8b214010  add     x16, x0, w1, uxtw
;;        34c:  91002210  add     x16, x16, #8
;;        350:  0d409200  ld1     {v0.s}[1], [x16]
;;        354:  910003bf  mov     sp, x29
;;        358:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        35c:  d65f03c0  ret
;;        360:  52800161  mov     w1, #0xb
;;        364:  97ffff27  bl      #0  ; trap site, wasm @0x0
;;        368:  f85f83a0  ldur    x0, [x29, #-8]
;;        36c:  528000a1  mov     w1, #5
;;        370:  97ffff24  bl      #0  ; trap site, wasm @0x6f
;;        374:  f85f83a0  ldur    x0, [x29, #-8]
;;        378:  528000a1  mov     w1, #5
;;        37c:  97ffff21  bl      #0  ; trap site, wasm @0x77
;;        380:  f85f83a0  ldur    x0, [x29, #-8]
;;        384:  528000a1  mov     w1, #5
;;        388:  97ffff1e  bl      #0  ; trap site, wasm @0x7e
;;        38c:  f85f83a0  ldur    x0, [x29, #-8]
;;        390:  528000a1  mov     w1, #5
;;        394:  97ffff1b  bl      #0  ; trap site, wasm @0x87
;;
;; 000003a0 <[1] widen>:
;;        3a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3a4:  910003fd  mov     x29, sp
;;        3a8:  f9400010  ldr     x16, [x0]
;;        3ac:  f9400610  ldr     x16, [x16, #8]
;;        3b0:  d10043f1  sub     x17, sp, #0x10
;;        3b4:  eb10023f  cmp     x17, x16
;;        3b8:  54000263  b.lo    #0x404
;;        3bc:  9100023f  mov     sp, x17
;;        3c0:  f81f83a0  stur    x0, [x29, #-8]
;;        3c4:  aa0003e2  mov     x2, x0
;;        3c8:  f9400440  ldr     x0, [x2, #8]
;;        3cc:  f9400000  ldr     x0, [x0]
;;        3d0:  f9400442  ldr     x2, [x2, #8]
;;        3d4:  f9400442  ldr     x2, [x2, #8]
;;        3d8:  d1002c42  sub     x2, x2, #0xb
;;        3dc:  eb21405f  cmp     x2, w1, uxtw
;;        3e0:  5400016b  b.lt    #0x40c
;;        3e4:  8b214010  add     x16, x0, w1, uxtw
;;        3e8:  b24007f1  mov     x17, #3
;;        3ec:  8b110210  add     x16, x16, x17
;;        3f0:  fd400200  ldr     d0, [x16]
;;        3f4:  0f08a400  sshll   v0.8h, v0.8b, #0
;;        3f8:  910003bf  mov     sp, x29
;;        3fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        400:  d65f03c0  ret
;;        404:  52800161  mov     w1, #0xb
;;        408:  97fffefe  bl      #0  ; trap site, wasm @0x0
;;        40c:  f85f83a0  ldur    x0, [x29, #-8]
;;        410:  528000a1  mov     w1, #5
;;        414:  97fffefb  bl      #0  ; trap site, wasm @0x91
;;
;; 00000420 <[2] zero>:
;;        420:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        424:  910003fd  mov     x29, sp
;;        428:  f9400010  ldr     x16, [x0]
;;        42c:  f9400610  ldr     x16, [x16, #8]
;;        430:  d10043f1  sub     x17, sp, #0x10
;;        434:  eb10023f  cmp     x17, x16
;;        438:  54000203  b.lo    #0x478
;;        43c:  9100023f  mov     sp, x17
;;        440:  f81f83a0  stur    x0, [x29, #-8]
;;        444:  aa0003e2  mov     x2, x0
;;        448:  f9400440  ldr     x0, [x2, #8]
;;        44c:  f9400000  ldr     x0, [x0]
;;        450:  f9400442  ldr     x2, [x2, #8]
;;        454:  f9400442  ldr     x2, [x2, #8]
;;        458:  d1004042  sub     x2, x2, #0x10
;;        45c:  eb21405f  cmp     x2, w1, uxtw
;;        460:  5400010b  b.lt    #0x480
;;        464:  8b214010  add     x16, x0, w1, uxtw
;;        468:  fd400600  ldr     d0, [x16, #8]
;;        46c:  910003bf  mov     sp, x29
;;        470:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        474:  d65f03c0  ret
;;        478:  52800161  mov     w1, #0xb
;;        47c:  97fffee1  bl      #0  ; trap site, wasm @0x0
;;        480:  f85f83a0  ldur    x0, [x29, #-8]
;;        484:  528000a1  mov     w1, #5
;;        488:  97fffede  bl      #0  ; trap site, wasm @0x9a
;;
;; 00000490 <[3] store_lane0>:
;;        490:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        494:  910003fd  mov     x29, sp
;;        498:  f9400010  ldr     x16, [x0]
;;        49c:  f9400610  ldr     x16, [x16, #8]
;;        4a0:  d10043f1  sub     x17, sp, #0x10
;;        4a4:  eb10023f  cmp     x17, x16
;;        4a8:  54000223  b.lo    #0x4ec
;;        4ac:  9100023f  mov     sp, x17
;;        4b0:  f81f83a0  stur    x0, [x29, #-8]
;;        4b4:  aa0003e2  mov     x2, x0
;;        4b8:  f9400440  ldr     x0, [x2, #8]
;;        4bc:  f9400000  ldr     x0, [x0]
;;        4c0:  f9400442  ldr     x2, [x2, #8]
;;        4c4:  f9400442  ldr     x2, [x2, #8]
;;        4c8:  d1002042  sub     x2, x2, #8
;;        4cc:  eb21405f  cmp     x2, w1, uxtw
;;        4d0:  5400012b  b.lt    #0x4f4
;;        4d4:  fc214800  str     d0, [x0, w1, uxtw]
;;        4d8:  8b214010  add     x16, x0, w1, uxtw
;;        4dc:  bd000600  str     s0, [x16, #4]
;;        4e0:  910003bf  mov     sp, x29
;;        4e4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        4e8:  d65f03c0  ret
;;        4ec:  52800161  mov     w1, #0xb
;;        4f0:  97fffec4  bl      #0  ; trap site, wasm @0x0
;;        4f4:  f85f83a0  ldur    x0, [x29, #-8]
;;        4f8:  528000a1  mov     w1, #5
;;        4fc:  97fffec1  bl      #0  ; trap site, wasm @0xa5
;;
;; 00000500 <[4] implied_checks>:
;;        500:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        504:  910003fd  mov     x29, sp
;;        508:  f9400010  ldr     x16, [x0]
;;        50c:  f9400610  ldr     x16, [x16, #8]
;;        510:  d10043f1  sub     x17, sp, #0x10
;;        514:  eb10023f  cmp     x17, x16
;;        518:  54000343  b.lo    #0x580
;;        51c:  9100023f  mov     sp, x17
;;        520:  f81f83a0  stur    x0, [x29, #-8]
;;        524:  aa0003e2  mov     x2, x0
;;        528:  f9400440  ldr     x0, [x2, #8]
;;        52c:  f9400000  ldr     x0, [x0]
;;        530:  f9400442  ldr     x2, [x2, #8]
;;        534:  f9400442  ldr     x2, [x2, #8]
;;        538:  d100c051  sub     x17, x2, #0x30
;;        53c:  eb21423f  cmp     x17, w1, uxtw
;;        540:  5400024b  b.lt    #0x588
;;        544:  8b214010  add     x16, x0, w1, uxtw
;;        548:  3d800a00  str     q0, [x16, #0x20]
;;        54c:  8b214010  add     x16, x0, w1, uxtw
;;        550:  3dc00600  ldr     q0, [x16, #0x10]
;;        554:  8b214010  add     x16, x0, w1, uxtw
;;        558:  b27d03f1  mov     x17, #8
;;        55c:  8b110210  add     x16, x16, x17
;;        560:  3d800200  str     q0, [x16]
;;        564:  d1004042  sub     x2, x2, #0x10
;;        568:  eb21405f  cmp     x2, w1, uxtw
;;        56c:  5400014b  b.lt    #0x594
;;        570:  3ce14800  ldr     q0, [x0, w1, uxtw]
;;        574:  910003bf  mov     sp, x29
;;        578:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        57c:  d65f03c0  ret
;;        580:  52800161  mov     w1, #0xb
;;        584:  97fffe9f  bl      #0  ; trap site, wasm @0x0
;;        588:  f85f83a0  ldur    x0, [x29, #-8]
;;        58c:  528000a1  mov     w1, #5
;;        590:  97fffe9c  bl      #0  ; trap site, wasm @0xba
;;        594:  f85f83a0  ldur    x0, [x29, #-8]
;;        598:  528000a1  mov     w1, #5
;;        59c:  97fffe99  bl      #0  ; trap site, wasm @0xcc
