(module (memory 1) (func (export "f") (param i32 i32 i32) (result i32) (local i32)
  (loop $l
    (local.set 3 (i32.add (local.get 3) (i32.mul (local.get 1) (local.get 2))))
    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
    (br_if $l (local.get 0)))
  (local.get 3)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v5, %v6)
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = const bits=0
;;      2  x2 = alu.mul x2, x3
;;      3  jump block1
;; block1(x0, x1):  ; succs: block4, block2
;;      4  x0 = alu.add x0, x2
;;      5  x1 = alu_imm.sub x1, imm=1
;;      6  condbr x1, block4, block2
;; block2:  ; succs: block3
;;      7  jump block3
;; block3:
;;      8  ret x0
;; block4:  ; succs: block1(%v0, %v1)
;;      9  jump block1
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  52800000  mov     w0, #0
;;        174:  1b037c42  mul     w2, w2, w3
;;        178:  0b020000  add     w0, w0, w2
;;        17c:  51000421  sub     w1, w1, #1
;;        180:  35ffffc1  cbnz    w1, #0x178
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
