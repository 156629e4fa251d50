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
;; 00000230 <[1] keep>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10103f1  sub     x17, sp, #0x40
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000343  b.lo    #0x2b0
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  f90013f3  str     x19, [sp, #0x20]
;;        258:  fd0017e8  str     d8, [sp, #0x28]
;;        25c:  aa0003f3  mov     x19, x0
;;        260:  3d8003e0  str     q0, [sp]
;;        264:  1e604048  fmov    d8, d2
;;        268:  320003e1  mov     w1, #1
;;        26c:  3d8007e1  str     q1, [sp, #0x10]
;;        270:  97ffffe8  bl      #0x210  ; [0] f, wasm @0x37
;;        274:  f9400660  ldr     x0, [x19, #8]
;;        278:  f9400000  ldr     x0, [x0]
;;        27c:  52800001  mov     w1, #0
;;        280:  3dc007e0  ldr     q0, [sp, #0x10]
;;        284:  3ce1481f  ldr     q31, [x0, w1, uxtw]
;;        288:  3ca14800  str     q0, [x0, w1, uxtw]  ; trap site, wasm @0x3e
;;        28c:  321b03e1  mov     w1, #0x20
;;        290:  f861481f  ldr     xzr, [x0, w1, uxtw]
;;        294:  fc214808  str     d8, [x0, w1, uxtw]  ; trap site, wasm @0x46
;;        298:  3dc003e0  ldr     q0, [sp]
;;        29c:  f94013f3  ldr     x19, [sp, #0x20]
;;        2a0:  fd4017e8  ldr     d8, [sp, #0x28]
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
;;        2b0:  97ffff7d  bl      #0xa4  ; trap site, wasm @0x0
