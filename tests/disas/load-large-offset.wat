(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load offset=0x12345 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=4, offset=74565, still=guarded, @0x27
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540001a3  b.lo    #0x13c
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9400400  ldr     x0, [x0, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  8b214010  add     x16, x0, w1, uxtw
;;        120:  d28468b1  mov     x17, #0x2345
;;        124:  f2a00031  movk    x17, #1, lsl #16
;;        128:  8b110210  add     x16, x16, x17
;;        12c:  b9400200  ldr     w0, [x16]  ; trap site, wasm @0x27
;;        130:  910003bf  mov     sp, x29
;;        134:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        138:  d65f03c0  ret
;;        13c:  52800161  mov     w1, #0xb
;;        140:  97ffffb0  bl      #0  ; trap site, wasm @0x0
