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
;; 00000190 <[0] s8>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540001e3  b.lo    #0x1e4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  aa0003e3  mov     x3, x0
;;        1b8:  f9400460  ldr     x0, [x3, #8]
;;        1bc:  f9400000  ldr     x0, [x0]
;;        1c0:  f9400463  ldr     x3, [x3, #8]
;;        1c4:  f9400463  ldr     x3, [x3, #8]
;;        1c8:  d1000463  sub     x3, x3, #1
;;        1cc:  eb21407f  cmp     x3, w1, uxtw
;;        1d0:  540000eb  b.lt    #0x1ec
;;        1d4:  38214802  strb    w2, [x0, w1, uxtw]
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
;;        1ec:  f85f83a0  ldur    x0, [x29, #-8]
;;        1f0:  528000a1  mov     w1, #5
;;        1f4:  97ffff83  bl      #0  ; trap site, wasm @0x44
;;
;; 00000200 <[1] s16>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  540001e3  b.lo    #0x254
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  aa0003e3  mov     x3, x0
;;        228:  f9400460  ldr     x0, [x3, #8]
;;        22c:  f9400000  ldr     x0, [x0]
;;        230:  f9400463  ldr     x3, [x3, #8]
;;        234:  f9400463  ldr     x3, [x3, #8]
;;        238:  d1000863  sub     x3, x3, #2
;;        23c:  eb21407f  cmp     x3, w1, uxtw
;;        240:  540000eb  b.lt    #0x25c
;;        244:  78214802  strh    w2, [x0, w1, uxtw]
;;        248:  910003bf  mov     sp, x29
;;        24c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        250:  d65f03c0  ret
;;        254:  52800161  mov     w1, #0xb
;;        258:  97ffff6a  bl      #0  ; trap site, wasm @0x0
;;        25c:  f85f83a0  ldur    x0, [x29, #-8]
;;        260:  528000a1  mov     w1, #5
;;        264:  97ffff67  bl      #0  ; trap site, wasm @0x4e
;;
;; 00000270 <[2] s32>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  540001e3  b.lo    #0x2c4
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  aa0003e3  mov     x3, x0
;;        298:  f9400460  ldr     x0, [x3, #8]
;;        29c:  f9400000  ldr     x0, [x0]
;;        2a0:  f9400463  ldr     x3, [x3, #8]
;;        2a4:  f9400463  ldr     x3, [x3, #8]
;;        2a8:  d1001063  sub     x3, x3, #4
;;        2ac:  eb21407f  cmp     x3, w1, uxtw
;;        2b0:  540000eb  b.lt    #0x2cc
;;        2b4:  b8214802  str     w2, [x0, w1, uxtw]
;;        2b8:  910003bf  mov     sp, x29
;;        2bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c0:  d65f03c0  ret
;;        2c4:  52800161  mov     w1, #0xb
;;        2c8:  97ffff4e  bl      #0  ; trap site, wasm @0x0
;;        2cc:  f85f83a0  ldur    x0, [x29, #-8]
;;        2d0:  528000a1  mov     w1, #5
;;        2d4:  97ffff4b  bl      #0  ; trap site, wasm @0x58
;;
;; 000002e0 <[3] s64>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  540001e3  b.lo    #0x334
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  aa0003e3  mov     x3, x0
;;        308:  f9400460  ldr     x0, [x3, #8]
;;        30c:  f9400000  ldr     x0, [x0]
;;        310:  f9400463  ldr     x3, [x3, #8]
;;        314:  f9400463  ldr     x3, [x3, #8]
;;        318:  d1002063  sub     x3, x3, #8
;;        31c:  eb21407f  cmp     x3, w1, uxtw
;;        320:  540000eb  b.lt    #0x33c
;;        324:  f8214802  str     x2, [x0, w1, uxtw]
;;        328:  910003bf  mov     sp, x29
;;        32c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        330:  d65f03c0  ret
;;        334:  52800161  mov     w1, #0xb
;;        338:  97ffff32  bl      #0  ; trap site, wasm @0x0
;;        33c:  f85f83a0  ldur    x0, [x29, #-8]
;;        340:  528000a1  mov     w1, #5
;;        344:  97ffff2f  bl      #0  ; trap site, wasm @0x62
