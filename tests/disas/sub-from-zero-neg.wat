(module (func (export "f") (param i64) (result i64) (i64.sub (i64.const 0) (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.neg x1, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  cb0103e0  neg     x0, x1
;;        164:  910003bf  mov     sp, x29
;;        168:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        16c:  d65f03c0  ret
