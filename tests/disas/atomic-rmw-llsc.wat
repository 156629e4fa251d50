;;! stages = alloc asm
;;! atomics = llsc
(module (memory 1 1 shared)
  (func (export "or") (param i32 i64) (result i64) (i64.atomic.rmw.or (local.get 0) (local.get 1)))
  (func (export "cmpxchg8") (param i32 i32 i32) (result i32)
    (i32.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] or
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x4 = heap_limit x3, n=8
;;      4  x3, x5 = atomic x1, x0, x4, x2, op=or, bytes=8, offset=0, still=0, @0x3f, llsc
;;      5  jump block1
;; block1:
;;         mov x0, x3
;;      6  ret x0
;;
;; ;; function [1] cmpxchg8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;         mov x4, x0
;;      1  x0 = heap_base x4
;;      2  x4 = heap_size x4
;;      3  x5 = heap_limit x4, n=1
;;      4  x4 = atomic x1, x0, x5, x2, x3, op=cmpxchg, bytes=1, offset=0, still=0, @0x4c, llsc
;;      5  jump block1
;; block1:
;;         mov x0, x4
;;      6  ret x0
;; ==== asm ====
;; 00000210 <[0] or>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  aa0003e3  mov     x3, x0
;;        224:  f9400460  ldr     x0, [x3, #8]
;;        228:  f9400000  ldr     x0, [x0]
;;        22c:  f9400463  ldr     x3, [x3, #8]
;;        230:  f9400463  ldr     x3, [x3, #8]
;;        234:  d1002064  sub     x4, x3, #8
;;        238:  7200083f  tst     w1, #7
;;        23c:  54000181  b.ne    #0x26c
;;        240:  eb21409f  cmp     x4, w1, uxtw
;;        244:  5400016b  b.lt    #0x270
;;        248:  8b214010  add     x16, x0, w1, uxtw
;;        24c:  c85ffe03  ldaxr   x3, [x16]
;;        250:  aa020065  orr     x5, x3, x2
;;        254:  c811fe05  stlxr   w17, x5, [x16]
;;        258:  35ffffb1  cbnz    w17, #0x24c
;;        25c:  aa0303e0  mov     x0, x3
;;        260:  910003bf  mov     sp, x29
;;        264:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        268:  d65f03c0  ret
;;        26c:  97ffff91  bl      #0xb0  ; trap site, wasm @0x3f
;;        270:  97ffff8d  bl      #0xa4  ; trap site, wasm @0x3f
;;
;; 00000280 <[1] cmpxchg8>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  aa0003e4  mov     x4, x0
;;        294:  f9400480  ldr     x0, [x4, #8]
;;        298:  f9400000  ldr     x0, [x0]
;;        29c:  f9400484  ldr     x4, [x4, #8]
;;        2a0:  f9400484  ldr     x4, [x4, #8]
;;        2a4:  d1000485  sub     x5, x4, #1
;;        2a8:  eb2140bf  cmp     x5, w1, uxtw
;;        2ac:  5400018b  b.lt    #0x2dc
;;        2b0:  8b214010  add     x16, x0, w1, uxtw
;;        2b4:  085ffe04  ldaxrb  w4, [x16]
;;        2b8:  53001c51  uxtb    w17, w2
;;        2bc:  6b11009f  cmp     w4, w17
;;        2c0:  54000061  b.ne    #0x2cc
;;        2c4:  0811fe03  stlxrb  w17, w3, [x16]
;;        2c8:  35ffff71  cbnz    w17, #0x2b4
;;        2cc:  aa0403e0  mov     x0, x4
;;        2d0:  910003bf  mov     sp, x29
;;        2d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d8:  d65f03c0  ret
;;        2dc:  97ffff72  bl      #0xa4  ; trap site, wasm @0x4c
