;;! stages = alloc
(module
  ;; Constants in a loop (aot/opt/licm.py): 0x70000 is one movz and stays where the mul
  ;; reads it; 3 leaves with the shl it feeds; 0x12345 takes two moves and is hoisted.
  (func (export "f") (param i32 i32) (result i32) (local i32 i32)
    (loop $l
      (local.set 2 (i32.mul (local.get 2) (i32.const 0x70000)))
      (local.set 3 (i32.xor (local.get 3) (i32.shl (local.get 1) (i32.const 3))))
      (local.set 3 (i32.mul (local.get 3) (i32.const 0x12345)))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (i32.add (local.get 2) (local.get 3))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v11, %v11, %v12)
;;      0  x0, x1, x2 = args
;;      1  x0 = const bits=0
;;      2  x2 = shift_imm.lsl x2, amount=3
;;      3  x3 = const bits=74565
;;         mov x4, x0
;;      4  jump block1
;; block1(x0, x4, x1):  ; succs: block4, block2
;;      5  x5 = const bits=458752
;;      6  x0 = alu.mul x0, x5
;;      7  x4 = alu.eor x4, x2
;;      8  x4 = alu.mul x4, x3
;;      9  x1 = alu_imm.sub x1, imm=1
;;     10  condbr x1, block4, block2
;; block2:  ; succs: block3
;;     11  x0 = alu.add x0, x4
;;     12  jump block3
;; block3:
;;     13  ret x0
;; block4:  ; succs: block1(%v1, %v2, %v3)
;;     14  jump block1
