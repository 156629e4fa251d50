(module
  (func (export "p") (param f32) (result f64) (f64.promote_f32 (local.get 0)))
  (func (export "d") (param f64) (result f32) (f32.demote_f64 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] p
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = f2f d0, to_double
;;      2  jump block1
;; block1:
;;      3  ret d0
;;
;; ;; function [1] d
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = f2f d0
;;      2  jump block1
;; block1:
;;      3  ret d0
;; ==== asm ====
;; 000001f0 <[0] p>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  1e22c000  fcvt    d0, s0
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] d>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  1e624000  fcvt    s0, d0
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
