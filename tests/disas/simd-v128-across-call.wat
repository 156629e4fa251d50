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
;;      2  x0 = call x0, x1, func=0
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
;; 000001d0 <[1] keep>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10103f1  sub     x17, sp, #0x40
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  54000403  b.lo    #0x268
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  f90013f3  str     x19, [sp, #0x20]
;;        1f8:  fd0017e8  str     d8, [sp, #0x28]
;;        1fc:  aa0003f3  mov     x19, x0
;;        200:  3d8003e0  str     q0, [sp]
;;        204:  1e604048  fmov    d8, d2
;;        208:  320003e1  mov     w1, #1
;;        20c:  3d8007e1  str     q1, [sp, #0x10]
;;        210:  97ffffe8  bl      #0x1b0  ; [0] f
;;        214:  f9400660  ldr     x0, [x19, #8]
;;        218:  f9400000  ldr     x0, [x0]
;;        21c:  f9400661  ldr     x1, [x19, #8]
;;        220:  f9400421  ldr     x1, [x1, #8]
;;        224:  52800002  mov     w2, #0
;;        228:  d1004023  sub     x3, x1, #0x10
;;        22c:  3dc007e0  ldr     q0, [sp, #0x10]
;;        230:  eb22407f  cmp     x3, w2, uxtw
;;        234:  540001eb  b.lt    #0x270
;;        238:  3ca24800  str     q0, [x0, w2, uxtw]
;;        23c:  321b03e2  mov     w2, #0x20
;;        240:  d1002021  sub     x1, x1, #8
;;        244:  eb22403f  cmp     x1, w2, uxtw
;;        248:  540001ab  b.lt    #0x27c
;;        24c:  fc224808  str     d8, [x0, w2, uxtw]
;;        250:  3dc003e0  ldr     q0, [sp]
;;        254:  f94013f3  ldr     x19, [sp, #0x20]
;;        258:  fd4017e8  ldr     d8, [sp, #0x28]
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  52800161  mov     w1, #0xb
;;        26c:  97ffff65  bl      #0  ; trap site, wasm @0x0
;;        270:  f85f83a0  ldur    x0, [x29, #-8]
;;        274:  528000a1  mov     w1, #5
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x3e
;;        27c:  f85f83a0  ldur    x0, [x29, #-8]
;;        280:  528000a1  mov     w1, #5
;;        284:  97ffff5f  bl      #0  ; trap site, wasm @0x46
