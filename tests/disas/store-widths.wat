(module (memory 1)
  (func (export "s8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "s16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "s32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "s64") (param i32 i64) (i64.store (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] s8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x3 = heap_limit x3, n=1
;;      4  store x2, x1, x0, x3, bytes=1, offset=0, still=0, @0x44
;;      5  jump block1
;; block1:
;;      6  ret
;;
;; ;; function [1] s16
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x3 = heap_limit x3, n=2
;;      4  store x2, x1, x0, x3, bytes=2, wide, offset=0, still=0, @0x4e
;;      5  jump block1
;; block1:
;;      6  ret
;;
;; ;; function [2] s32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x3 = heap_limit x3, n=4
;;      4  store x2, x1, x0, x3, bytes=4, wide, offset=0, still=0, @0x58
;;      5  jump block1
;; block1:
;;      6  ret
;;
;; ;; function [3] s64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x3 = heap_limit x3, n=8
;;      4  store x2, x1, x0, x3, bytes=8, wide, offset=0, still=0, @0x62
;;      5  jump block1
;; block1:
;;      6  ret
;; ==== asm ====
;; 000001f0 <[0] s8>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540001e3  b.lo    #0x244
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  aa0003e3  mov     x3, x0
;;        218:  f9400460  ldr     x0, [x3, #8]
;;        21c:  f9400000  ldr     x0, [x0]
;;        220:  f9400463  ldr     x3, [x3, #8]
;;        224:  f9400463  ldr     x3, [x3, #8]
;;        228:  d1000463  sub     x3, x3, #1
;;        22c:  eb21407f  cmp     x3, w1, uxtw
;;        230:  540000eb  b.lt    #0x24c
;;        234:  38214802  strb    w2, [x0, w1, uxtw]
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;        244:  52800161  mov     w1, #0xb
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x0
;;        24c:  f85f83a0  ldur    x0, [x29, #-8]
;;        250:  528000a1  mov     w1, #5
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x44
;;
;; 00000260 <[1] s16>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  540001e3  b.lo    #0x2b4
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  aa0003e3  mov     x3, x0
;;        288:  f9400460  ldr     x0, [x3, #8]
;;        28c:  f9400000  ldr     x0, [x0]
;;        290:  f9400463  ldr     x3, [x3, #8]
;;        294:  f9400463  ldr     x3, [x3, #8]
;;        298:  d1000863  sub     x3, x3, #2
;;        29c:  eb21407f  cmp     x3, w1, uxtw
;;        2a0:  540000eb  b.lt    #0x2bc
;;        2a4:  78214802  strh    w2, [x0, w1, uxtw]
;;        2a8:  910003bf  mov     sp, x29
;;        2ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b0:  d65f03c0  ret
;;        2b4:  52800161  mov     w1, #0xb
;;        2b8:  97ffff52  bl      #0  ; trap site, wasm @0x0
;;        2bc:  f85f83a0  ldur    x0, [x29, #-8]
;;        2c0:  528000a1  mov     w1, #5
;;        2c4:  97ffff4f  bl      #0  ; trap site, wasm @0x4e
;;
;; 000002d0 <[2] s32>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  f9400010  ldr     x16, [x0]
;;        2dc:  f9400610  ldr     x16, [x16, #8]
;;        2e0:  d10043f1  sub     x17, sp, #0x10
;;        2e4:  eb10023f  cmp     x17, x16
;;        2e8:  540001e3  b.lo    #0x324
;;        2ec:  9100023f  mov     sp, x17
;;        2f0:  f81f83a0  stur    x0, [x29, #-8]
;;        2f4:  aa0003e3  mov     x3, x0
;;        2f8:  f9400460  ldr     x0, [x3, #8]
;;        2fc:  f9400000  ldr     x0, [x0]
;;        300:  f9400463  ldr     x3, [x3, #8]
;;        304:  f9400463  ldr     x3, [x3, #8]
;;        308:  d1001063  sub     x3, x3, #4
;;        30c:  eb21407f  cmp     x3, w1, uxtw
;;        310:  540000eb  b.lt    #0x32c
;;        314:  b8214802  str     w2, [x0, w1, uxtw]
;;        318:  910003bf  mov     sp, x29
;;        31c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        320:  d65f03c0  ret
;;        324:  52800161  mov     w1, #0xb
;;        328:  97ffff36  bl      #0  ; trap site, wasm @0x0
;;        32c:  f85f83a0  ldur    x0, [x29, #-8]
;;        330:  528000a1  mov     w1, #5
;;        334:  97ffff33  bl      #0  ; trap site, wasm @0x58
;;
;; 00000340 <[3] s64>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  f9400010  ldr     x16, [x0]
;;        34c:  f9400610  ldr     x16, [x16, #8]
;;        350:  d10043f1  sub     x17, sp, #0x10
;;        354:  eb10023f  cmp     x17, x16
;;        358:  540001e3  b.lo    #0x394
;;        35c:  9100023f  mov     sp, x17
;;        360:  f81f83a0  stur    x0, [x29, #-8]
;;        364:  aa0003e3  mov     x3, x0
;;        368:  f9400460  ldr     x0, [x3, #8]
;;        36c:  f9400000  ldr     x0, [x0]
;;        370:  f9400463  ldr     x3, [x3, #8]
;;        374:  f9400463  ldr     x3, [x3, #8]
;;        378:  d1002063  sub     x3, x3, #8
;;        37c:  eb21407f  cmp     x3, w1, uxtw
;;        380:  540000eb  b.lt    #0x39c
;;        384:  f8214802  str     x2, [x0, w1, uxtw]
;;        388:  910003bf  mov     sp, x29
;;        38c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        390:  d65f03c0  ret
;;        394:  52800161  mov     w1, #0xb
;;        398:  97ffff1a  bl      #0  ; trap site, wasm @0x0
;;        39c:  f85f83a0  ldur    x0, [x29, #-8]
;;        3a0:  528000a1  mov     w1, #5
;;        3a4:  97ffff17  bl      #0  ; trap site, wasm @0x62
