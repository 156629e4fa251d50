(module (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const -8))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = alu_imm.sub x1, imm=8
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  51002020  sub     w0, w1, #8
;;        104:  910003bf  mov     sp, x29
;;        108:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        10c:  d65f03c0  ret
