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
;;        114:  d2846931  mov     x17, #0x2349
;;        118:  f2a00031  movk    x17, #1, lsl #16
;;        11c:  cb110051  sub     x17, x2, x17
;;        120:  eb21423f  cmp     x17, w1, uxtw
;;        124:  5400012b  b.lt    #0x148
;;        128:  8b214010  add     x16, x0, w1, uxtw
;;        12c:  d28468b1  mov     x17, #0x2345
;;        130:  f2a00031  movk    x17, #1, lsl #16
;;        134:  8b110210  add     x16, x16, x17
;;        138:  b9400200  ldr     w0, [x16]
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;        148:  f85f83a0  ldur    x0, [x29, #-8]
;;        14c:  528000a1  mov     w1, #5
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x27
