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
;; 00000170 <[0] swizzle>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  4e010000  tbl     v0.16b, {v0.16b}, v1.16b
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
;;
;; 00000190 <[1] relaxed_swizzle>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  4e010000  tbl     v0.16b, {v0.16b}, v1.16b
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
