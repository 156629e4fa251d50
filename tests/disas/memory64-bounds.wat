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
;; 00000190 <[0] shared>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540002e3  b.lo    #0x204
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  aa0003e2  mov     x2, x0
;;        1b8:  f9400440  ldr     x0, [x2, #8]
;;        1bc:  f9400000  ldr     x0, [x0]
;;        1c0:  f9400443  ldr     x3, [x2, #8]
;;        1c4:  f9400463  ldr     x3, [x3, #8]
;;        1c8:  f1001c62  subs    x2, x3, #7
;;        1cc:  9a9f2042  csel    x2, x2, xzr, hs
;;        1d0:  eb02003f  cmp     x1, x2
;;        1d4:  540001c2  b.hs    #0x20c
;;        1d8:  f8616802  ldr     x2, [x0, x1]
;;        1dc:  f1003c63  subs    x3, x3, #0xf
;;        1e0:  9a9f2063  csel    x3, x3, xzr, hs
;;        1e4:  eb03003f  cmp     x1, x3
;;        1e8:  54000182  b.hs    #0x218
;;        1ec:  8b216010  add     x16, x0, x1, uxtx
;;        1f0:  f9400600  ldr     x0, [x16, #8]
;;        1f4:  8b000040  add     x0, x2, x0
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;        204:  52800161  mov     w1, #0xb
;;        208:  97ffff7e  bl      #0  ; trap site, wasm @0x0
;;        20c:  f85f83a0  ldur    x0, [x29, #-8]
;;        210:  528000a1  mov     w1, #5
;;        214:  97ffff7b  bl      #0  ; trap site, wasm @0x38
;;        218:  f85f83a0  ldur    x0, [x29, #-8]
;;        21c:  528000a1  mov     w1, #5
;;        220:  97ffff78  bl      #0  ; trap site, wasm @0x3d
;;
;; 00000230 <[1] far>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  540002a3  b.lo    #0x29c
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  aa0003e2  mov     x2, x0
;;        258:  f9400440  ldr     x0, [x2, #8]
;;        25c:  f9400000  ldr     x0, [x0]
;;        260:  f9400442  ldr     x2, [x2, #8]
;;        264:  f9400442  ldr     x2, [x2, #8]
;;        268:  d2800070  mov     x16, #3
;;        26c:  f2a00030  movk    x16, #1, lsl #16
;;        270:  eb100051  subs    x17, x2, x16
;;        274:  9a9f2231  csel    x17, x17, xzr, hs
;;        278:  eb11003f  cmp     x1, x17
;;        27c:  54000142  b.hs    #0x2a4
;;        280:  8b216010  add     x16, x0, x1, uxtx
;;        284:  b27003f1  mov     x17, #0x10000
;;        288:  8b110210  add     x16, x16, x17
;;        28c:  b9400200  ldr     w0, [x16]
;;        290:  910003bf  mov     sp, x29
;;        294:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        298:  d65f03c0  ret
;;        29c:  52800161  mov     w1, #0xb
;;        2a0:  97ffff58  bl      #0  ; trap site, wasm @0x0
;;        2a4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2a8:  528000a1  mov     w1, #5
;;        2ac:  97ffff55  bl      #0  ; trap site, wasm @0x46
