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
;; 00000200 <[0] f32>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  1e212800  fadd    s0, s0, s1
;;        214:  1e211800  fdiv    s0, s0, s1
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;
;; 00000230 <[1] f64>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  1e604002  fmov    d2, d0
;;        244:  1e610840  fmul    d0, d2, d1
;;        248:  1e615841  fmin    d1, d2, d1
;;        24c:  1e614800  fmax    d0, d0, d1
;;        250:  910003bf  mov     sp, x29
;;        254:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        258:  d65f03c0  ret
