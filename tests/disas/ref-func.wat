;;! func = f
(module (func $g) (elem declare func $g) (func (export "f") (result funcref) (ref.func $g)))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = ref_func x0, func=0
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000210 <[1] f>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  f9400800  ldr     x0, [x0, #0x10]
;;        224:  91000000  add     x0, x0, #0
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
