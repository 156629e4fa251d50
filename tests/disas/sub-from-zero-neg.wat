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
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  cb0103e0  neg     x0, x1
;;        104:  910003bf  mov     sp, x29
;;        108:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        10c:  d65f03c0  ret
