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
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  aa0003e2  mov     x2, x0
;;        274:  f9400440  ldr     x0, [x2, #8]
;;        278:  f9400000  ldr     x0, [x0]
;;        27c:  f9400442  ldr     x2, [x2, #8]
;;        280:  f9400442  ldr     x2, [x2, #8]
;;        284:  d100c051  sub     x17, x2, #0x30
;;        288:  eb21423f  cmp     x17, w1, uxtw
;;        28c:  5400030b  b.lt    #0x2ec
;;        290:  8b214010  add     x16, x0, w1, uxtw
;;        294:  3d800a00  str     q0, [x16, #0x20]
;;        298:  d1001043  sub     x3, x2, #4
;;        29c:  eb21407f  cmp     x3, w1, uxtw
;;        2a0:  540002cb  b.lt    #0x2f8
;;        2a4:  8b214010  add     x16, x0, w1, uxtw
;;        2a8:  91000a10  add     x16, x16, #2
;;        2ac:  0d005a00  st1     {v0.h}[3], [x16]
;;        2b0:  d1002043  sub     x3, x2, #8
;;        2b4:  eb21407f  cmp     x3, w1, uxtw
;;        2b8:  5400026b  b.lt    #0x304
;;        2bc:  8b214010  add     x16, x0, w1, uxtw
;;        2c0:  91001210  add     x16, x16, #4
;;        2c4:  4d40ca01  ld1r    {v1.4s}, [x16]
;;        2c8:  d1003042  sub     x2, x2, #0xc
;;        2cc:  eb21405f  cmp     x2, w1, uxtw
;;        2d0:  5400020b  b.lt    #0x310
;;        2d4:  8b214010  add     x16, x0, w1, uxtw
;;        2d8:  91002210  add     x16, x16, #8
;;        2dc:  0d409200  ld1     {v0.s}[1], [x16]
;;        2e0:  910003bf  mov     sp, x29
;;        2e4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2e8:  d65f03c0  ret
;;        2ec:  f85f83a0  ldur    x0, [x29, #-8]
;;        2f0:  528000a1  mov     w1, #5
;;        2f4:  97ffff43  bl      #0  ; trap site, wasm @0x6f
;;        2f8:  f85f83a0  ldur    x0, [x29, #-8]
;;        2fc:  528000a1  mov     w1, #5
;;        300:  97ffff40  bl      #0  ; trap site, wasm @0x77
;;        304:  f85f83a0  ldur    x0, [x29, #-8]
;;        308:  528000a1  mov     w1, #5
;;        30c:  97ffff3d  bl      #0  ; trap site, wasm @0x7e
;;        310:  f85f83a0  ldur    x0, [x29, #-8]
;;        314:  528000a1  mov     w1, #5
;;        318:  97ffff3a  bl      #0  ; trap site, wasm @0x87
;;
;; 00000320 <[1] widen>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  d10043ff  sub     sp, sp, #0x10
;;        32c:  f81f83a0  stur    x0, [x29, #-8]
;;        330:  aa0003e2  mov     x2, x0
;;        334:  f9400440  ldr     x0, [x2, #8]
;;        338:  f9400000  ldr     x0, [x0]
;;        33c:  f9400442  ldr     x2, [x2, #8]
;;        340:  f9400442  ldr     x2, [x2, #8]
;;        344:  d1002c42  sub     x2, x2, #0xb
;;        348:  eb21405f  cmp     x2, w1, uxtw
;;        34c:  5400012b  b.lt    #0x370
;;        350:  8b214010  add     x16, x0, w1, uxtw
;;        354:  b24007f1  mov     x17, #3
;;        358:  8b110210  add     x16, x16, x17
;;        35c:  fd400200  ldr     d0, [x16]
;;        360:  0f08a400  sshll   v0.8h, v0.8b, #0
;;        364:  910003bf  mov     sp, x29
;;        368:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        36c:  d65f03c0  ret
;;        370:  f85f83a0  ldur    x0, [x29, #-8]
;;        374:  528000a1  mov     w1, #5
;;        378:  97ffff22  bl      #0  ; trap site, wasm @0x91
;;
;; 00000380 <[2] zero>:
;;        380:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        384:  910003fd  mov     x29, sp
;;        388:  d10043ff  sub     sp, sp, #0x10
;;        38c:  f81f83a0  stur    x0, [x29, #-8]
;;        390:  aa0003e2  mov     x2, x0
;;        394:  f9400440  ldr     x0, [x2, #8]
;;        398:  f9400000  ldr     x0, [x0]
;;        39c:  f9400442  ldr     x2, [x2, #8]
;;        3a0:  f9400442  ldr     x2, [x2, #8]
;;        3a4:  d1004042  sub     x2, x2, #0x10
;;        3a8:  eb21405f  cmp     x2, w1, uxtw
;;        3ac:  540000cb  b.lt    #0x3c4
;;        3b0:  8b214010  add     x16, x0, w1, uxtw
;;        3b4:  fd400600  ldr     d0, [x16, #8]
;;        3b8:  910003bf  mov     sp, x29
;;        3bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3c0:  d65f03c0  ret
;;        3c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        3c8:  528000a1  mov     w1, #5
;;        3cc:  97ffff0d  bl      #0  ; trap site, wasm @0x9a
;;
;; 000003d0 <[3] store_lane0>:
;;        3d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3d4:  910003fd  mov     x29, sp
;;        3d8:  d10043ff  sub     sp, sp, #0x10
;;        3dc:  f81f83a0  stur    x0, [x29, #-8]
;;        3e0:  aa0003e2  mov     x2, x0
;;        3e4:  f9400440  ldr     x0, [x2, #8]
;;        3e8:  f9400000  ldr     x0, [x0]
;;        3ec:  f9400442  ldr     x2, [x2, #8]
;;        3f0:  f9400442  ldr     x2, [x2, #8]
;;        3f4:  d1002042  sub     x2, x2, #8
;;        3f8:  eb21405f  cmp     x2, w1, uxtw
;;        3fc:  540000eb  b.lt    #0x418
;;        400:  fc214800  str     d0, [x0, w1, uxtw]
;;        404:  8b214010  add     x16, x0, w1, uxtw
;;        408:  bd000600  str     s0, [x16, #4]
;;        40c:  910003bf  mov     sp, x29
;;        410:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        414:  d65f03c0  ret
;;        418:  f85f83a0  ldur    x0, [x29, #-8]
;;        41c:  528000a1  mov     w1, #5
;;        420:  97fffef8  bl      #0  ; trap site, wasm @0xa5
;;
;; 00000430 <[4] implied_checks>:
;;        430:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        434:  910003fd  mov     x29, sp
;;        438:  d10043ff  sub     sp, sp, #0x10
;;        43c:  f81f83a0  stur    x0, [x29, #-8]
;;        440:  aa0003e2  mov     x2, x0
;;        444:  f9400440  ldr     x0, [x2, #8]
;;        448:  f9400000  ldr     x0, [x0]
;;        44c:  f9400442  ldr     x2, [x2, #8]
;;        450:  f9400442  ldr     x2, [x2, #8]
;;        454:  d100c051  sub     x17, x2, #0x30
;;        458:  eb21423f  cmp     x17, w1, uxtw
;;        45c:  5400020b  b.lt    #0x49c
;;        460:  8b214010  add     x16, x0, w1, uxtw
;;        464:  3d800a00  str     q0, [x16, #0x20]
;;        468:  8b214010  add     x16, x0, w1, uxtw
;;        46c:  3dc00600  ldr     q0, [x16, #0x10]
;;        470:  8b214010  add     x16, x0, w1, uxtw
;;        474:  b27d03f1  mov     x17, #8
;;        478:  8b110210  add     x16, x16, x17
;;        47c:  3d800200  str     q0, [x16]
;;        480:  d1004042  sub     x2, x2, #0x10
;;        484:  eb21405f  cmp     x2, w1, uxtw
;;        488:  5400010b  b.lt    #0x4a8
;;        48c:  3ce14800  ldr     q0, [x0, w1, uxtw]
;;        490:  910003bf  mov     sp, x29
;;        494:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        498:  d65f03c0  ret
;;        49c:  f85f83a0  ldur    x0, [x29, #-8]
;;        4a0:  528000a1  mov     w1, #5
;;        4a4:  97fffed7  bl      #0  ; trap site, wasm @0xba
;;        4a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        4ac:  528000a1  mov     w1, #5
;;        4b0:  97fffed4  bl      #0  ; trap site, wasm @0xcc
