;;! stages = asm
(module (memory 1 1 shared)
  (func (export "sub") (param i32 i32) (result i32) (i32.atomic.rmw.sub offset=4 (local.get 0) (local.get 1)))
  (func (export "and8") (param i32 i64) (result i64) (i64.atomic.rmw8.and_u (local.get 0) (local.get 1)))
  (func (export "cmpxchg16") (param i32 i32 i32) (result i32)
    (i32.atomic.rmw16.cmpxchg_u offset=1 (local.get 0) (local.get 1) (local.get 2))))
;; ==== asm ====
;; 00000250 <[0] sub>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10043f1  sub     x17, sp, #0x10
;;        264:  eb10023f  cmp     x17, x16
;;        268:  540002c3  b.lo    #0x2c0
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  aa0003e3  mov     x3, x0
;;        278:  f9400460  ldr     x0, [x3, #8]
;;        27c:  f9400000  ldr     x0, [x0]
;;        280:  f9400463  ldr     x3, [x3, #8]
;;        284:  f9400463  ldr     x3, [x3, #8]
;;        288:  d1002064  sub     x4, x3, #8
;;        28c:  7200043f  tst     w1, #3
;;        290:  540001c1  b.ne    #0x2c8
;;        294:  eb21409f  cmp     x4, w1, uxtw
;;        298:  540001eb  b.lt    #0x2d4
;;        29c:  8b214010  add     x16, x0, w1, uxtw
;;        2a0:  b27e03f1  mov     x17, #4
;;        2a4:  8b110210  add     x16, x16, x17
;;        2a8:  4b0203f1  neg     w17, w2
;;        2ac:  b8f10203  ldaddal w17, w3, [x16]
;;        2b0:  aa0303e0  mov     x0, x3
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
;;        2c0:  52800161  mov     w1, #0xb
;;        2c4:  97ffff4f  bl      #0  ; trap site, wasm @0x0
;;        2c8:  f85f83a0  ldur    x0, [x29, #-8]
;;        2cc:  52800341  mov     w1, #0x1a
;;        2d0:  97ffff4c  bl      #0  ; trap site, wasm @0x4f
;;        2d4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2d8:  528000a1  mov     w1, #5
;;        2dc:  97ffff49  bl      #0  ; trap site, wasm @0x4f
;;
;; 000002e0 <[1] and8>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  54000243  b.lo    #0x340
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  aa0003e3  mov     x3, x0
;;        308:  f9400460  ldr     x0, [x3, #8]
;;        30c:  f9400000  ldr     x0, [x0]
;;        310:  f9400463  ldr     x3, [x3, #8]
;;        314:  f9400463  ldr     x3, [x3, #8]
;;        318:  d1000464  sub     x4, x3, #1
;;        31c:  eb21409f  cmp     x4, w1, uxtw
;;        320:  5400014b  b.lt    #0x348
;;        324:  8b214010  add     x16, x0, w1, uxtw
;;        328:  2a2203f1  mvn     w17, w2
;;        32c:  38f11203  ldclralb w17, w3, [x16]
;;        330:  aa0303e0  mov     x0, x3
;;        334:  910003bf  mov     sp, x29
;;        338:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        33c:  d65f03c0  ret
;;        340:  52800161  mov     w1, #0xb
;;        344:  97ffff2f  bl      #0  ; trap site, wasm @0x0
;;        348:  f85f83a0  ldur    x0, [x29, #-8]
;;        34c:  528000a1  mov     w1, #5
;;        350:  97ffff2c  bl      #0  ; trap site, wasm @0x5a
;;
;; 00000360 <[2] cmpxchg16>:
;;        360:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        364:  910003fd  mov     x29, sp
;;        368:  f9400010  ldr     x16, [x0]
;;        36c:  f9400610  ldr     x16, [x16, #8]
;;        370:  d10043f1  sub     x17, sp, #0x10
;;        374:  eb10023f  cmp     x17, x16
;;        378:  540002e3  b.lo    #0x3d4
;;        37c:  9100023f  mov     sp, x17
;;        380:  f81f83a0  stur    x0, [x29, #-8]
;;        384:  aa0003e4  mov     x4, x0
;;        388:  f9400480  ldr     x0, [x4, #8]
;;        38c:  f9400000  ldr     x0, [x0]
;;        390:  f9400484  ldr     x4, [x4, #8]
;;        394:  f9400484  ldr     x4, [x4, #8]
;;        398:  d1000c85  sub     x5, x4, #3
;;        39c:  11000431  add     w17, w1, #1
;;        3a0:  7200023f  tst     w17, #1
;;        3a4:  540001c1  b.ne    #0x3dc
;;        3a8:  eb2140bf  cmp     x5, w1, uxtw
;;        3ac:  540001eb  b.lt    #0x3e8
;;        3b0:  8b214010  add     x16, x0, w1, uxtw
;;        3b4:  b24003f1  mov     x17, #1
;;        3b8:  8b110210  add     x16, x16, x17
;;        3bc:  2a0203e4  mov     w4, w2
;;        3c0:  48e4fe03  casalh  w4, w3, [x16]
;;        3c4:  aa0403e0  mov     x0, x4
;;        3c8:  910003bf  mov     sp, x29
;;        3cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3d0:  d65f03c0  ret
;;        3d4:  52800161  mov     w1, #0xb
;;        3d8:  97ffff0a  bl      #0  ; trap site, wasm @0x0
;;        3dc:  f85f83a0  ldur    x0, [x29, #-8]
;;        3e0:  52800341  mov     w1, #0x1a
;;        3e4:  97ffff07  bl      #0  ; trap site, wasm @0x67
;;        3e8:  f85f83a0  ldur    x0, [x29, #-8]
;;        3ec:  528000a1  mov     w1, #5
;;        3f0:  97ffff04  bl      #0  ; trap site, wasm @0x67
