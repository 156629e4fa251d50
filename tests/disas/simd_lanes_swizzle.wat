(module
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
  (func (export "relaxed_swizzle") (param v128 v128) (result v128)
    (i8x16.relaxed_swizzle (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] swizzle
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_tbl q0, q1, registers=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] relaxed_swizzle
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_tbl q0, q1, registers=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;; ==== asm ====
;; 00000110 <[0] swizzle>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  d10043ff  sub     sp, sp, #0x10
;;        11c:  f81f83a0  stur    x0, [x29, #-8]
;;        120:  4e010000  tbl     v0.16b, {v0.16b}, v1.16b
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;
;; 00000130 <[1] relaxed_swizzle>:
;;        130:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        134:  910003fd  mov     x29, sp
;;        138:  d10043ff  sub     sp, sp, #0x10
;;        13c:  f81f83a0  stur    x0, [x29, #-8]
;;        140:  4e010000  tbl     v0.16b, {v0.16b}, v1.16b
;;        144:  910003bf  mov     sp, x29
;;        148:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        14c:  d65f03c0  ret
