(module (memory 1) (func (export "f") (param i32) (result i64) (i64.load offset=8 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=16
;;      4  x0 = load x1, x0, x2, bytes=8, wide, offset=8, still=0, @0x27
;;      5  jump block1
;; block1:
;;      6  ret x0
;; ==== asm ====
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e2  mov     x2, x0
;;        114:  f9400440  ldr     x0, [x2, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  f9400442  ldr     x2, [x2, #8]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  d1004042  sub     x2, x2, #0x10
;;        128:  eb21405f  cmp     x2, w1, uxtw
;;        12c:  540000cb  b.lt    #0x144
;;        130:  8b214010  add     x16, x0, w1, uxtw
;;        134:  f9400600  ldr     x0, [x16, #8]
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  97ffffc2  bl      #0x4c  ; trap site, wasm @0x27
