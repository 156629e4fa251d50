;; i64.mul_wide_s/u: mul for the low half, smulh/umulh for the high half of the 128-bit product.
(module
  (func (export "mul_wide_s") (param i64 i64) (result i64 i64)
    (i64.mul_wide_s (local.get 0) (local.get 1)))
  (func (export "mul_wide_u") (param i64 i64) (result i64 i64)
    (i64.mul_wide_u (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] mul_wide_s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0, x1 = wide.mul x1, x2, signed
;;      2  jump block1
;; block1:
;;      3  ret x0, x1
;;
;; ;; function [1] mul_wide_u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0, x1 = wide.mul x1, x2
;;      2  jump block1
;; block1:
;;      3  ret x0, x1
;; ==== asm ====
;; 00000100 <[0] mul_wide_s>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000103  b.lo    #0x138
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  9b027c20  mul     x0, x1, x2
;;        128:  9b427c21  smulh   x1, x1, x2
;;        12c:  910003bf  mov     sp, x29
;;        130:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        134:  d65f03c0  ret
;;        138:  52800161  mov     w1, #0xb
;;        13c:  97ffffb1  bl      #0  ; trap site, wasm @0x0
;;
;; 00000140 <[1] mul_wide_u>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  f9400010  ldr     x16, [x0]
;;        14c:  f9400610  ldr     x16, [x16, #8]
;;        150:  d10043f1  sub     x17, sp, #0x10
;;        154:  eb10023f  cmp     x17, x16
;;        158:  54000103  b.lo    #0x178
;;        15c:  9100023f  mov     sp, x17
;;        160:  f81f83a0  stur    x0, [x29, #-8]
;;        164:  9b027c20  mul     x0, x1, x2
;;        168:  9bc27c21  umulh   x1, x1, x2
;;        16c:  910003bf  mov     sp, x29
;;        170:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        174:  d65f03c0  ret
;;        178:  52800161  mov     w1, #0xb
;;        17c:  97ffffa1  bl      #0  ; trap site, wasm @0x0
