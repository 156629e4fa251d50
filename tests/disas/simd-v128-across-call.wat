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
;; 000001e0 <[1] keep>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10103f1  sub     x17, sp, #0x40
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000403  b.lo    #0x278
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  f90013f3  str     x19, [sp, #0x20]
;;        208:  fd0017e8  str     d8, [sp, #0x28]
;;        20c:  aa0003f3  mov     x19, x0
;;        210:  3d8003e0  str     q0, [sp]
;;        214:  1e604048  fmov    d8, d2
;;        218:  320003e1  mov     w1, #1
;;        21c:  3d8007e1  str     q1, [sp, #0x10]
;;        220:  97ffffe8  bl      #0x1c0  ; [0] f
;;        224:  f9400660  ldr     x0, [x19, #8]
;;        228:  f9400000  ldr     x0, [x0]
;;        22c:  f9400661  ldr     x1, [x19, #8]
;;        230:  f9400421  ldr     x1, [x1, #8]
;;        234:  52800002  mov     w2, #0
;;        238:  d1004023  sub     x3, x1, #0x10
;;        23c:  3dc007e0  ldr     q0, [sp, #0x10]
;;        240:  eb22407f  cmp     x3, w2, uxtw
;;        244:  540001cb  b.lt    #0x27c
;;        248:  3ca24800  str     q0, [x0, w2, uxtw]
;;        24c:  321b03e2  mov     w2, #0x20
;;        250:  d1002021  sub     x1, x1, #8
;;        254:  eb22403f  cmp     x1, w2, uxtw
;;        258:  5400014b  b.lt    #0x280
;;        25c:  fc224808  str     d8, [x0, w2, uxtw]
;;        260:  3dc003e0  ldr     q0, [sp]
;;        264:  f94013f3  ldr     x19, [sp, #0x20]
;;        268:  fd4017e8  ldr     d8, [sp, #0x28]
;;        26c:  910003bf  mov     sp, x29
;;        270:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        274:  d65f03c0  ret
;;        278:  97ffff78  bl      #0x58  ; trap site, wasm @0x0
;;        27c:  97ffff74  bl      #0x4c  ; trap site, wasm @0x3e
;;        280:  97ffff73  bl      #0x4c  ; trap site, wasm @0x46
