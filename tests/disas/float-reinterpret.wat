(module
  (func (export "a") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
  (func (export "b") (param i64) (result f64) (f64.reinterpret_i64 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] a
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  x0 = to_gp d0
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] b
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  d0 = from_gp x1, double
;;      2  jump block1
;; block1:
;;      3  ret d0
;; ==== asm ====
;; 000001f0 <[0] a>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  1e260000  fmov    w0, s0
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] b>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  9e670020  fmov    d0, x1
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
