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
;; 000001a0 <[0] s8>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  aa0003e3  mov     x3, x0
;;        1b4:  f9400460  ldr     x0, [x3, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  f9400463  ldr     x3, [x3, #8]
;;        1c0:  f9400463  ldr     x3, [x3, #8]
;;        1c4:  d1000463  sub     x3, x3, #1
;;        1c8:  eb21407f  cmp     x3, w1, uxtw
;;        1cc:  540000ab  b.lt    #0x1e0
;;        1d0:  38214802  strb    w2, [x0, w1, uxtw]
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;        1e0:  97ffff9b  bl      #0x4c  ; trap site, wasm @0x44
;;
;; 000001f0 <[1] s16>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  aa0003e3  mov     x3, x0
;;        204:  f9400460  ldr     x0, [x3, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  f9400463  ldr     x3, [x3, #8]
;;        210:  f9400463  ldr     x3, [x3, #8]
;;        214:  d1000863  sub     x3, x3, #2
;;        218:  eb21407f  cmp     x3, w1, uxtw
;;        21c:  540000ab  b.lt    #0x230
;;        220:  78214802  strh    w2, [x0, w1, uxtw]
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;        230:  97ffff87  bl      #0x4c  ; trap site, wasm @0x4e
;;
;; 00000240 <[2] s32>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  aa0003e3  mov     x3, x0
;;        254:  f9400460  ldr     x0, [x3, #8]
;;        258:  f9400000  ldr     x0, [x0]
;;        25c:  f9400463  ldr     x3, [x3, #8]
;;        260:  f9400463  ldr     x3, [x3, #8]
;;        264:  d1001063  sub     x3, x3, #4
;;        268:  eb21407f  cmp     x3, w1, uxtw
;;        26c:  540000ab  b.lt    #0x280
;;        270:  b8214802  str     w2, [x0, w1, uxtw]
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  97ffff73  bl      #0x4c  ; trap site, wasm @0x58
;;
;; 00000290 <[3] s64>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  aa0003e3  mov     x3, x0
;;        2a4:  f9400460  ldr     x0, [x3, #8]
;;        2a8:  f9400000  ldr     x0, [x0]
;;        2ac:  f9400463  ldr     x3, [x3, #8]
;;        2b0:  f9400463  ldr     x3, [x3, #8]
;;        2b4:  d1002063  sub     x3, x3, #8
;;        2b8:  eb21407f  cmp     x3, w1, uxtw
;;        2bc:  540000ab  b.lt    #0x2d0
;;        2c0:  f8214802  str     x2, [x0, w1, uxtw]
;;        2c4:  910003bf  mov     sp, x29
;;        2c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2cc:  d65f03c0  ret
;;        2d0:  97ffff5f  bl      #0x4c  ; trap site, wasm @0x62
