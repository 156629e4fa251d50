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
;; 000001a0 <[0] or>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  540002c3  b.lo    #0x210
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  aa0003e3  mov     x3, x0
;;        1c8:  f9400460  ldr     x0, [x3, #8]
;;        1cc:  f9400000  ldr     x0, [x0]
;;        1d0:  f9400463  ldr     x3, [x3, #8]
;;        1d4:  f9400463  ldr     x3, [x3, #8]
;;        1d8:  d1002064  sub     x4, x3, #8
;;        1dc:  7200083f  tst     w1, #7
;;        1e0:  540001c1  b.ne    #0x218
;;        1e4:  eb21409f  cmp     x4, w1, uxtw
;;        1e8:  540001eb  b.lt    #0x224
;;        1ec:  8b214010  add     x16, x0, w1, uxtw
;;        1f0:  c85ffe03  ldaxr   x3, [x16]
;;        1f4:  aa020065  orr     x5, x3, x2
;;        1f8:  c811fe05  stlxr   w17, x5, [x16]
;;        1fc:  35ffffb1  cbnz    w17, #0x1f0
;;        200:  aa0303e0  mov     x0, x3
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;        210:  52800161  mov     w1, #0xb
;;        214:  97ffff7b  bl      #0  ; trap site, wasm @0x0
;;        218:  f85f83a0  ldur    x0, [x29, #-8]
;;        21c:  52800341  mov     w1, #0x1a
;;        220:  97ffff78  bl      #0  ; trap site, wasm @0x3f
;;        224:  f85f83a0  ldur    x0, [x29, #-8]
;;        228:  528000a1  mov     w1, #5
;;        22c:  97ffff75  bl      #0  ; trap site, wasm @0x3f
;;
;; 00000230 <[1] cmpxchg8>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  540002c3  b.lo    #0x2a0
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  aa0003e4  mov     x4, x0
;;        258:  f9400480  ldr     x0, [x4, #8]
;;        25c:  f9400000  ldr     x0, [x0]
;;        260:  f9400484  ldr     x4, [x4, #8]
;;        264:  f9400484  ldr     x4, [x4, #8]
;;        268:  d1000485  sub     x5, x4, #1
;;        26c:  eb2140bf  cmp     x5, w1, uxtw
;;        270:  540001cb  b.lt    #0x2a8
;;        274:  8b214010  add     x16, x0, w1, uxtw
;;        278:  085ffe04  ldaxrb  w4, [x16]
;;        27c:  53001c51  uxtb    w17, w2
;;        280:  6b11009f  cmp     w4, w17
;;        284:  54000061  b.ne    #0x290
;;        288:  0811fe03  stlxrb  w17, w3, [x16]
;;        28c:  35ffff71  cbnz    w17, #0x278
;;        290:  aa0403e0  mov     x0, x4
;;        294:  910003bf  mov     sp, x29
;;        298:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        29c:  d65f03c0  ret
;;        2a0:  52800161  mov     w1, #0xb
;;        2a4:  97ffff57  bl      #0  ; trap site, wasm @0x0
;;        2a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        2ac:  528000a1  mov     w1, #5
;;        2b0:  97ffff54  bl      #0  ; trap site, wasm @0x4c
