;;! options = consume_fuel
(module (func (export "f") (param i32) (result i32)
  (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))) (local.get 0)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v6, %v7)
;;      0  x0, x1 = args
;;      1  x0 = load_word x0, offset=0
;;      2  x2 = load_word x0, offset=32
;;      3  x2 = fuel_check x2, cost=0, @0x20
;;      4  jump block1
;; block1(x2, x1):  ; succs: block4, block2
;;      5  x2 = fuel_check x2, cost=5, @0x20
;;      6  x1 = alu_imm.sub x1, imm=1
;;      7  condbr x1, block4, block2
;; block2:  ; succs: block3
;;      8  x2 = alu_imm.sub x2, is64, imm=1
;;      9  jump block3
;; block3:
;;     10  store_word x2, x0, offset=32
;;         mov x0, x1
;;     11  ret x0
;; block4:  ; succs: block1(%v3, %v0)
;;     12  jump block1
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  f9400000  ldr     x0, [x0]
;;        174:  f9401002  ldr     x2, [x0, #0x20]
;;        178:  f1000042  subs    x2, x2, #0
;;        17c:  5400016d  b.le    #0x1a8
;;        180:  f1001442  subs    x2, x2, #5
;;        184:  5400014d  b.le    #0x1ac
;;        188:  51000421  sub     w1, w1, #1
;;        18c:  35ffffa1  cbnz    w1, #0x180
;;        190:  d1000442  sub     x2, x2, #1
;;        194:  f9001002  str     x2, [x0, #0x20]
;;        198:  aa0103e0  mov     x0, x1
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
;;        1a8:  97ffffbf  bl      #0xa4  ; trap site, wasm @0x20
;;        1ac:  97ffffbe  bl      #0xa4  ; trap site, wasm @0x20
