(module (func (export "f") (param i32) (result i64) (local i64)
  (loop $l
    (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
    (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
  (local.get 1)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v5, %v6)
;;      0  x0, x1 = args
;;      1  x0 = const wide, bits=0
;;      2  jump block1
;; block1(x0, x1):  ; succs: block4, block2
;;      3  x2 = unary.uxtw x1
;;      4  x0 = alu.add x0, x2, is64
;;      5  x1 = alu_imm.sub x1, imm=1
;;      6  condbr x1, block4, block2
;; block2:  ; succs: block3
;;      7  jump block3
;; block3:
;;      8  ret x0
;; block4:  ; succs: block1(%v0, %v1)
;;      9  jump block1
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  d2800000  mov     x0, #0
;;        164:  2a0103e2  mov     w2, w1
;;        168:  8b020000  add     x0, x0, x2
;;        16c:  51000421  sub     w1, w1, #1
;;        170:  35ffffa1  cbnz    w1, #0x164
;;        174:  910003bf  mov     sp, x29
;;        178:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        17c:  d65f03c0  ret
