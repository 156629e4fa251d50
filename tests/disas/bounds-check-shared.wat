(module (memory 1) (func (export "f") (param i32) (result i32)
  (i32.add (i32.load (local.get 0)) (i32.load offset=4 (local.get 0)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x3 = heap_size x2
;;      3  x2 = heap_limit x3, n=4
;;      4  x2 = load x1, x0, x2, bytes=4, offset=0, still=0, @0x27
;;      5  x3 = heap_limit x3, n=8
;;      6  x0 = load x1, x0, x3, bytes=4, offset=4, still=0, @0x2c
;;      7  x0 = alu.add x2, x0
;;      8  jump block1
;; block1:
;;      9  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  aa0003e2  mov     x2, x0
;;        104:  f9400440  ldr     x0, [x2, #8]
;;        108:  f9400000  ldr     x0, [x0]
;;        10c:  f9400443  ldr     x3, [x2, #8]
;;        110:  f9400463  ldr     x3, [x3, #8]
;;        114:  d1001062  sub     x2, x3, #4
;;        118:  eb21405f  cmp     x2, w1, uxtw
;;        11c:  5400016b  b.lt    #0x148
;;        120:  b8614802  ldr     w2, [x0, w1, uxtw]
;;        124:  d1002063  sub     x3, x3, #8
;;        128:  eb21407f  cmp     x3, w1, uxtw
;;        12c:  5400014b  b.lt    #0x154
;;        130:  8b214010  add     x16, x0, w1, uxtw
;;        134:  b9400600  ldr     w0, [x16, #4]
;;        138:  0b000040  add     w0, w2, w0
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;        148:  f85f83a0  ldur    x0, [x29, #-8]
;;        14c:  528000a1  mov     w1, #5
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x27
;;        154:  f85f83a0  ldur    x0, [x29, #-8]
;;        158:  528000a1  mov     w1, #5
;;        15c:  97ffffa9  bl      #0  ; trap site, wasm @0x2c
