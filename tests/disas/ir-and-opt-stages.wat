;;! stages = ir opt vcode alloc
(module (func (export "f") (param i32) (result i32)
  (i32.add (i32.mul (local.get 0) (i32.const 2)) (i32.mul (local.get 0) (i32.const 2)))))
;; ==== ir ====
;; ;; function [0] f
;; function u0:0(i32) -> (i32) {
;; block0(v0: i64, v1: i32):
;;     v3 = i32.const 2
;;     v4 = i32.mul v1, v3 @0x24
;;     v5 = i32.const 2
;;     v6 = i32.mul v1, v5 @0x29
;;     v7 = i32.add v4, v6 @0x2a
;;     jump block1 @0x2b
;; block1:
;;     return v7
;; }
;; ==== opt ====
;; ;; function [0] f
;; function u0:0(i32) -> (i32) {
;; block0(v0: i64, v1: i32):
;;     v3 = i32.const 2
;;     v4 = i32.mul v1, v3 @0x24
;;     v7 = i32.add v4, v4 @0x2a
;;     jump block1 @0x2b
;; block1:
;;     return v7
;; }
;; ==== vcode ====
;; ;; function [0] f
;; block0:  ; succs: block1
;;      0  %v4@x0, %v2@x1 = args
;;      1  %v3 = const bits=2
;;      2  %v1 = alu.mul %v2, %v3
;;      3  %v0 = alu.add %v1, %v1
;;      4  jump block1
;; block1:
;;      5  ret %v0@x0
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const bits=2
;;      2  x0 = alu.mul x1, x0
;;      3  x0 = alu.add x0, x0
;;      4  jump block1
;; block1:
;;      5  ret x0
