(module (func (export "f") (param i32 i32) (result i32)
  (if (result i32) (i32.ge_u (local.get 0) (local.get 1)) (then (i32.sub (local.get 0) (local.get 1))) (else (i32.sub (local.get 1) (local.get 0))))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1, x2 = args
;;      1  cmp_branch x1, x2, hs, block2, block1
;; block1:  ; succs: block3(%v4)
;;      2  x0 = alu.sub x2, x1
;;      3  jump block3
;; block2:  ; succs: block3(%v1)
;;      4  x0 = alu.sub x1, x2
;;      5  jump block3
;; block3(x0):  ; succs: block4
;;      6  jump block4
;; block4:
;;      7  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  6b02003f  cmp     w1, w2
;;        174:  54000062  b.hs    #0x180
;;        178:  4b010040  sub     w0, w2, w1
;;        17c:  14000002  b       #0x184
;;        180:  4b020020  sub     w0, w1, w2
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
