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
;;     v128.store v1, v2, v3, v3, offset=32 still=guarded @0x6f
;;     v128.store16_lane v1, v2, v3, v3, offset=2 still=guarded lane=3 @0x77
;;     v6 = v128.load32_splat v1, v3, v3, offset=4 still=guarded @0x7e
;;     v7 = v128.load32_lane v1, v2, v3, v3, offset=8 still=guarded lane=1 @0x87
;;     jump block1 @0x8c
;; block1:
;;     return v7
;; }
;;
;; ;; function [1] widen
;; function u0:1(i32) -> (v128) {
;; block0(v0: i64, v1: i32):
;;     v2 = heap_base v0, imm=0
;;     v5 = v128.load8x8_s v1, v2, v2, offset=3 still=guarded @0x91
;;     jump block1 @0x95
;; block1:
;;     return v5
;; }
;;
;; ;; function [2] zero
;; function u0:2(i32) -> (v128) {
;; block0(v0: i64, v1: i32):
;;     v2 = heap_base v0, imm=0
;;     v5 = v128.load64_zero v1, v2, v2, offset=8 still=guarded @0x9a
;;     jump block1 @0x9e
;; block1:
;;     return v5
;; }
;;
;; ;; function [3] store_lane0
;; function u0:3(i32, v128) -> () {
;; block0(v0: i64, v1: i32, v2: v128):
;;     v3 = heap_base v0, imm=0
;;     v128.store64_lane v1, v2, v3, v3, offset=0 still=guarded lane=0 @0xa5
;;     v128.store32_lane v1, v2, v3, v3, offset=4 still=guarded lane=0 @0xae
;;     jump block1 @0xb3
;; block1:
;;     return
;; }
;;
;; ;; function [4] implied_checks
;; function u0:4(i32, v128) -> (v128) {
;; block0(v0: i64, v1: i32, v2: v128):
;;     v3 = heap_base v0, imm=0
;;     v128.store v1, v2, v3, v3, offset=32 still=guarded @0xba
;;     v6 = v128.load v1, v3, v3, offset=16 still=guarded @0xc2
;;     v128.store v1, v6, v3, v3, offset=8 still=guarded @0xc6
;;     v7 = v128.load v1, v3, v3, offset=0 still=guarded @0xcc
;;     jump block1 @0xd0
;; block1:
;;     return v7
;; }
;; ==== asm ====
;; 00000260 <[0] copy_lanes>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  540002a3  b.lo    #0x2cc
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  f9400400  ldr     x0, [x0, #8]
;;        288:  f9400000  ldr     x0, [x0]
;;        28c:  8b214010  add     x16, x0, w1, uxtw
;;        290:  3dc00a1f  ldr     q31, [x16, #0x20]
;;        294:  3d800a00  str     q0, [x16, #0x20]  ; trap site, wasm @0x6f
;;        298:  8b214010  add     x16, x0, w1, uxtw
;;        29c:  91000a10  add     x16, x16, #2
;;        2a0:  7940021f  ldrh    wzr, [x16]
;;        2a4:  0d005a00  st1     {v0.h}[3], [x16]  ; trap site, wasm @0x77
;;        2a8:  8b214010  add     x16, x0, w1, uxtw
;;        2ac:  91001210  add     x16, x16, #4
;;        2b0:  4d40ca01  ld1r    {v1.4s}, [x16]  ; trap site, wasm @0x7e
;;        2b4:  8b214010  add     x16, x0, w1, uxtw
;;        2b8:  91002210  add     x16, x16, #8
;;        2bc:  0d409200  ld1     {v0.s}[1], [x16]  ; trap site, wasm @0x87
;;        2c0:  910003bf  mov     sp, x29
;;        2c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c8:  d65f03c0  ret
;;        2cc:  52800161  mov     w1, #0xb
;;        2d0:  97ffff4c  bl      #0  ; trap site, wasm @0x0
;;
;; 000002e0 <[1] widen>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  540001a3  b.lo    #0x32c
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  f9400400  ldr     x0, [x0, #8]
;;        308:  f9400000  ldr     x0, [x0]
;;        30c:  8b214010  add     x16, x0, w1, uxtw
;;        310:  b24007f1  mov     x17, #3
;;        314:  8b110210  add     x16, x16, x17
;;        318:  fd400200  ldr     d0, [x16]
;;        31c:  0f08a400  sshll   v0.8h, v0.8b, #0  ; trap site, wasm @0x91
;;        320:  910003bf  mov     sp, x29
;;        324:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        328:  d65f03c0  ret
;;        32c:  52800161  mov     w1, #0xb
;;        330:  97ffff34  bl      #0  ; trap site, wasm @0x0
;;
;; 00000340 <[2] zero>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  f9400010  ldr     x16, [x0]
;;        34c:  f9400610  ldr     x16, [x16, #8]
;;        350:  d10043f1  sub     x17, sp, #0x10
;;        354:  eb10023f  cmp     x17, x16
;;        358:  54000143  b.lo    #0x380
;;        35c:  9100023f  mov     sp, x17
;;        360:  f81f83a0  stur    x0, [x29, #-8]
;;        364:  f9400400  ldr     x0, [x0, #8]
;;        368:  f9400000  ldr     x0, [x0]
;;        36c:  8b214010  add     x16, x0, w1, uxtw
;;        370:  fd400600  ldr     d0, [x16, #8]  ; trap site, wasm @0x9a
;;        374:  910003bf  mov     sp, x29
;;        378:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        37c:  d65f03c0  ret
;;        380:  52800161  mov     w1, #0xb
;;        384:  97ffff1f  bl      #0  ; trap site, wasm @0x0
;;
;; 00000390 <[3] store_lane0>:
;;        390:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        394:  910003fd  mov     x29, sp
;;        398:  f9400010  ldr     x16, [x0]
;;        39c:  f9400610  ldr     x16, [x16, #8]
;;        3a0:  d10043f1  sub     x17, sp, #0x10
;;        3a4:  eb10023f  cmp     x17, x16
;;        3a8:  540001a3  b.lo    #0x3dc
;;        3ac:  9100023f  mov     sp, x17
;;        3b0:  f81f83a0  stur    x0, [x29, #-8]
;;        3b4:  f9400400  ldr     x0, [x0, #8]
;;        3b8:  f9400000  ldr     x0, [x0]
;;        3bc:  fc61481f  ldr     d31, [x0, w1, uxtw]
;;        3c0:  fc214800  str     d0, [x0, w1, uxtw]  ; trap site, wasm @0xa5
;;        3c4:  8b214010  add     x16, x0, w1, uxtw
;;        3c8:  bd40061f  ldr     s31, [x16, #4]
;;        3cc:  bd000600  str     s0, [x16, #4]  ; trap site, wasm @0xae
;;        3d0:  910003bf  mov     sp, x29
;;        3d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3d8:  d65f03c0  ret
;;        3dc:  52800161  mov     w1, #0xb
;;        3e0:  97ffff08  bl      #0  ; trap site, wasm @0x0
;;
;; 000003f0 <[4] implied_checks>:
;;        3f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3f4:  910003fd  mov     x29, sp
;;        3f8:  f9400010  ldr     x16, [x0]
;;        3fc:  f9400610  ldr     x16, [x16, #8]
;;        400:  d10043f1  sub     x17, sp, #0x10
;;        404:  eb10023f  cmp     x17, x16
;;        408:  54000263  b.lo    #0x454
;;        40c:  9100023f  mov     sp, x17
;;        410:  f81f83a0  stur    x0, [x29, #-8]
;;        414:  f9400400  ldr     x0, [x0, #8]
;;        418:  f9400000  ldr     x0, [x0]
;;        41c:  8b214010  add     x16, x0, w1, uxtw
;;        420:  3dc00a1f  ldr     q31, [x16, #0x20]
;;        424:  3d800a00  str     q0, [x16, #0x20]  ; trap site, wasm @0xba
;;        428:  8b214010  add     x16, x0, w1, uxtw
;;        42c:  3dc00600  ldr     q0, [x16, #0x10]  ; trap site, wasm @0xc2
;;        430:  8b214010  add     x16, x0, w1, uxtw
;;        434:  b27d03f1  mov     x17, #8
;;        438:  8b110210  add     x16, x16, x17
;;        43c:  3dc0021f  ldr     q31, [x16]
;;        440:  3d800200  str     q0, [x16]  ; trap site, wasm @0xc6
;;        444:  3ce14800  ldr     q0, [x0, w1, uxtw]  ; trap site, wasm @0xcc
;;        448:  910003bf  mov     sp, x29
;;        44c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        450:  d65f03c0  ret
;;        454:  52800161  mov     w1, #0xb
;;        458:  97fffeea  bl      #0  ; trap site, wasm @0x0
