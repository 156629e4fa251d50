(module (func (export "f") (param i64) (result i32)
  (block (br_if 0 (i64.ne (local.get 0) (i64.const 0))) (return (i32.const 1))) (i32.const 2)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1 = args
;;      1  cmp_branch x1, is64, ne, imm=0, block2, block1
;; block1:  ; succs: block3(%v2)
;;      2  x0 = const bits=1
;;      3  jump block3
;; block2:  ; succs: block3(%v1)
;;      4  x0 = const bits=2
;;      5  jump block3
;; block3(x0):
;;      6  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  b5000061  cbnz    x1, #0x16c
;;        164:  320003e0  mov     w0, #1
;;        168:  14000002  b       #0x170
;;        16c:  321f03e0  mov     w0, #2
;;        170:  910003bf  mov     sp, x29
;;        174:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        178:  d65f03c0  ret
