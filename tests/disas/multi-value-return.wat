(module (func (export "f") (param i32 i64) (result i64 i32 f64)
  (local.get 1) (local.get 0) (f64.const 2.0)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  d0 = const wide, bits=4611686018427387904
;;      2  jump block1
;; block1:
;;         mov x0, x2
;;      3  ret x0, x1, d0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  1e601000  fmov    d0, #2.00000000
;;        174:  aa0203e0  mov     x0, x2
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
