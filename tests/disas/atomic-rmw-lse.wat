;;! stages = asm
(module (memory 1 1 shared)
  (func (export "sub") (param i32 i32) (result i32) (i32.atomic.rmw.sub offset=4 (local.get 0) (local.get 1)))
  (func (export "and8") (param i32 i64) (result i64) (i64.atomic.rmw8.and_u (local.get 0) (local.get 1)))
  (func (export "cmpxchg16") (param i32 i32 i32) (result i32)
    (i32.atomic.rmw16.cmpxchg_u offset=1 (local.get 0) (local.get 1) (local.get 2))))
;; ==== asm ====
;; 000002c0 <[0] sub>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  d10043ff  sub     sp, sp, #0x10
;;        2cc:  f81f83a0  stur    x0, [x29, #-8]
;;        2d0:  aa0003e3  mov     x3, x0
;;        2d4:  f9400460  ldr     x0, [x3, #8]
;;        2d8:  f9400000  ldr     x0, [x0]
;;        2dc:  f9400463  ldr     x3, [x3, #8]
;;        2e0:  f9400463  ldr     x3, [x3, #8]
;;        2e4:  d1002064  sub     x4, x3, #8
;;        2e8:  7200043f  tst     w1, #3
;;        2ec:  54000181  b.ne    #0x31c
;;        2f0:  eb21409f  cmp     x4, w1, uxtw
;;        2f4:  5400016b  b.lt    #0x320
;;        2f8:  8b214010  add     x16, x0, w1, uxtw
;;        2fc:  b27e03f1  mov     x17, #4
;;        300:  8b110210  add     x16, x16, x17
;;        304:  4b0203f1  neg     w17, w2
;;        308:  b8f10203  ldaddal w17, w3, [x16]
;;        30c:  aa0303e0  mov     x0, x3
;;        310:  910003bf  mov     sp, x29
;;        314:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        318:  d65f03c0  ret
;;        31c:  97ffff65  bl      #0xb0  ; trap site, wasm @0x4f
;;        320:  97ffff61  bl      #0xa4  ; trap site, wasm @0x4f
;;
;; 00000330 <[1] and8>:
;;        330:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        334:  910003fd  mov     x29, sp
;;        338:  d10043ff  sub     sp, sp, #0x10
;;        33c:  f81f83a0  stur    x0, [x29, #-8]
;;        340:  aa0003e3  mov     x3, x0
;;        344:  f9400460  ldr     x0, [x3, #8]
;;        348:  f9400000  ldr     x0, [x0]
;;        34c:  f9400463  ldr     x3, [x3, #8]
;;        350:  f9400463  ldr     x3, [x3, #8]
;;        354:  d1000464  sub     x4, x3, #1
;;        358:  eb21409f  cmp     x4, w1, uxtw
;;        35c:  5400010b  b.lt    #0x37c
;;        360:  8b214010  add     x16, x0, w1, uxtw
;;        364:  2a2203f1  mvn     w17, w2
;;        368:  38f11203  ldclralb w17, w3, [x16]
;;        36c:  aa0303e0  mov     x0, x3
;;        370:  910003bf  mov     sp, x29
;;        374:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        378:  d65f03c0  ret
;;        37c:  97ffff4a  bl      #0xa4  ; trap site, wasm @0x5a
;;
;; 00000380 <[2] cmpxchg16>:
;;        380:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        384:  910003fd  mov     x29, sp
;;        388:  d10043ff  sub     sp, sp, #0x10
;;        38c:  f81f83a0  stur    x0, [x29, #-8]
;;        390:  aa0003e4  mov     x4, x0
;;        394:  f9400480  ldr     x0, [x4, #8]
;;        398:  f9400000  ldr     x0, [x0]
;;        39c:  f9400484  ldr     x4, [x4, #8]
;;        3a0:  f9400484  ldr     x4, [x4, #8]
;;        3a4:  d1000c85  sub     x5, x4, #3
;;        3a8:  11000431  add     w17, w1, #1
;;        3ac:  7200023f  tst     w17, #1
;;        3b0:  54000181  b.ne    #0x3e0
;;        3b4:  eb2140bf  cmp     x5, w1, uxtw
;;        3b8:  5400016b  b.lt    #0x3e4
;;        3bc:  8b214010  add     x16, x0, w1, uxtw
;;        3c0:  b24003f1  mov     x17, #1
;;        3c4:  8b110210  add     x16, x16, x17
;;        3c8:  2a0203e4  mov     w4, w2
;;        3cc:  48e4fe03  casalh  w4, w3, [x16]
;;        3d0:  aa0403e0  mov     x0, x4
;;        3d4:  910003bf  mov     sp, x29
;;        3d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3dc:  d65f03c0  ret
;;        3e0:  97ffff34  bl      #0xb0  ; trap site, wasm @0x67
;;        3e4:  97ffff30  bl      #0xa4  ; trap site, wasm @0x67
