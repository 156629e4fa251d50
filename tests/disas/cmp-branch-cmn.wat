(module (func (export "f") (param i32) (result i32) (if (result i32) (i32.lt_u (local.get 0) (i32.const -4096)) (then (i32.const 1)) (else (i32.const 2)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1 = args
;;      1  cmp_branch x1, lo, imm=-4096, block2, block1
;; block1:  ; succs: block3(%v2)
;;      2  x0 = const bits=2
;;      3  jump block3
;; block2:  ; succs: block3(%v1)
;;      4  x0 = const bits=1
;;      5  jump block3
;; block3(x0):  ; succs: block4
;;      6  jump block4
;; block4:
;;      7  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  3140043f  cmn     w1, #1, lsl #12
;;        164:  54000063  b.lo    #0x170
;;        168:  321f03e0  mov     w0, #2
;;        16c:  14000002  b       #0x174
;;        170:  320003e0  mov     w0, #1
;;        174:  910003bf  mov     sp, x29
;;        178:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        17c:  d65f03c0  ret
