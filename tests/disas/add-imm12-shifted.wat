(module (func (export "f") (param i64) (result i64) (i64.add (local.get 0) (i64.const 0x7000))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = alu_imm.add x1, is64, imm=28672
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  91401c20  add     x0, x1, #7, lsl #12
;;        164:  910003bf  mov     sp, x29
;;        168:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        16c:  d65f03c0  ret
