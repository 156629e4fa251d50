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
    (v128.load64_zero offset=8 (local.get 0))))
;; ==== opt ====
;; ;; function [0] copy_lanes
;; function u0:0(i32, v128) -> (v128) {
;; block0(v0: i64, v1: i32, v2: v128):
;;     v3 = heap_base v0, imm=0
;;     v4 = heap_size v0, imm=0
;;     v128.store v1, v2, v3, v4, offset=32 still=48 @0x49
;;     v6 = heap_limit v4, imm=4
;;     v128.store16_lane v1, v2, v3, v6, offset=2 still=0 lane=3 @0x51
;;     v7 = heap_limit v4, imm=8
;;     v8 = v128.load32_splat v1, v3, v7, offset=4 still=0 @0x58
;;     v9 = heap_limit v4, imm=12
;;     v10 = v128.load32_lane v1, v2, v3, v9, offset=8 still=0 lane=1 @0x61
;;     jump block1 @0x66
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
;;     v6 = v128.load8x8_s v1, v2, v5, offset=3 still=0 @0x6b
;;     jump block1 @0x6f
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
;;     v6 = v128.load64_zero v1, v2, v5, offset=8 still=0 @0x74
;;     jump block1 @0x78
;; block1:
;;     return v6
;; }
;; ==== asm ====
;; 000001b0 <[0] copy_lanes>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d10043f1  sub     x17, sp, #0x10
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  54000443  b.lo    #0x250
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  aa0003e2  mov     x2, x0
;;        1d8:  f9400440  ldr     x0, [x2, #8]
;;        1dc:  f9400000  ldr     x0, [x0]
;;        1e0:  f9400442  ldr     x2, [x2, #8]
;;        1e4:  f9400442  ldr     x2, [x2, #8]
;;        1e8:  d100c051  sub     x17, x2, #0x30
;;        1ec:  eb21423f  cmp     x17, w1, uxtw
;;        1f0:  5400034b  b.lt    #0x258
;;        1f4:  8b214010  add     x16, x0, w1, uxtw
;;        1f8:  3d800a00  str     q0, [x16, #0x20]
;;        1fc:  d1001043  sub     x3, x2, #4
;;        200:  eb21407f  cmp     x3, w1, uxtw
;;        204:  5400030b  b.lt    #0x264
;;        208:  8b214010  add     x16, x0, w1, uxtw
;;        20c:  91000a10  add     x16, x16, #2
;;        210:  0d005a00  st1     {v0.h}[3], [x16]
;;        214:  d1002043  sub     x3, x2, #8
;;        218:  eb21407f  cmp     x3, w1, uxtw
;;        21c:  540002ab  b.lt    #0x270
;;        220:  8b214010  add     x16, x0, w1, uxtw
;;        224:  91001210  add     x16, x16, #4
;;        228:  4d40ca01  ld1r    {v1.4s}, [x16]
;;        22c:  d1003042  sub     x2, x2, #0xc
;;        230:  eb21405f  cmp     x2, w1, uxtw
;;        234:  5400024b  b.lt    #0x27c
;;        238:  8b214010  add     x16, x0, w1, uxtw
;;        23c:  91002210  add     x16, x16, #8
;;        240:  0d409200  ld1     {v0.s}[1], [x16]
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;        250:  52800161  mov     w1, #0xb
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x0
;;        258:  f85f83a0  ldur    x0, [x29, #-8]
;;        25c:  528000a1  mov     w1, #5
;;        260:  97ffff68  bl      #0  ; trap site, wasm @0x49
;;        264:  f85f83a0  ldur    x0, [x29, #-8]
;;        268:  528000a1  mov     w1, #5
;;        26c:  97ffff65  bl      #0  ; trap site, wasm @0x51
;;        270:  f85f83a0  ldur    x0, [x29, #-8]
;;        274:  528000a1  mov     w1, #5
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x58
;;        27c:  f85f83a0  ldur    x0, [x29, #-8]
;;        280:  528000a1  mov     w1, #5
;;        284:  97ffff5f  bl      #0  ; trap site, wasm @0x61
;;
;; 00000290 <[1] widen>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  54000263  b.lo    #0x2f4
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  aa0003e2  mov     x2, x0
;;        2b8:  f9400440  ldr     x0, [x2, #8]
;;        2bc:  f9400000  ldr     x0, [x0]
;;        2c0:  f9400442  ldr     x2, [x2, #8]
;;        2c4:  f9400442  ldr     x2, [x2, #8]
;;        2c8:  d1002c42  sub     x2, x2, #0xb
;;        2cc:  eb21405f  cmp     x2, w1, uxtw
;;        2d0:  5400016b  b.lt    #0x2fc
;;        2d4:  8b214010  add     x16, x0, w1, uxtw
;;        2d8:  b24007f1  mov     x17, #3
;;        2dc:  8b110210  add     x16, x16, x17
;;        2e0:  fd400200  ldr     d0, [x16]
;;        2e4:  0f08a400  sshll   v0.8h, v0.8b, #0
;;        2e8:  910003bf  mov     sp, x29
;;        2ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f0:  d65f03c0  ret
;;        2f4:  52800161  mov     w1, #0xb
;;        2f8:  97ffff42  bl      #0  ; trap site, wasm @0x0
;;        2fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        300:  528000a1  mov     w1, #5
;;        304:  97ffff3f  bl      #0  ; trap site, wasm @0x6b
;;
;; 00000310 <[2] zero>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  f9400010  ldr     x16, [x0]
;;        31c:  f9400610  ldr     x16, [x16, #8]
;;        320:  d10043f1  sub     x17, sp, #0x10
;;        324:  eb10023f  cmp     x17, x16
;;        328:  54000203  b.lo    #0x368
;;        32c:  9100023f  mov     sp, x17
;;        330:  f81f83a0  stur    x0, [x29, #-8]
;;        334:  aa0003e2  mov     x2, x0
;;        338:  f9400440  ldr     x0, [x2, #8]
;;        33c:  f9400000  ldr     x0, [x0]
;;        340:  f9400442  ldr     x2, [x2, #8]
;;        344:  f9400442  ldr     x2, [x2, #8]
;;        348:  d1004042  sub     x2, x2, #0x10
;;        34c:  eb21405f  cmp     x2, w1, uxtw
;;        350:  5400010b  b.lt    #0x370
;;        354:  8b214010  add     x16, x0, w1, uxtw
;;        358:  fd400600  ldr     d0, [x16, #8]
;;        35c:  910003bf  mov     sp, x29
;;        360:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        364:  d65f03c0  ret
;;        368:  52800161  mov     w1, #0xb
;;        36c:  97ffff25  bl      #0  ; trap site, wasm @0x0
;;        370:  f85f83a0  ldur    x0, [x29, #-8]
;;        374:  528000a1  mov     w1, #5
;;        378:  97ffff22  bl      #0  ; trap site, wasm @0x74
