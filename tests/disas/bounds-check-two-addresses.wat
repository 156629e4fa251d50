;;! options = explicit_bounds_checks
(module (memory 1) (func (export "f") (param i32 i32) (result i32)
  (i32.add (i32.load (local.get 0)) (i32.load (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x3 = heap_limit x3, n=4
;;      4  x1 = load x1, x0, x3, bytes=4, offset=0, still=0, @0x28
;;      5  x0 = load x2, x0, x3, bytes=4, offset=0, still=0, @0x2d
;;      6  x0 = alu.add x1, x0
;;      7  jump block1
;; block1:
;;      8  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  aa0003e3  mov     x3, x0
;;        174:  f9400460  ldr     x0, [x3, #8]
;;        178:  f9400000  ldr     x0, [x0]
;;        17c:  f9400463  ldr     x3, [x3, #8]
;;        180:  f9400463  ldr     x3, [x3, #8]
;;        184:  d1001063  sub     x3, x3, #4
;;        188:  eb21407f  cmp     x3, w1, uxtw
;;        18c:  5400012b  b.lt    #0x1b0
;;        190:  b8614801  ldr     w1, [x0, w1, uxtw]
;;        194:  eb22407f  cmp     x3, w2, uxtw
;;        198:  540000eb  b.lt    #0x1b4
;;        19c:  b8624800  ldr     w0, [x0, w2, uxtw]
;;        1a0:  0b000020  add     w0, w1, w0
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  97ffffbd  bl      #0xa4  ; trap site, wasm @0x28
;;        1b4:  97ffffbc  bl      #0xa4  ; trap site, wasm @0x2d
