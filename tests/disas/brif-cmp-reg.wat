(module (func (export "f") (param i64 i64) (result i32)
  (block (br_if 0 (i64.gt_u (local.get 0) (local.get 1))) (return (i32.const 1))) (i32.const 2)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1, x2 = args
;;      1  cmp_branch x1, x2, is64, hi, block2, block1
;; block1:  ; succs: block3(%v2)
;;      2  x0 = const bits=1
;;      3  jump block3
;; block2:  ; succs: block3(%v1)
;;      4  x0 = const bits=2
;;      5  jump block3
;; block3(x0):
;;      6  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  eb02003f  cmp     x1, x2
;;        174:  54000068  b.hi    #0x180
;;        178:  320003e0  mov     w0, #1
;;        17c:  14000002  b       #0x184
;;        180:  321f03e0  mov     w0, #2
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
