;;! stages = alloc asm
;;! func = keep
(module
  (memory 1)
  (func $f (param i32) (result i32) (local.get 0))
  (func (export "keep") (param v128 v128 f64) (result v128)
    (drop (call $f (i32.const 1)))
    (v128.store (i32.const 0) (local.get 1))
    (f64.store (i32.const 32) (local.get 2))
    (local.get 0)))
;; ==== alloc ====
;; ;; function [1] keep
;; ; spill slots: 4, callee-saved: x19, d8
;; block0:  ; succs: block1
;;      0  x0, q0, q1, d2 = args
;;         mov x19, x0
;;         mov ss0, q0
;;         mov d8, d2
;;      1  x1 = const bits=1
;;         mov ss2, q1
;;      2  x0 = call x0, x1, func=0, @0x37
;;      3  x0 = heap_base x19
;;      4  x1 = heap_size x19
;;      5  x2 = const bits=0
;;      6  x3 = heap_limit x1, n=16
;;         mov q0, ss2
;;      7  vstore q0, x2, x0, x3, kind=vector, bytes=16, offset=0, still=0, wasm=62
;;      8  x2 = const bits=32
;;      9  x1 = heap_limit x1, n=8
;;     10  store d8, x2, x0, x1, bytes=8, wide, float, offset=0, still=0, @0x46
;;     11  jump block1
;; block1:
;;         mov q0, ss0
;;     12  ret q0
;; ==== asm ====
;; 00000250 <[1] keep>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10103f1  sub     x17, sp, #0x40
;;        264:  eb10023f  cmp     x17, x16
;;        268:  54000403  b.lo    #0x2e8
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  f90013f3  str     x19, [sp, #0x20]
;;        278:  fd0017e8  str     d8, [sp, #0x28]
;;        27c:  aa0003f3  mov     x19, x0
;;        280:  3d8003e0  str     q0, [sp]
;;        284:  1e604048  fmov    d8, d2
;;        288:  320003e1  mov     w1, #1
;;        28c:  3d8007e1  str     q1, [sp, #0x10]
;;        290:  97ffffe0  bl      #0x210  ; [0] f, wasm @0x37
;;        294:  f9400660  ldr     x0, [x19, #8]
;;        298:  f9400000  ldr     x0, [x0]
;;        29c:  f9400661  ldr     x1, [x19, #8]
;;        2a0:  f9400421  ldr     x1, [x1, #8]
;;        2a4:  52800002  mov     w2, #0
;;        2a8:  d1004023  sub     x3, x1, #0x10
;;        2ac:  3dc007e0  ldr     q0, [sp, #0x10]
;;        2b0:  eb22407f  cmp     x3, w2, uxtw
;;        2b4:  540001eb  b.lt    #0x2f0
;;        2b8:  3ca24800  str     q0, [x0, w2, uxtw]
;;        2bc:  321b03e2  mov     w2, #0x20
;;        2c0:  d1002021  sub     x1, x1, #8
;;        2c4:  eb22403f  cmp     x1, w2, uxtw
;;        2c8:  540001ab  b.lt    #0x2fc
;;        2cc:  fc224808  str     d8, [x0, w2, uxtw]
;;        2d0:  3dc003e0  ldr     q0, [sp]
;;        2d4:  f94013f3  ldr     x19, [sp, #0x20]
;;        2d8:  fd4017e8  ldr     d8, [sp, #0x28]
;;        2dc:  910003bf  mov     sp, x29
;;        2e0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2e4:  d65f03c0  ret
;;        2e8:  52800161  mov     w1, #0xb
;;        2ec:  97ffff45  bl      #0  ; trap site, wasm @0x0
;;        2f0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2f4:  528000a1  mov     w1, #5
;;        2f8:  97ffff42  bl      #0  ; trap site, wasm @0x3e
;;        2fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        300:  528000a1  mov     w1, #5
;;        304:  97ffff3f  bl      #0  ; trap site, wasm @0x46
