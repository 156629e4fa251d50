(module (memory 1) (func (export "f") (result i32) (i32.load (i32.const 1024))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;         mov x1, x0
;;      1  x0 = heap_base x1
;;      2  x2 = heap_size x1
;;      3  x1 = const bits=1024
;;      4  x2 = heap_limit x2, n=4
;;      5  x0 = load x1, x0, x2, bytes=4, offset=0, still=0, @0x27
;;      6  jump block1
;; block1:
;;      7  ret x0
;; ==== asm ====
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e1  mov     x1, x0
;;        114:  f9400420  ldr     x0, [x1, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  f9400422  ldr     x2, [x1, #8]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  321603e1  mov     w1, #0x400
;;        128:  d1001042  sub     x2, x2, #4
;;        12c:  eb21405f  cmp     x2, w1, uxtw
;;        130:  540000ab  b.lt    #0x144
;;        134:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  97ffffc2  bl      #0x4c  ; trap site, wasm @0x27
