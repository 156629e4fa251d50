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
;; 00000110 <[0] f>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  d10043ff  sub     sp, sp, #0x10
;;        11c:  f81f83a0  stur    x0, [x29, #-8]
;;        120:  aa0003e3  mov     x3, x0
;;        124:  f9400460  ldr     x0, [x3, #8]
;;        128:  f9400000  ldr     x0, [x0]
;;        12c:  f9400463  ldr     x3, [x3, #8]
;;        130:  f9400463  ldr     x3, [x3, #8]
;;        134:  d1001063  sub     x3, x3, #4
;;        138:  eb21407f  cmp     x3, w1, uxtw
;;        13c:  5400012b  b.lt    #0x160
;;        140:  b8614801  ldr     w1, [x0, w1, uxtw]
;;        144:  eb22407f  cmp     x3, w2, uxtw
;;        148:  540000eb  b.lt    #0x164
;;        14c:  b8624800  ldr     w0, [x0, w2, uxtw]
;;        150:  0b000020  add     w0, w1, w0
;;        154:  910003bf  mov     sp, x29
;;        158:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        15c:  d65f03c0  ret
;;        160:  97ffffbb  bl      #0x4c  ; trap site, wasm @0x28
;;        164:  97ffffba  bl      #0x4c  ; trap site, wasm @0x2d
