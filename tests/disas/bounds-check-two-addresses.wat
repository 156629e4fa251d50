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
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e3  mov     x3, x0
;;        114:  f9400460  ldr     x0, [x3, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  f9400463  ldr     x3, [x3, #8]
;;        120:  f9400463  ldr     x3, [x3, #8]
;;        124:  d1001063  sub     x3, x3, #4
;;        128:  eb21407f  cmp     x3, w1, uxtw
;;        12c:  5400012b  b.lt    #0x150
;;        130:  b8614801  ldr     w1, [x0, w1, uxtw]
;;        134:  eb22407f  cmp     x3, w2, uxtw
;;        138:  5400012b  b.lt    #0x15c
;;        13c:  b8624800  ldr     w0, [x0, w2, uxtw]
;;        140:  0b000020  add     w0, w1, w0
;;        144:  910003bf  mov     sp, x29
;;        148:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        14c:  d65f03c0  ret
;;        150:  f85f83a0  ldur    x0, [x29, #-8]
;;        154:  528000a1  mov     w1, #5
;;        158:  97ffffaa  bl      #0  ; trap site, wasm @0x28
;;        15c:  f85f83a0  ldur    x0, [x29, #-8]
;;        160:  528000a1  mov     w1, #5
;;        164:  97ffffa7  bl      #0  ; trap site, wasm @0x2d
