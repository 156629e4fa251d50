(module
  (func (export "f64") (param f64) (result f64) (f64.sqrt (f64.abs (f64.neg (local.get 0)))))
  (func (export "round") (param f32) (result f32) (f32.nearest (f32.floor (f32.ceil (f32.trunc (local.get 0)))))))
;; ==== alloc ====
;; ;; function [0] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = fun.fneg d0, double
;;      2  d0 = fun.fabs d0, double
;;      3  d0 = fun.fsqrt d0, double
;;      4  jump block1
;; block1:
;;      5  ret d0
;;
;; ;; function [1] round
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = fun.frintz d0
;;      2  d0 = fun.frintp d0
;;      3  d0 = fun.frintm d0
;;      4  d0 = fun.frintn d0
;;      5  jump block1
;; block1:
;;      6  ret d0
;; ==== asm ====
;; 000001f0 <[0] f64>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  1e614000  fneg    d0, d0
;;        204:  1e60c000  fabs    d0, d0
;;        208:  1e61c000  fsqrt   d0, d0
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;
;; 00000220 <[1] round>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  1e25c000  frintz  s0, s0
;;        234:  1e24c000  frintp  s0, s0
;;        238:  1e254000  frintm  s0, s0
;;        23c:  1e244000  frintn  s0, s0
;;        240:  910003bf  mov     sp, x29
;;        244:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        248:  d65f03c0  ret
