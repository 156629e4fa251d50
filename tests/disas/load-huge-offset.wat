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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  aa0003e2  mov     x2, x0
;;        164:  f9400440  ldr     x0, [x2, #8]
;;        168:  f9400000  ldr     x0, [x0]
;;        16c:  f9400442  ldr     x2, [x2, #8]
;;        170:  f9400442  ldr     x2, [x2, #8]
;;        174:  b27d73f1  mov     x17, #0xfffffff8
;;        178:  cb110051  sub     x17, x2, x17
;;        17c:  eb21423f  cmp     x17, w1, uxtw
;;        180:  5400010b  b.lt    #0x1a0
;;        184:  8b214010  add     x16, x0, w1, uxtw
;;        188:  b27c6ff1  mov     x17, #0xfffffff0
;;        18c:  8b110210  add     x16, x16, x17
;;        190:  f9400200  ldr     x0, [x16]
;;        194:  910003bf  mov     sp, x29
;;        198:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        19c:  d65f03c0  ret
;;        1a0:  97ffffc1  bl      #0xa4  ; trap site, wasm @0x27
