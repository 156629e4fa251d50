(module (func (export "f") (param i32 i32 i32) (result i32)
  (local i32) (local.set 3 (i32.mul (local.get 0) (local.get 1)))
  (i32.xor (local.get 3) (i32.add (local.get 2) (local.get 3)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = alu.mul x1, x2
;;      2  x1 = alu.add x3, x0
;;      3  x0 = alu.eor x0, x1
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  1b027c20  mul     w0, w1, w2
;;        174:  0b000061  add     w1, w3, w0
;;        178:  4a010000  eor     w0, w0, w1
;;        17c:  910003bf  mov     sp, x29
;;        180:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        184:  d65f03c0  ret
