;;! stages = alloc
;;! func = f
(module (type $v (func)) (table 2 funcref) (tag $e)
  (func $g)
  (func (export "f") (param i32)
    (loop $l
      (block $h (try_table (catch_all $h) (call $g) (call_indirect (type $v) (i32.const 1))))
      (br_if $l (local.get 0)))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 2, callee-saved: x19
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov ss1, x0
;;         mov ss0, x1
;;      1  x2 = const bits=1
;;      2  jump block1
;; block1:  ; succs: block11, block2
;;         mov x0, ss1
;;      3  call.landing x0, func=0, @0x3a
;;         mov x0, ss1
;;      4  x1 = load_word x0, offset=0
;;      5  x1 = load_word x1, offset=48
;;      6  condbr x1, block11, block2
;; block2:  ; succs: block10, block3
;;         remat x9, %v5
;;      7  call_indirect.landing x0, x9, slot=560, type=0, @0x3e
;;         mov x19, ss1
;;      8  x0 = load_word x19, offset=0
;;      9  x0 = load_word x0, offset=48
;;     10  condbr x0, block10, block3
;; block3:  ; succs: block4
;;     11  jump block4
;; block4:  ; succs: block6
;;         mov x0, ss0
;;     12  jump block6
;; block5:  ; succs: block6
;;         mov x0, x19
;;     13  x0 = call_import x0, slot=128, @0x41
;;         mov x0, ss0
;;     14  jump block6
;; block6:  ; succs: block9, block7
;;     15  condbr x0, block9, block7
;; block7:  ; succs: block8
;;     16  jump block8
;; block8:
;;     17  ret
;; block9:  ; succs: block1
;;     18  jump block1
;; block10:  ; succs: block5
;;         mov x0, ss0
;;     19  jump block5
;; block11:  ; succs: block5
;;         mov x19, x0
;;         mov x0, ss0
;;     20  jump block5
