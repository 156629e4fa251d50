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
;; 00000260 <[0] copy_lanes>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000443  b.lo    #0x300
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  aa0003e2  mov     x2, x0
;;        288:  f9400440  ldr     x0, [x2, #8]
;;        28c:  f9400000  ldr     x0, [x0]
;;        290:  f9400442  ldr     x2, [x2, #8]
;;        294:  f9400442  ldr     x2, [x2, #8]
;;        298:  d100c051  sub     x17, x2, #0x30
;;        29c:  eb21423f  cmp     x17, w1, uxtw
;;        2a0:  5400034b  b.lt    #0x308
;;        2a4:  8b214010  add     x16, x0, w1, uxtw
;;        2a8:  3d800a00  str     q0, [x16, #0x20]
;;        2ac:  d1001043  sub     x3, x2, #4
;;        2b0:  eb21407f  cmp     x3, w1, uxtw
;;        2b4:  5400030b  b.lt    #0x314
;;        2b8:  8b214010  add     x16, x0, w1, uxtw
;;        2bc:  91000a10  add     x16, x16, #2
;;        2c0:  0d005a00  st1     {v0.h}[3], [x16]
;;        2c4:  d1002043  sub     x3, x2, #8
;;        2c8:  eb21407f  cmp     x3, w1, uxtw
;;        2cc:  540002ab  b.lt    #0x320
;;        2d0:  8b214010  add     x16, x0, w1, uxtw
;;        2d4:  91001210  add     x16, x16, #4
;;        2d8:  4d40ca01  ld1r    {v1.4s}, [x16]
;;        2dc:  d1003042  sub     x2, x2, #0xc
;;        2e0:  eb21405f  cmp     x2, w1, uxtw
;;        2e4:  5400024b  b.lt    #0x32c
;;        2e8:  8b214010  add     x16, x0, w1, uxtw
;;        2ec:  91002210  add     x16, x16, #8
;;        2f0:  0d409200  ld1     {v0.s}[1], [x16]
;;        2f4:  910003bf  mov     sp, x29
;;        2f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2fc:  d65f03c0  ret
;;        300:  52800161  mov     w1, #0xb
;;        304:  97ffff3f  bl      #0  ; trap site, wasm @0x0
;;        308:  f85f83a0  ldur    x0, [x29, #-8]
;;        30c:  528000a1  mov     w1, #5
;;        310:  97ffff3c  bl      #0  ; trap site, wasm @0x6f
;;        314:  f85f83a0  ldur    x0, [x29, #-8]
;;        318:  528000a1  mov     w1, #5
;;        31c:  97ffff39  bl      #0  ; trap site, wasm @0x77
;;        320:  f85f83a0  ldur    x0, [x29, #-8]
;;        324:  528000a1  mov     w1, #5
;;        328:  97ffff36  bl      #0  ; trap site, wasm @0x7e
;;        32c:  f85f83a0  ldur    x0, [x29, #-8]
;;        330:  528000a1  mov     w1, #5
;;        334:  97ffff33  bl      #0  ; trap site, wasm @0x87
;;
;; 00000340 <[1] widen>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  f9400010  ldr     x16, [x0]
;;        34c:  f9400610  ldr     x16, [x16, #8]
;;        350:  d10043f1  sub     x17, sp, #0x10
;;        354:  eb10023f  cmp     x17, x16
;;        358:  54000263  b.lo    #0x3a4
;;        35c:  9100023f  mov     sp, x17
;;        360:  f81f83a0  stur    x0, [x29, #-8]
;;        364:  aa0003e2  mov     x2, x0
;;        368:  f9400440  ldr     x0, [x2, #8]
;;        36c:  f9400000  ldr     x0, [x0]
;;        370:  f9400442  ldr     x2, [x2, #8]
;;        374:  f9400442  ldr     x2, [x2, #8]
;;        378:  d1002c42  sub     x2, x2, #0xb
;;        37c:  eb21405f  cmp     x2, w1, uxtw
;;        380:  5400016b  b.lt    #0x3ac
;;        384:  8b214010  add     x16, x0, w1, uxtw
;;        388:  b24007f1  mov     x17, #3
;;        38c:  8b110210  add     x16, x16, x17
;;        390:  fd400200  ldr     d0, [x16]
;;        394:  0f08a400  sshll   v0.8h, v0.8b, #0
;;        398:  910003bf  mov     sp, x29
;;        39c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3a0:  d65f03c0  ret
;;        3a4:  52800161  mov     w1, #0xb
;;        3a8:  97ffff16  bl      #0  ; trap site, wasm @0x0
;;        3ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        3b0:  528000a1  mov     w1, #5
;;        3b4:  97ffff13  bl      #0  ; trap site, wasm @0x91
;;
;; 000003c0 <[2] zero>:
;;        3c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3c4:  910003fd  mov     x29, sp
;;        3c8:  f9400010  ldr     x16, [x0]
;;        3cc:  f9400610  ldr     x16, [x16, #8]
;;        3d0:  d10043f1  sub     x17, sp, #0x10
;;        3d4:  eb10023f  cmp     x17, x16
;;        3d8:  54000203  b.lo    #0x418
;;        3dc:  9100023f  mov     sp, x17
;;        3e0:  f81f83a0  stur    x0, [x29, #-8]
;;        3e4:  aa0003e2  mov     x2, x0
;;        3e8:  f9400440  ldr     x0, [x2, #8]
;;        3ec:  f9400000  ldr     x0, [x0]
;;        3f0:  f9400442  ldr     x2, [x2, #8]
;;        3f4:  f9400442  ldr     x2, [x2, #8]
;;        3f8:  d1004042  sub     x2, x2, #0x10
;;        3fc:  eb21405f  cmp     x2, w1, uxtw
;;        400:  5400010b  b.lt    #0x420
;;        404:  8b214010  add     x16, x0, w1, uxtw
;;        408:  fd400600  ldr     d0, [x16, #8]
;;        40c:  910003bf  mov     sp, x29
;;        410:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        414:  d65f03c0  ret
;;        418:  52800161  mov     w1, #0xb
;;        41c:  97fffef9  bl      #0  ; trap site, wasm @0x0
;;        420:  f85f83a0  ldur    x0, [x29, #-8]
;;        424:  528000a1  mov     w1, #5
;;        428:  97fffef6  bl      #0  ; trap site, wasm @0x9a
;;
;; 00000430 <[3] store_lane0>:
;;        430:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        434:  910003fd  mov     x29, sp
;;        438:  f9400010  ldr     x16, [x0]
;;        43c:  f9400610  ldr     x16, [x16, #8]
;;        440:  d10043f1  sub     x17, sp, #0x10
;;        444:  eb10023f  cmp     x17, x16
;;        448:  54000223  b.lo    #0x48c
;;        44c:  9100023f  mov     sp, x17
;;        450:  f81f83a0  stur    x0, [x29, #-8]
;;        454:  aa0003e2  mov     x2, x0
;;        458:  f9400440  ldr     x0, [x2, #8]
;;        45c:  f9400000  ldr     x0, [x0]
;;        460:  f9400442  ldr     x2, [x2, #8]
;;        464:  f9400442  ldr     x2, [x2, #8]
;;        468:  d1002042  sub     x2, x2, #8
;;        46c:  eb21405f  cmp     x2, w1, uxtw
;;        470:  5400012b  b.lt    #0x494
;;        474:  fc214800  str     d0, [x0, w1, uxtw]
;;        478:  8b214010  add     x16, x0, w1, uxtw
;;        47c:  bd000600  str     s0, [x16, #4]
;;        480:  910003bf  mov     sp, x29
;;        484:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        488:  d65f03c0  ret
;;        48c:  52800161  mov     w1, #0xb
;;        490:  97fffedc  bl      #0  ; trap site, wasm @0x0
;;        494:  f85f83a0  ldur    x0, [x29, #-8]
;;        498:  528000a1  mov     w1, #5
;;        49c:  97fffed9  bl      #0  ; trap site, wasm @0xa5
;;
;; 000004a0 <[4] implied_checks>:
;;        4a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        4a4:  910003fd  mov     x29, sp
;;        4a8:  f9400010  ldr     x16, [x0]
;;        4ac:  f9400610  ldr     x16, [x16, #8]
;;        4b0:  d10043f1  sub     x17, sp, #0x10
;;        4b4:  eb10023f  cmp     x17, x16
;;        4b8:  54000343  b.lo    #0x520
;;        4bc:  9100023f  mov     sp, x17
;;        4c0:  f81f83a0  stur    x0, [x29, #-8]
;;        4c4:  aa0003e2  mov     x2, x0
;;        4c8:  f9400440  ldr     x0, [x2, #8]
;;        4cc:  f9400000  ldr     x0, [x0]
;;        4d0:  f9400442  ldr     x2, [x2, #8]
;;        4d4:  f9400442  ldr     x2, [x2, #8]
;;        4d8:  d100c051  sub     x17, x2, #0x30
;;        4dc:  eb21423f  cmp     x17, w1, uxtw
;;        4e0:  5400024b  b.lt    #0x528
;;        4e4:  8b214010  add     x16, x0, w1, uxtw
;;        4e8:  3d800a00  str     q0, [x16, #0x20]
;;        4ec:  8b214010  add     x16, x0, w1, uxtw
;;        4f0:  3dc00600  ldr     q0, [x16, #0x10]
;;        4f4:  8b214010  add     x16, x0, w1, uxtw
;;        4f8:  b27d03f1  mov     x17, #8
;;        4fc:  8b110210  add     x16, x16, x17
;;        500:  3d800200  str     q0, [x16]
;;        504:  d1004042  sub     x2, x2, #0x10
;;        508:  eb21405f  cmp     x2, w1, uxtw
;;        50c:  5400014b  b.lt    #0x534
;;        510:  3ce14800  ldr     q0, [x0, w1, uxtw]
;;        514:  910003bf  mov     sp, x29
;;        518:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        51c:  d65f03c0  ret
;;        520:  52800161  mov     w1, #0xb
;;        524:  97fffeb7  bl      #0  ; trap site, wasm @0x0
;;        528:  f85f83a0  ldur    x0, [x29, #-8]
;;        52c:  528000a1  mov     w1, #5
;;        530:  97fffeb4  bl      #0  ; trap site, wasm @0xba
;;        534:  f85f83a0  ldur    x0, [x29, #-8]
;;        538:  528000a1  mov     w1, #5
;;        53c:  97fffeb1  bl      #0  ; trap site, wasm @0xcc
