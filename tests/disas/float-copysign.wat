(module (func (export "f") (param f64 f64) (result f64) (f64.copysign (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = fcopysign d0, d1, double
;;      2  jump block1
;; block1:
;;      3  ret d0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  9e660010  fmov    x16, d0
;;        164:  9e660031  fmov    x17, d1
;;        168:  9240fa10  and     x16, x16, #0x7fffffffffffffff
;;        16c:  92410231  and     x17, x17, #0x8000000000000000
;;        170:  aa110210  orr     x16, x16, x17
;;        174:  9e670200  fmov    d0, x16
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
