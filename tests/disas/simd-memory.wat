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
;; 000002c0 <[0] copy_lanes>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  d10043ff  sub     sp, sp, #0x10
;;        2cc:  f81f83a0  stur    x0, [x29, #-8]
;;        2d0:  f9400400  ldr     x0, [x0, #8]
;;        2d4:  f9400000  ldr     x0, [x0]
;;        2d8:  8b214010  add     x16, x0, w1, uxtw
;;        2dc:  3dc00a1f  ldr     q31, [x16, #0x20]
;;        2e0:  3d800a00  str     q0, [x16, #0x20]  ; trap site, wasm @0x6f
;;        2e4:  8b214010  add     x16, x0, w1, uxtw
;;        2e8:  91000a10  add     x16, x16, #2
;;        2ec:  7940021f  ldrh    wzr, [x16]
;;        2f0:  0d005a00  st1     {v0.h}[3], [x16]  ; trap site, wasm @0x77
;;        2f4:  8b214010  add     x16, x0, w1, uxtw
;;        2f8:  91001210  add     x16, x16, #4
;;        2fc:  4d40ca01  ld1r    {v1.4s}, [x16]  ; trap site, wasm @0x7e
;;        300:  8b214010  add     x16, x0, w1, uxtw
;;        304:  91002210  add     x16, x16, #8
;;        308:  0d409200  ld1     {v0.s}[1], [x16]  ; trap site, wasm @0x87
;;        30c:  910003bf  mov     sp, x29
;;        310:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        314:  d65f03c0  ret
;;
;; 00000320 <[1] widen>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  d10043ff  sub     sp, sp, #0x10
;;        32c:  f81f83a0  stur    x0, [x29, #-8]
;;        330:  f9400400  ldr     x0, [x0, #8]
;;        334:  f9400000  ldr     x0, [x0]
;;        338:  8b214010  add     x16, x0, w1, uxtw
;;        33c:  b24007f1  mov     x17, #3
;;        340:  8b110210  add     x16, x16, x17
;;        344:  fd400200  ldr     d0, [x16]
;;        348:  0f08a400  sshll   v0.8h, v0.8b, #0  ; trap site, wasm @0x91
;;        34c:  910003bf  mov     sp, x29
;;        350:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        354:  d65f03c0  ret
;;
;; 00000360 <[2] zero>:
;;        360:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        364:  910003fd  mov     x29, sp
;;        368:  d10043ff  sub     sp, sp, #0x10
;;        36c:  f81f83a0  stur    x0, [x29, #-8]
;;        370:  f9400400  ldr     x0, [x0, #8]
;;        374:  f9400000  ldr     x0, [x0]
;;        378:  8b214010  add     x16, x0, w1, uxtw
;;        37c:  fd400600  ldr     d0, [x16, #8]  ; trap site, wasm @0x9a
;;        380:  910003bf  mov     sp, x29
;;        384:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        388:  d65f03c0  ret
;;
;; 00000390 <[3] store_lane0>:
;;        390:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        394:  910003fd  mov     x29, sp
;;        398:  d10043ff  sub     sp, sp, #0x10
;;        39c:  f81f83a0  stur    x0, [x29, #-8]
;;        3a0:  f9400400  ldr     x0, [x0, #8]
;;        3a4:  f9400000  ldr     x0, [x0]
;;        3a8:  fc61481f  ldr     d31, [x0, w1, uxtw]
;;        3ac:  fc214800  str     d0, [x0, w1, uxtw]  ; trap site, wasm @0xa5
;;        3b0:  8b214010  add     x16, x0, w1, uxtw
;;        3b4:  bd40061f  ldr     s31, [x16, #4]
;;        3b8:  bd000600  str     s0, [x16, #4]  ; trap site, wasm @0xae
;;        3bc:  910003bf  mov     sp, x29
;;        3c0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3c4:  d65f03c0  ret
;;
;; 000003d0 <[4] implied_checks>:
;;        3d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3d4:  910003fd  mov     x29, sp
;;        3d8:  d10043ff  sub     sp, sp, #0x10
;;        3dc:  f81f83a0  stur    x0, [x29, #-8]
;;        3e0:  f9400400  ldr     x0, [x0, #8]
;;        3e4:  f9400000  ldr     x0, [x0]
;;        3e8:  8b214010  add     x16, x0, w1, uxtw
;;        3ec:  3dc00a1f  ldr     q31, [x16, #0x20]
;;        3f0:  3d800a00  str     q0, [x16, #0x20]  ; trap site, wasm @0xba
;;        3f4:  8b214010  add     x16, x0, w1, uxtw
;;        3f8:  3dc00600  ldr     q0, [x16, #0x10]  ; trap site, wasm @0xc2
;;        3fc:  8b214010  add     x16, x0, w1, uxtw
;;        400:  b27d03f1  mov     x17, #8
;;        404:  8b110210  add     x16, x16, x17
;;        408:  3dc0021f  ldr     q31, [x16]
;;        40c:  3d800200  str     q0, [x16]  ; trap site, wasm @0xc6
;;        410:  3ce14800  ldr     q0, [x0, w1, uxtw]  ; trap site, wasm @0xcc
;;        414:  910003bf  mov     sp, x29
;;        418:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        41c:  d65f03c0  ret
