;; The taken block of each conditional branch comes next: the branch is inverted to the
;; other block and control falls through (no `b` after the b.cond/cbz).
(module (func (export "f") (param i32 i32) (result i32)
  (if (i32.le_s (local.get 0) (i32.const 4095)) (then (local.set 1 (i32.add (local.get 1) (i32.const 3)))))
  (if (local.get 1) (then (local.set 0 (i32.mul (local.get 0) (local.get 1)))))
  (i32.add (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1, x2 = args
;;      1  cmp_branch x1, le, imm=4095, block2, block1
;; block1:  ; succs: block3(%v6)
;;      2  jump block3
;; block2:  ; succs: block3(%v5)
;;      3  x2 = alu_imm.add x2, imm=3
;;      4  jump block3
;; block3(x2):  ; succs: block5, block4
;;      5  condbr x2, block5, block4
;; block4:  ; succs: block6(%v4)
;;      6  jump block6
;; block5:  ; succs: block6(%v3)
;;      7  x1 = alu.mul x1, x2
;;      8  jump block6
;; block6(x1):  ; succs: block7
;;      9  x0 = alu.add x1, x2
;;     10  jump block7
;; block7:
;;     11  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  713ffc3f  cmp     w1, #0xfff
;;        174:  5400004c  b.gt    #0x17c
;;        178:  11000c42  add     w2, w2, #3
;;        17c:  34000042  cbz     w2, #0x184
;;        180:  1b027c21  mul     w1, w1, w2
;;        184:  0b020020  add     w0, w1, w2
;;        188:  910003bf  mov     sp, x29
;;        18c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        190:  d65f03c0  ret
