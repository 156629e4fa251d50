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
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  aa0003e3  mov     x3, x0
;;        1a4:  f9400460  ldr     x0, [x3, #8]
;;        1a8:  f9400000  ldr     x0, [x0]
;;        1ac:  f9400463  ldr     x3, [x3, #8]
;;        1b0:  f9400463  ldr     x3, [x3, #8]
;;        1b4:  d1000463  sub     x3, x3, #1
;;        1b8:  eb21407f  cmp     x3, w1, uxtw
;;        1bc:  540000ab  b.lt    #0x1d0
;;        1c0:  38214802  strb    w2, [x0, w1, uxtw]
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;        1d0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1d4:  528000a1  mov     w1, #5
;;        1d8:  97ffff8a  bl      #0  ; trap site, wasm @0x44
;;
;; 000001e0 <[1] s16>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  aa0003e3  mov     x3, x0
;;        1f4:  f9400460  ldr     x0, [x3, #8]
;;        1f8:  f9400000  ldr     x0, [x0]
;;        1fc:  f9400463  ldr     x3, [x3, #8]
;;        200:  f9400463  ldr     x3, [x3, #8]
;;        204:  d1000863  sub     x3, x3, #2
;;        208:  eb21407f  cmp     x3, w1, uxtw
;;        20c:  540000ab  b.lt    #0x220
;;        210:  78214802  strh    w2, [x0, w1, uxtw]
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;        220:  f85f83a0  ldur    x0, [x29, #-8]
;;        224:  528000a1  mov     w1, #5
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x4e
;;
;; 00000230 <[2] s32>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  aa0003e3  mov     x3, x0
;;        244:  f9400460  ldr     x0, [x3, #8]
;;        248:  f9400000  ldr     x0, [x0]
;;        24c:  f9400463  ldr     x3, [x3, #8]
;;        250:  f9400463  ldr     x3, [x3, #8]
;;        254:  d1001063  sub     x3, x3, #4
;;        258:  eb21407f  cmp     x3, w1, uxtw
;;        25c:  540000ab  b.lt    #0x270
;;        260:  b8214802  str     w2, [x0, w1, uxtw]
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  f85f83a0  ldur    x0, [x29, #-8]
;;        274:  528000a1  mov     w1, #5
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x58
;;
;; 00000280 <[3] s64>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  aa0003e3  mov     x3, x0
;;        294:  f9400460  ldr     x0, [x3, #8]
;;        298:  f9400000  ldr     x0, [x0]
;;        29c:  f9400463  ldr     x3, [x3, #8]
;;        2a0:  f9400463  ldr     x3, [x3, #8]
;;        2a4:  d1002063  sub     x3, x3, #8
;;        2a8:  eb21407f  cmp     x3, w1, uxtw
;;        2ac:  540000ab  b.lt    #0x2c0
;;        2b0:  f8214802  str     x2, [x0, w1, uxtw]
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
;;        2c0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2c4:  528000a1  mov     w1, #5
;;        2c8:  97ffff4e  bl      #0  ; trap site, wasm @0x62
