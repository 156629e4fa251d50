;;! options = epoch_interruption
(module (func (export "f") (param i32) (result i32)
  (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))) (local.get 0)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v3)
;;      0  x0, x1 = args
;;      1  x0 = load_word x0, offset=0
;;      2  epoch_check x0, @0x20
;;      3  jump block1
;; block1(x1):  ; succs: block4, block2
;;      4  epoch_check x0, @0x20
;;      5  x1 = alu_imm.sub x1, imm=1
;;      6  condbr x1, block4, block2
;; block2:  ; succs: block3
;;      7  jump block3
;; block3:
;;         mov x0, x1
;;      8  ret x0
;; block4:  ; succs: block1(%v0)
;;      9  jump block1
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  f9400000  ldr     x0, [x0]
;;        164:  f9401410  ldr     x16, [x0, #0x28]
;;        168:  b5000130  cbnz    x16, #0x18c
;;        16c:  f9401410  ldr     x16, [x0, #0x28]
;;        170:  b5000110  cbnz    x16, #0x190
;;        174:  51000421  sub     w1, w1, #1
;;        178:  35ffffa1  cbnz    w1, #0x16c
;;        17c:  aa0103e0  mov     x0, x1
;;        180:  910003bf  mov     sp, x29
;;        184:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        188:  d65f03c0  ret
;;        18c:  97ffffc6  bl      #0xa4  ; trap site, wasm @0x20
;;        190:  97ffffc5  bl      #0xa4  ; trap site, wasm @0x20
