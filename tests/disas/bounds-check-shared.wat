;;! options = explicit_bounds_checks
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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  aa0003e2  mov     x2, x0
;;        164:  f9400440  ldr     x0, [x2, #8]
;;        168:  f9400000  ldr     x0, [x0]
;;        16c:  f9400443  ldr     x3, [x2, #8]
;;        170:  f9400463  ldr     x3, [x3, #8]
;;        174:  d1001062  sub     x2, x3, #4
;;        178:  eb21405f  cmp     x2, w1, uxtw
;;        17c:  5400016b  b.lt    #0x1a8
;;        180:  b8614802  ldr     w2, [x0, w1, uxtw]
;;        184:  d1002063  sub     x3, x3, #8
;;        188:  eb21407f  cmp     x3, w1, uxtw
;;        18c:  5400010b  b.lt    #0x1ac
;;        190:  8b214010  add     x16, x0, w1, uxtw
;;        194:  b9400600  ldr     w0, [x16, #4]
;;        198:  0b000040  add     w0, w2, w0
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
;;        1a8:  97ffffbf  bl      #0xa4  ; trap site, wasm @0x27
;;        1ac:  97ffffbe  bl      #0xa4  ; trap site, wasm @0x2c
