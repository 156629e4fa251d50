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
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540002a3  b.lo    #0x15c
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e2  mov     x2, x0
;;        118:  f9400440  ldr     x0, [x2, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  f9400442  ldr     x2, [x2, #8]
;;        128:  d2846931  mov     x17, #0x2349
;;        12c:  f2a00031  movk    x17, #1, lsl #16
;;        130:  cb110051  sub     x17, x2, x17
;;        134:  eb21423f  cmp     x17, w1, uxtw
;;        138:  5400016b  b.lt    #0x164
;;        13c:  8b214010  add     x16, x0, w1, uxtw
;;        140:  d28468b1  mov     x17, #0x2345
;;        144:  f2a00031  movk    x17, #1, lsl #16
;;        148:  8b110210  add     x16, x16, x17
;;        14c:  b9400200  ldr     w0, [x16]
;;        150:  910003bf  mov     sp, x29
;;        154:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        158:  d65f03c0  ret
;;        15c:  52800161  mov     w1, #0xb
;;        160:  97ffffa8  bl      #0  ; trap site, wasm @0x0
;;        164:  f85f83a0  ldur    x0, [x29, #-8]
;;        168:  528000a1  mov     w1, #5
;;        16c:  97ffffa5  bl      #0  ; trap site, wasm @0x27
