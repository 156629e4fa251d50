(module
  (func (export "f32") (param f32 f32) (result f32) (f32.div (f32.add (local.get 0) (local.get 1)) (local.get 1)))
  (func (export "f64") (param f64 f64) (result f64) (f64.max (f64.mul (local.get 0) (local.get 1)) (f64.min (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = fbin.add d0, d1
;;      2  d0 = fbin.div d0, d1
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;         mov d2, d0
;;      1  d0 = fbin.mul d2, d1, double
;;      2  d1 = fbin.min d2, d1, double
;;      3  d0 = fbin.max d0, d1, double
;;      4  jump block1
;; block1:
;;      5  ret d0
;; ==== asm ====
;; 000001a0 <[0] f32>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  1e212800  fadd    s0, s0, s1
;;        1b4:  1e211800  fdiv    s0, s0, s1
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;
;; 000001d0 <[1] f64>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  d10043ff  sub     sp, sp, #0x10
;;        1dc:  f81f83a0  stur    x0, [x29, #-8]
;;        1e0:  1e604002  fmov    d2, d0
;;        1e4:  1e610840  fmul    d0, d2, d1
;;        1e8:  1e615841  fmin    d1, d2, d1
;;        1ec:  1e614800  fmax    d0, d0, d1
;;        1f0:  910003bf  mov     sp, x29
;;        1f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f8:  d65f03c0  ret
