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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000223  b.lo    #0x1ac
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  f9400000  ldr     x0, [x0]
;;        178:  f9401002  ldr     x2, [x0, #0x20]
;;        17c:  f1000042  subs    x2, x2, #0
;;        180:  540001ad  b.le    #0x1b4
;;        184:  f1001442  subs    x2, x2, #5
;;        188:  5400020d  b.le    #0x1c8
;;        18c:  51000421  sub     w1, w1, #1
;;        190:  35ffffa1  cbnz    w1, #0x184
;;        194:  d1000442  sub     x2, x2, #1
;;        198:  f9001002  str     x2, [x0, #0x20]
;;        19c:  aa0103e0  mov     x0, x1
;;        1a0:  910003bf  mov     sp, x29
;;        1a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a8:  d65f03c0  ret
;;        1ac:  52800161  mov     w1, #0xb
;;        1b0:  97ffff94  bl      #0  ; trap site, wasm @0x0
;;        1b4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f900121f  str     xzr, [x16, #0x20]
;;        1c0:  528001c1  mov     w1, #0xe
;;        1c4:  97ffff8f  bl      #0  ; trap site, wasm @0x20
;;        1c8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1cc:  f9400010  ldr     x16, [x0]
;;        1d0:  f900121f  str     xzr, [x16, #0x20]
;;        1d4:  528001c1  mov     w1, #0xe
;;        1d8:  97ffff8a  bl      #0  ; trap site, wasm @0x20
