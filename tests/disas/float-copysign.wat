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
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000183  b.lo    #0x198
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  9e660010  fmov    x16, d0
;;        178:  9e660031  fmov    x17, d1
;;        17c:  9240fa10  and     x16, x16, #0x7fffffffffffffff
;;        180:  92410231  and     x17, x17, #0x8000000000000000
;;        184:  aa110210  orr     x16, x16, x17
;;        188:  9e670200  fmov    d0, x16
;;        18c:  910003bf  mov     sp, x29
;;        190:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        194:  d65f03c0  ret
;;        198:  52800161  mov     w1, #0xb
;;        19c:  97ffff99  bl      #0  ; trap site, wasm @0x0
