(module (func (export "f") (param f64) (result f64) (f64.add (local.get 0) (f64.const 1.5))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d1 = const wide, bits=4609434218613702656
;;      2  d0 = fbin.add d0, d1, double
;;      3  jump block1
;; block1:
;;      4  ret d0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  1e6f1001  fmov    d1, #1.50000000
;;        164:  1e612800  fadd    d0, d0, d1
;;        168:  910003bf  mov     sp, x29
;;        16c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        170:  d65f03c0  ret
