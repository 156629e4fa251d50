(module (memory i64 1)
  (func (export "shared") (param i64) (result i64)
    (i64.add (i64.load (local.get 0)) (i64.load offset=8 (local.get 0))))
  (func (export "far") (param i64) (result i32) (i32.load offset=0x10000 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] shared
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x3 = heap_size x2
;;      3  x2 = heap_limit64 x3, n=8
;;      4  x2 = load x1, x0, x2, bytes=8, wide, offset=0, still=0, @0x38, addr64
;;      5  x3 = heap_limit64 x3, n=16
;;      6  x0 = load x1, x0, x3, bytes=8, wide, offset=8, still=0, @0x3d, addr64
;;      7  x0 = alu.add x2, x0, is64
;;      8  jump block1
;; block1:
;;      9  ret x0
;;
;; ;; function [1] far
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x0 = load x1, x0, x2, bytes=4, offset=65536, still=65540, @0x46, addr64
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 000001f0 <[0] shared>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  aa0003e2  mov     x2, x0
;;        204:  f9400440  ldr     x0, [x2, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  f9400443  ldr     x3, [x2, #8]
;;        210:  f9400463  ldr     x3, [x3, #8]
;;        214:  f1001c62  subs    x2, x3, #7
;;        218:  9a9f2042  csel    x2, x2, xzr, hs
;;        21c:  eb02003f  cmp     x1, x2
;;        220:  54000182  b.hs    #0x250
;;        224:  f8616802  ldr     x2, [x0, x1]
;;        228:  f1003c63  subs    x3, x3, #0xf
;;        22c:  9a9f2063  csel    x3, x3, xzr, hs
;;        230:  eb03003f  cmp     x1, x3
;;        234:  54000102  b.hs    #0x254
;;        238:  8b216010  add     x16, x0, x1, uxtx
;;        23c:  f9400600  ldr     x0, [x16, #8]
;;        240:  8b000040  add     x0, x2, x0
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;        250:  97ffff95  bl      #0xa4  ; trap site, wasm @0x38
;;        254:  97ffff94  bl      #0xa4  ; trap site, wasm @0x3d
;;
;; 00000260 <[1] far>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  aa0003e2  mov     x2, x0
;;        274:  f9400440  ldr     x0, [x2, #8]
;;        278:  f9400000  ldr     x0, [x0]
;;        27c:  f9400442  ldr     x2, [x2, #8]
;;        280:  f9400442  ldr     x2, [x2, #8]
;;        284:  d2800070  mov     x16, #3
;;        288:  f2a00030  movk    x16, #1, lsl #16
;;        28c:  eb100051  subs    x17, x2, x16
;;        290:  9a9f2231  csel    x17, x17, xzr, hs
;;        294:  eb11003f  cmp     x1, x17
;;        298:  54000102  b.hs    #0x2b8
;;        29c:  8b216010  add     x16, x0, x1, uxtx
;;        2a0:  b27003f1  mov     x17, #0x10000
;;        2a4:  8b110210  add     x16, x16, x17
;;        2a8:  b9400200  ldr     w0, [x16]
;;        2ac:  910003bf  mov     sp, x29
;;        2b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b4:  d65f03c0  ret
;;        2b8:  97ffff7b  bl      #0xa4  ; trap site, wasm @0x46
