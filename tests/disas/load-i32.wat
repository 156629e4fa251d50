(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  x0 = load x1, x0, x2, bytes=4, offset=0, still=0, @0x27
;;      5  jump block1
;; block1:
;;      6  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  aa0003e2  mov     x2, x0
;;        104:  f9400440  ldr     x0, [x2, #8]
;;        108:  f9400000  ldr     x0, [x0]
;;        10c:  f9400442  ldr     x2, [x2, #8]
;;        110:  f9400442  ldr     x2, [x2, #8]
;;        114:  d1001042  sub     x2, x2, #4
;;        118:  eb21405f  cmp     x2, w1, uxtw
;;        11c:  540000ab  b.lt    #0x130
;;        120:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;        130:  f85f83a0  ldur    x0, [x29, #-8]
;;        134:  528000a1  mov     w1, #5
;;        138:  97ffffb2  bl      #0  ; trap site, wasm @0x27
