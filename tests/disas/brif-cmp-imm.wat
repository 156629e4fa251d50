(module (func (export "f") (param i32) (result i32)
  (block (br_if 0 (i32.lt_s (local.get 0) (i32.const 10))) (return (i32.const 1))) (i32.const 2)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1 = args
;;      1  cmp_branch x1, lt, imm=10, block2, block1
;; block1:  ; succs: block3(%v2)
;;      2  x0 = const bits=1
;;      3  jump block3
;; block2:  ; succs: block3(%v1)
;;      4  x0 = const bits=2
;;      5  jump block3
;; block3(x0):
;;      6  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  7100283f  cmp     w1, #0xa
;;        104:  5400006b  b.lt    #0x110
;;        108:  320003e0  mov     w0, #1
;;        10c:  14000002  b       #0x114
;;        110:  321f03e0  mov     w0, #2
;;        114:  910003bf  mov     sp, x29
;;        118:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        11c:  d65f03c0  ret
