(module (func (export "max") (param i64 i64) (result i64)
  (select (local.get 0) (local.get 1) (i64.gt_s (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] max
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = select_cmp x1, x2, x1, x2, type=i64, is64, gt
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000150 <[0] max>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  eb02003f  cmp     x1, x2
;;        164:  9a82c020  csel    x0, x1, x2, gt
;;        168:  910003bf  mov     sp, x29
;;        16c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        170:  d65f03c0  ret
