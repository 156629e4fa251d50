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
;; 00000190 <[0] a>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  1e260000  fmov    w0, s0
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;
;; 000001b0 <[1] b>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  9e670020  fmov    d0, x1
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
