(module (func (export "f") (param i64 i64 i64) (result i64) (i64.sub (local.get 2) (i64.mul (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = madd x1, x2, x3, is64, subtract
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  9b028c20  msub    x0, x1, x2, x3
;;        174:  910003bf  mov     sp, x29
;;        178:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        17c:  d65f03c0  ret
