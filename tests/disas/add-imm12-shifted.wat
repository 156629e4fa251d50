(module (func (export "f") (param i64) (result i64) (i64.add (local.get 0) (i64.const 0x7000))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const wide, bits=28672
;;      2  x0 = alu.add x1, x0, is64
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  b2740be0  mov     x0, #0x7000
;;        164:  8b000020  add     x0, x1, x0
;;        168:  910003bf  mov     sp, x29
;;        16c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        170:  d65f03c0  ret
