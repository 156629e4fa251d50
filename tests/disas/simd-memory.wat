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
;; 00000270 <[0] copy_lanes>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  d10043ff  sub     sp, sp, #0x10
;;        27c:  f81f83a0  stur    x0, [x29, #-8]
;;        280:  aa0003e2  mov     x2, x0
;;        284:  f9400440  ldr     x0, [x2, #8]
;;        288:  f9400000  ldr     x0, [x0]
;;        28c:  f9400442  ldr     x2, [x2, #8]
;;        290:  f9400442  ldr     x2, [x2, #8]
;;        294:  d100c051  sub     x17, x2, #0x30
;;        298:  eb21423f  cmp     x17, w1, uxtw
;;        29c:  5400030b  b.lt    #0x2fc
;;        2a0:  8b214010  add     x16, x0, w1, uxtw
;;        2a4:  3d800a00  str     q0, [x16, #0x20]
;;        2a8:  d1001043  sub     x3, x2, #4
;;        2ac:  eb21407f  cmp     x3, w1, uxtw
;;        2b0:  5400028b  b.lt    #0x300
;;        2b4:  8b214010  add     x16, x0, w1, uxtw
;;        2b8:  91000a10  add     x16, x16, #2
;;        2bc:  0d005a00  st1     {v0.h}[3], [x16]
;;        2c0:  d1002043  sub     x3, x2, #8
;;        2c4:  eb21407f  cmp     x3, w1, uxtw
;;        2c8:  540001eb  b.lt    #0x304
;;        2cc:  8b214010  add     x16, x0, w1, uxtw
;;        2d0:  91001210  add     x16, x16, #4
;;        2d4:  4d40ca01  ld1r    {v1.4s}, [x16]
;;        2d8:  d1003042  sub     x2, x2, #0xc
;;        2dc:  eb21405f  cmp     x2, w1, uxtw
;;        2e0:  5400014b  b.lt    #0x308
;;        2e4:  8b214010  add     x16, x0, w1, uxtw
;;        2e8:  91002210  add     x16, x16, #8
;;        2ec:  0d409200  ld1     {v0.s}[1], [x16]
;;        2f0:  910003bf  mov     sp, x29
;;        2f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f8:  d65f03c0  ret
;;        2fc:  97ffff54  bl      #0x4c  ; trap site, wasm @0x6f
;;        300:  97ffff53  bl      #0x4c  ; trap site, wasm @0x77
;;        304:  97ffff52  bl      #0x4c  ; trap site, wasm @0x7e
;;        308:  97ffff51  bl      #0x4c  ; trap site, wasm @0x87
;;
;; 00000310 <[1] widen>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  d10043ff  sub     sp, sp, #0x10
;;        31c:  f81f83a0  stur    x0, [x29, #-8]
;;        320:  aa0003e2  mov     x2, x0
;;        324:  f9400440  ldr     x0, [x2, #8]
;;        328:  f9400000  ldr     x0, [x0]
;;        32c:  f9400442  ldr     x2, [x2, #8]
;;        330:  f9400442  ldr     x2, [x2, #8]
;;        334:  d1002c42  sub     x2, x2, #0xb
;;        338:  eb21405f  cmp     x2, w1, uxtw
;;        33c:  5400012b  b.lt    #0x360
;;        340:  8b214010  add     x16, x0, w1, uxtw
;;        344:  b24007f1  mov     x17, #3
;;        348:  8b110210  add     x16, x16, x17
;;        34c:  fd400200  ldr     d0, [x16]
;;        350:  0f08a400  sshll   v0.8h, v0.8b, #0
;;        354:  910003bf  mov     sp, x29
;;        358:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        35c:  d65f03c0  ret
;;        360:  97ffff3b  bl      #0x4c  ; trap site, wasm @0x91
;;
;; 00000370 <[2] zero>:
;;        370:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        374:  910003fd  mov     x29, sp
;;        378:  d10043ff  sub     sp, sp, #0x10
;;        37c:  f81f83a0  stur    x0, [x29, #-8]
;;        380:  aa0003e2  mov     x2, x0
;;        384:  f9400440  ldr     x0, [x2, #8]
;;        388:  f9400000  ldr     x0, [x0]
;;        38c:  f9400442  ldr     x2, [x2, #8]
;;        390:  f9400442  ldr     x2, [x2, #8]
;;        394:  d1004042  sub     x2, x2, #0x10
;;        398:  eb21405f  cmp     x2, w1, uxtw
;;        39c:  540000cb  b.lt    #0x3b4
;;        3a0:  8b214010  add     x16, x0, w1, uxtw
;;        3a4:  fd400600  ldr     d0, [x16, #8]
;;        3a8:  910003bf  mov     sp, x29
;;        3ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3b0:  d65f03c0  ret
;;        3b4:  97ffff26  bl      #0x4c  ; trap site, wasm @0x9a
;;
;; 000003c0 <[3] store_lane0>:
;;        3c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3c4:  910003fd  mov     x29, sp
;;        3c8:  d10043ff  sub     sp, sp, #0x10
;;        3cc:  f81f83a0  stur    x0, [x29, #-8]
;;        3d0:  aa0003e2  mov     x2, x0
;;        3d4:  f9400440  ldr     x0, [x2, #8]
;;        3d8:  f9400000  ldr     x0, [x0]
;;        3dc:  f9400442  ldr     x2, [x2, #8]
;;        3e0:  f9400442  ldr     x2, [x2, #8]
;;        3e4:  d1002042  sub     x2, x2, #8
;;        3e8:  eb21405f  cmp     x2, w1, uxtw
;;        3ec:  540000eb  b.lt    #0x408
;;        3f0:  fc214800  str     d0, [x0, w1, uxtw]
;;        3f4:  8b214010  add     x16, x0, w1, uxtw
;;        3f8:  bd000600  str     s0, [x16, #4]
;;        3fc:  910003bf  mov     sp, x29
;;        400:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        404:  d65f03c0  ret
;;        408:  97ffff11  bl      #0x4c  ; trap site, wasm @0xa5
;;
;; 00000410 <[4] implied_checks>:
;;        410:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        414:  910003fd  mov     x29, sp
;;        418:  d10043ff  sub     sp, sp, #0x10
;;        41c:  f81f83a0  stur    x0, [x29, #-8]
;;        420:  aa0003e2  mov     x2, x0
;;        424:  f9400440  ldr     x0, [x2, #8]
;;        428:  f9400000  ldr     x0, [x0]
;;        42c:  f9400442  ldr     x2, [x2, #8]
;;        430:  f9400442  ldr     x2, [x2, #8]
;;        434:  d100c051  sub     x17, x2, #0x30
;;        438:  eb21423f  cmp     x17, w1, uxtw
;;        43c:  5400020b  b.lt    #0x47c
;;        440:  8b214010  add     x16, x0, w1, uxtw
;;        444:  3d800a00  str     q0, [x16, #0x20]
;;        448:  8b214010  add     x16, x0, w1, uxtw
;;        44c:  3dc00600  ldr     q0, [x16, #0x10]
;;        450:  8b214010  add     x16, x0, w1, uxtw
;;        454:  b27d03f1  mov     x17, #8
;;        458:  8b110210  add     x16, x16, x17
;;        45c:  3d800200  str     q0, [x16]
;;        460:  d1004042  sub     x2, x2, #0x10
;;        464:  eb21405f  cmp     x2, w1, uxtw
;;        468:  540000cb  b.lt    #0x480
;;        46c:  3ce14800  ldr     q0, [x0, w1, uxtw]
;;        470:  910003bf  mov     sp, x29
;;        474:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        478:  d65f03c0  ret
;;        47c:  97fffef4  bl      #0x4c  ; trap site, wasm @0xba
;;        480:  97fffef3  bl      #0x4c  ; trap site, wasm @0xcc
