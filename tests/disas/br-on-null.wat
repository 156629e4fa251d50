;;! stages = opt alloc
(module
  (type $ii (func (param i32) (result i32)))
  ;; br_on_null is a brif on ref.is_null, which fuses into a cbz
  (func (export "on_null") (param $f (ref null $ii)) (result i32)
    (block $null
      (return (call_ref $ii (i32.const 10) (br_on_null $null (local.get $f)))))
    (i32.const -1)))
;; ==== opt ====
;; ;; function [0] on_null
;; function u0:0(funcref) -> (i32) {
;; block0(v0: i64, v1: funcref):
;;     v3 = i32.const 10
;;     v4 = ref.is_null v1
;;     brif v4, block2, block3 @0x32
;; block3:
;;     v5 = call_ref v0, v3, v1, type0 @0x34
;;     jump block1(v5) @0x36
;; block2:
;;     v6 = i32.const -1
;;     jump block1(v6) @0x3a
;; block1(v2: i32):
;;     return v2
;; }
;; ==== alloc ====
;; ;; function [0] on_null
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1 = args
;;         mov x2, x1
;;      1  x1 = const bits=10
;;      2  cmp_branch x2, is64, eq, imm=0, block2, block1
;; block1:  ; succs: block3(%v2)
;;      3  x0 = call_ref x0, x1, x2, @0x34
;;      4  jump block3
;; block2:  ; succs: block3(%v1)
;;      5  x0 = const bits=4294967295
;;      6  jump block3
;; block3(x0):
;;      7  ret x0
