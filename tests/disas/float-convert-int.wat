(module
  (func (export "s") (param i32) (result f64) (f64.convert_i32_s (local.get 0)))
  (func (export "u") (param i64) (result f32) (f32.convert_i64_u (local.get 0))))
;; ==== alloc ====
;; ;; function [0] s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  d0 = i2f x1, double, signed
;;      2  jump block1
;; block1:
;;      3  ret d0
;;
;; ;; function [1] u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  d0 = i2f x1, src64
;;      2  jump block1
;; block1:
;;      3  ret d0
;; ==== asm ====
;; 000001f0 <[0] s>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  1e620020  scvtf   d0, w1
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] u>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  9e230020  ucvtf   s0, x1
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
