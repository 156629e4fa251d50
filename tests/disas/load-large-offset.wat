(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load offset=0x12345 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x0 = load x1, x0, x2, bytes=4, offset=74565, still=74569, @0x27
;;      4  jump block1
;; block1:
;;      5  ret x0
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
;;        124:  d2846931  mov     x17, #0x2349
;;        128:  f2a00031  movk    x17, #1, lsl #16
;;        12c:  cb110051  sub     x17, x2, x17
;;        130:  eb21423f  cmp     x17, w1, uxtw
;;        134:  5400012b  b.lt    #0x158
;;        138:  8b214010  add     x16, x0, w1, uxtw
;;        13c:  d28468b1  mov     x17, #0x2345
;;        140:  f2a00031  movk    x17, #1, lsl #16
;;        144:  8b110210  add     x16, x16, x17
;;        148:  b9400200  ldr     w0, [x16]
;;        14c:  910003bf  mov     sp, x29
;;        150:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        154:  d65f03c0  ret
;;        158:  97ffffbd  bl      #0x4c  ; trap site, wasm @0x27
