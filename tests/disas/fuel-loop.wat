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
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000223  b.lo    #0x14c
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9400000  ldr     x0, [x0]
;;        118:  f9401002  ldr     x2, [x0, #0x20]
;;        11c:  f1000042  subs    x2, x2, #0
;;        120:  540001ad  b.le    #0x154
;;        124:  f1001442  subs    x2, x2, #5
;;        128:  5400020d  b.le    #0x168
;;        12c:  51000421  sub     w1, w1, #1
;;        130:  35ffffa1  cbnz    w1, #0x124
;;        134:  d1000442  sub     x2, x2, #1
;;        138:  f9001002  str     x2, [x0, #0x20]
;;        13c:  aa0103e0  mov     x0, x1
;;        140:  910003bf  mov     sp, x29
;;        144:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        148:  d65f03c0  ret
;;        14c:  52800161  mov     w1, #0xb
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x0
;;        154:  f85f83a0  ldur    x0, [x29, #-8]
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f900121f  str     xzr, [x16, #0x20]
;;        160:  528001c1  mov     w1, #0xe
;;        164:  97ffffa7  bl      #0  ; trap site, wasm @0x20
;;        168:  f85f83a0  ldur    x0, [x29, #-8]
;;        16c:  f9400010  ldr     x16, [x0]
;;        170:  f900121f  str     xzr, [x16, #0x20]
;;        174:  528001c1  mov     w1, #0xe
;;        178:  97ffffa2  bl      #0  ; trap site, wasm @0x20
