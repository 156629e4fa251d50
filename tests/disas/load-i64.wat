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
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000203  b.lo    #0x148
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e2  mov     x2, x0
;;        118:  f9400440  ldr     x0, [x2, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  f9400442  ldr     x2, [x2, #8]
;;        128:  d1004042  sub     x2, x2, #0x10
;;        12c:  eb21405f  cmp     x2, w1, uxtw
;;        130:  5400010b  b.lt    #0x150
;;        134:  8b214010  add     x16, x0, w1, uxtw
;;        138:  f9400600  ldr     x0, [x16, #8]
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;        148:  52800161  mov     w1, #0xb
;;        14c:  97ffffad  bl      #0  ; trap site, wasm @0x0
;;        150:  f85f83a0  ldur    x0, [x29, #-8]
;;        154:  528000a1  mov     w1, #5
;;        158:  97ffffaa  bl      #0  ; trap site, wasm @0x27
