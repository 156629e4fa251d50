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
;; 000001a0 <[0] shared>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  aa0003e2  mov     x2, x0
;;        1b4:  f9400440  ldr     x0, [x2, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  f9400443  ldr     x3, [x2, #8]
;;        1c0:  f9400463  ldr     x3, [x3, #8]
;;        1c4:  f1001c62  subs    x2, x3, #7
;;        1c8:  9a9f2042  csel    x2, x2, xzr, hs
;;        1cc:  eb02003f  cmp     x1, x2
;;        1d0:  54000182  b.hs    #0x200
;;        1d4:  f8616802  ldr     x2, [x0, x1]
;;        1d8:  f1003c63  subs    x3, x3, #0xf
;;        1dc:  9a9f2063  csel    x3, x3, xzr, hs
;;        1e0:  eb03003f  cmp     x1, x3
;;        1e4:  54000102  b.hs    #0x204
;;        1e8:  8b216010  add     x16, x0, x1, uxtx
;;        1ec:  f9400600  ldr     x0, [x16, #8]
;;        1f0:  8b000040  add     x0, x2, x0
;;        1f4:  910003bf  mov     sp, x29
;;        1f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1fc:  d65f03c0  ret
;;        200:  97ffff93  bl      #0x4c  ; trap site, wasm @0x38
;;        204:  97ffff92  bl      #0x4c  ; trap site, wasm @0x3d
;;
;; 00000210 <[1] far>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  aa0003e2  mov     x2, x0
;;        224:  f9400440  ldr     x0, [x2, #8]
;;        228:  f9400000  ldr     x0, [x0]
;;        22c:  f9400442  ldr     x2, [x2, #8]
;;        230:  f9400442  ldr     x2, [x2, #8]
;;        234:  d2800070  mov     x16, #3
;;        238:  f2a00030  movk    x16, #1, lsl #16
;;        23c:  eb100051  subs    x17, x2, x16
;;        240:  9a9f2231  csel    x17, x17, xzr, hs
;;        244:  eb11003f  cmp     x1, x17
;;        248:  54000102  b.hs    #0x268
;;        24c:  8b216010  add     x16, x0, x1, uxtx
;;        250:  b27003f1  mov     x17, #0x10000
;;        254:  8b110210  add     x16, x16, x17
;;        258:  b9400200  ldr     w0, [x16]
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  97ffff79  bl      #0x4c  ; trap site, wasm @0x46
