;; i64.sub128: subs on the low halves, sbc (borrow) on the high ones.
(module
  (func (export "sub128") (param i64 i64 i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
;; ==== alloc ====
;; ;; function [0] sub128
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3, x4 = args
;;      1  x0, x1 = wide.sub x1, x2, x3, x4
;;      2  jump block1
;; block1:
;;      3  ret x0, x1
;; ==== asm ====
;; 00000160 <[0] sub128>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  eb030020  subs    x0, x1, x3
;;        174:  da040041  sbc     x1, x2, x4
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
