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
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  f9400400  ldr     x0, [x0, #8]
;;        274:  f9400000  ldr     x0, [x0]
;;        278:  8b214010  add     x16, x0, w1, uxtw
;;        27c:  3dc00a1f  ldr     q31, [x16, #0x20]
;;        280:  3d800a00  str     q0, [x16, #0x20]  ; trap site, wasm @0x6f
;;        284:  8b214010  add     x16, x0, w1, uxtw
;;        288:  91000a10  add     x16, x16, #2
;;        28c:  7940021f  ldrh    wzr, [x16]
;;        290:  0d005a00  st1     {v0.h}[3], [x16]  ; trap site, wasm @0x77
;;        294:  8b214010  add     x16, x0, w1, uxtw
;;        298:  91001210  add     x16, x16, #4
;;        29c:  4d40ca01  ld1r    {v1.4s}, [x16]  ; trap site, wasm @0x7e
;;        2a0:  8b214010  add     x16, x0, w1, uxtw
;;        2a4:  91002210  add     x16, x16, #8
;;        2a8:  0d409200  ld1     {v0.s}[1], [x16]  ; trap site, wasm @0x87
;;        2ac:  910003bf  mov     sp, x29
;;        2b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b4:  d65f03c0  ret
;;
;; 000002c0 <[1] widen>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  d10043ff  sub     sp, sp, #0x10
;;        2cc:  f81f83a0  stur    x0, [x29, #-8]
;;        2d0:  f9400400  ldr     x0, [x0, #8]
;;        2d4:  f9400000  ldr     x0, [x0]
;;        2d8:  8b214010  add     x16, x0, w1, uxtw
;;        2dc:  b24007f1  mov     x17, #3
;;        2e0:  8b110210  add     x16, x16, x17
;;        2e4:  fd400200  ldr     d0, [x16]
;;        2e8:  0f08a400  sshll   v0.8h, v0.8b, #0  ; trap site, wasm @0x91
;;        2ec:  910003bf  mov     sp, x29
;;        2f0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f4:  d65f03c0  ret
;;
;; 00000300 <[2] zero>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  f9400400  ldr     x0, [x0, #8]
;;        314:  f9400000  ldr     x0, [x0]
;;        318:  8b214010  add     x16, x0, w1, uxtw
;;        31c:  fd400600  ldr     d0, [x16, #8]  ; trap site, wasm @0x9a
;;        320:  910003bf  mov     sp, x29
;;        324:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        328:  d65f03c0  ret
;;
;; 00000330 <[3] store_lane0>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  d10043ff  sub     sp, sp, #0x10
;;        33c:  f81f83a0  stur    x0, [x29, #-8]
;;        340:  f9400400  ldr     x0, [x0, #8]
;;        344:  f9400000  ldr     x0, [x0]
;;        348:  fc61481f  ldr     d31, [x0, w1, uxtw]
;;        34c:  fc214800  str     d0, [x0, w1, uxtw]  ; trap site, wasm @0xa5
;;        350:  8b214010  add     x16, x0, w1, uxtw
;;        354:  bd40061f  ldr     s31, [x16, #4]
;;        358:  bd000600  str     s0, [x16, #4]  ; trap site, wasm @0xae
;;        35c:  910003bf  mov     sp, x29
;;        360:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        364:  d65f03c0  ret
;;
;; 00000370 <[4] implied_checks>:
;;        370:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        374:  910003fd  mov     x29, sp
;;        378:  d10043ff  sub     sp, sp, #0x10
;;        37c:  f81f83a0  stur    x0, [x29, #-8]
;;        380:  f9400400  ldr     x0, [x0, #8]
;;        384:  f9400000  ldr     x0, [x0]
;;        388:  8b214010  add     x16, x0, w1, uxtw
;;        38c:  3dc00a1f  ldr     q31, [x16, #0x20]
;;        390:  3d800a00  str     q0, [x16, #0x20]  ; trap site, wasm @0xba
;;        394:  8b214010  add     x16, x0, w1, uxtw
;;        398:  3dc00600  ldr     q0, [x16, #0x10]  ; trap site, wasm @0xc2
;;        39c:  8b214010  add     x16, x0, w1, uxtw
;;        3a0:  b27d03f1  mov     x17, #8
;;        3a4:  8b110210  add     x16, x16, x17
;;        3a8:  3dc0021f  ldr     q31, [x16]
;;        3ac:  3d800200  str     q0, [x16]  ; trap site, wasm @0xc6
;;        3b0:  3ce14800  ldr     q0, [x0, w1, uxtw]  ; trap site, wasm @0xcc
;;        3b4:  910003bf  mov     sp, x29
;;        3b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3bc:  d65f03c0  ret
