(module
  (func (export "s") (param f64) (result i32) (i32.trunc_sat_f64_s (local.get 0)))
  (func (export "u") (param f32) (result i64) (i64.trunc_sat_f32_u (local.get 0))))
;; ==== alloc ====
;; ;; function [0] s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  x0 = f2i_sat d0, double, signed
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  x0 = f2i_sat d0, dst64
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000001f0 <[0] s>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  1e780000  fcvtzs  w0, d0
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] u>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  9e390000  fcvtzu  x0, s0
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
