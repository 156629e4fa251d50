;;! stages = opt
(module (memory 1 1) (memory 1 1 shared)
  (func (export "wait") (param i32 i64 i64) (result i32)
    (memory.atomic.wait64 1 offset=16 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32) (result i32) (memory.atomic.notify 1 (local.get 0) (i32.const 1))))
;; ==== opt ====
;; ;; function [0] wait
;; function u0:0(i32, i64, i64) -> (i32) {
;; block0(v0: i64, v1: i32, v2: i64, v3: i64):
;;     v9 = i64.extend_i32_u v1
;;     v10 = i32.const 1
;;     v11 = i64.const 16
;;     v12 = builtin memory.atomic.wait64, v0, v10, v11, v9, v2, v3 @0x43
;;     jump block1 @0x48
;; block1:
;;     return v12
;; }
;;
;; ;; function [1] notify
;; function u0:1(i32) -> (i32) {
;; block0(v0: i64, v1: i32):
;;     v7 = i32.const 1
;;     v8 = i64.extend_i32_u v1
;;     v10 = i64.const 0
;;     v11 = builtin memory.atomic.notify, v0, v7, v10, v8, v7 @0x4f
;;     jump block1 @0x54
;; block1:
;;     return v11
;; }
