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
;; 00000190 <[0] p>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  1e22c000  fcvt    d0, s0
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;
;; 000001b0 <[1] d>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  1e624000  fcvt    s0, d0
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
