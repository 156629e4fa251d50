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
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000183  b.lo    #0x138
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  9e660010  fmov    x16, d0
;;        118:  9e660031  fmov    x17, d1
;;        11c:  9240fa10  and     x16, x16, #0x7fffffffffffffff
;;        120:  92410231  and     x17, x17, #0x8000000000000000
;;        124:  aa110210  orr     x16, x16, x17
;;        128:  9e670200  fmov    d0, x16
;;        12c:  910003bf  mov     sp, x29
;;        130:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        134:  d65f03c0  ret
;;        138:  52800161  mov     w1, #0xb
;;        13c:  97ffffb1  bl      #0  ; trap site, wasm @0x0
