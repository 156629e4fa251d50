(module (memory 1) (func (export "f") (param i32) (result i64) (i64.load offset=0xfffffff0 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x0 = load x1, x0, x2, bytes=8, wide, offset=4294967280, still=4294967288, @0x27
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
;;        108:  54000263  b.lo    #0x154
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e2  mov     x2, x0
;;        118:  f9400440  ldr     x0, [x2, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  f9400442  ldr     x2, [x2, #8]
;;        128:  b27d73f1  mov     x17, #0xfffffff8
;;        12c:  cb110051  sub     x17, x2, x17
;;        130:  eb21423f  cmp     x17, w1, uxtw
;;        134:  5400014b  b.lt    #0x15c
;;        138:  8b214010  add     x16, x0, w1, uxtw
;;        13c:  b27c6ff1  mov     x17, #0xfffffff0
;;        140:  8b110210  add     x16, x16, x17
;;        144:  f9400200  ldr     x0, [x16]
;;        148:  910003bf  mov     sp, x29
;;        14c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        150:  d65f03c0  ret
;;        154:  52800161  mov     w1, #0xb
;;        158:  97ffffaa  bl      #0  ; trap site, wasm @0x0
;;        15c:  f85f83a0  ldur    x0, [x29, #-8]
;;        160:  528000a1  mov     w1, #5
;;        164:  97ffffa7  bl      #0  ; trap site, wasm @0x27
