(module (func (export "f") (param i32 i32) (result i32) (i32.le_s (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = icmp x1, x2, le
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  6b02003f  cmp     w1, w2
;;        174:  1a9fc7e0  cset    w0, le
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
