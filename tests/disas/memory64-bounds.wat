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
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540002e3  b.lo    #0x264
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  aa0003e2  mov     x2, x0
;;        218:  f9400440  ldr     x0, [x2, #8]
;;        21c:  f9400000  ldr     x0, [x0]
;;        220:  f9400443  ldr     x3, [x2, #8]
;;        224:  f9400463  ldr     x3, [x3, #8]
;;        228:  f1001c62  subs    x2, x3, #7
;;        22c:  9a9f2042  csel    x2, x2, xzr, hs
;;        230:  eb02003f  cmp     x1, x2
;;        234:  540001c2  b.hs    #0x26c
;;        238:  f8616802  ldr     x2, [x0, x1]
;;        23c:  f1003c63  subs    x3, x3, #0xf
;;        240:  9a9f2063  csel    x3, x3, xzr, hs
;;        244:  eb03003f  cmp     x1, x3
;;        248:  54000182  b.hs    #0x278
;;        24c:  8b216010  add     x16, x0, x1, uxtx
;;        250:  f9400600  ldr     x0, [x16, #8]
;;        254:  8b000040  add     x0, x2, x0
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;        264:  52800161  mov     w1, #0xb
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x0
;;        26c:  f85f83a0  ldur    x0, [x29, #-8]
;;        270:  528000a1  mov     w1, #5
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x38
;;        278:  f85f83a0  ldur    x0, [x29, #-8]
;;        27c:  528000a1  mov     w1, #5
;;        280:  97ffff60  bl      #0  ; trap site, wasm @0x3d
;;
;; 00000290 <[1] far>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  540002a3  b.lo    #0x2fc
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  aa0003e2  mov     x2, x0
;;        2b8:  f9400440  ldr     x0, [x2, #8]
;;        2bc:  f9400000  ldr     x0, [x0]
;;        2c0:  f9400442  ldr     x2, [x2, #8]
;;        2c4:  f9400442  ldr     x2, [x2, #8]
;;        2c8:  d2800070  mov     x16, #3
;;        2cc:  f2a00030  movk    x16, #1, lsl #16
;;        2d0:  eb100051  subs    x17, x2, x16
;;        2d4:  9a9f2231  csel    x17, x17, xzr, hs
;;        2d8:  eb11003f  cmp     x1, x17
;;        2dc:  54000142  b.hs    #0x304
;;        2e0:  8b216010  add     x16, x0, x1, uxtx
;;        2e4:  b27003f1  mov     x17, #0x10000
;;        2e8:  8b110210  add     x16, x16, x17
;;        2ec:  b9400200  ldr     w0, [x16]
;;        2f0:  910003bf  mov     sp, x29
;;        2f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f8:  d65f03c0  ret
;;        2fc:  52800161  mov     w1, #0xb
;;        300:  97ffff40  bl      #0  ; trap site, wasm @0x0
;;        304:  f85f83a0  ldur    x0, [x29, #-8]
;;        308:  528000a1  mov     w1, #5
;;        30c:  97ffff3d  bl      #0  ; trap site, wasm @0x46
