(module (func (export "f") (param f64 f64 i32) (result f64) (select (local.get 0) (local.get 1) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1, x1 = args
;;      1  d0 = select d0, d1, x1, type=f64
;;      2  jump block1
;; block1:
;;      3  ret d0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  7100003f  cmp     w1, #0
;;        174:  1e611c00  fcsel   d0, d0, d1, ne
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
