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
;;      4  x1 = const bits=0
;;         mov q0, ss2
;;      5  vstore q0, x1, x0, x0, kind=vector, bytes=16, offset=0, still=guarded, wasm=62
;;      6  x1 = const bits=32
;;      7  store d8, x1, x0, x0, bytes=8, wide, float, offset=0, still=guarded, @0x46
;;      8  jump block1
;; block1:
;;         mov q0, ss0
;;      9  ret q0
;; ==== asm ====
;; 000001e0 <[1] keep>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10103f1  sub     x17, sp, #0x40
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000343  b.lo    #0x260
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
;;        22c:  52800001  mov     w1, #0
;;        230:  3dc007e0  ldr     q0, [sp, #0x10]
;;        234:  3ce1481f  ldr     q31, [x0, w1, uxtw]
;;        238:  3ca14800  str     q0, [x0, w1, uxtw]  ; trap site, wasm @0x3e
;;        23c:  321b03e1  mov     w1, #0x20
;;        240:  f861481f  ldr     xzr, [x0, w1, uxtw]
;;        244:  fc214808  str     d8, [x0, w1, uxtw]  ; trap site, wasm @0x46
;;        248:  3dc003e0  ldr     q0, [sp]
;;        24c:  f94013f3  ldr     x19, [sp, #0x20]
;;        250:  fd4017e8  ldr     d8, [sp, #0x28]
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
;;        260:  97ffff7b  bl      #0x4c  ; trap site, wasm @0x0
