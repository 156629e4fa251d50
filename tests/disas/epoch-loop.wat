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
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540001c3  b.lo    #0x140
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9400000  ldr     x0, [x0]
;;        118:  f9401410  ldr     x16, [x0, #0x28]
;;        11c:  b5000170  cbnz    x16, #0x148
;;        120:  f9401410  ldr     x16, [x0, #0x28]
;;        124:  b5000190  cbnz    x16, #0x154
;;        128:  51000421  sub     w1, w1, #1
;;        12c:  35ffffa1  cbnz    w1, #0x120
;;        130:  aa0103e0  mov     x0, x1
;;        134:  910003bf  mov     sp, x29
;;        138:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        13c:  d65f03c0  ret
;;        140:  52800161  mov     w1, #0xb
;;        144:  97ffffaf  bl      #0  ; trap site, wasm @0x0
;;        148:  f85f83a0  ldur    x0, [x29, #-8]
;;        14c:  528001e1  mov     w1, #0xf
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x20
;;        154:  f85f83a0  ldur    x0, [x29, #-8]
;;        158:  528001e1  mov     w1, #0xf
;;        15c:  97ffffa9  bl      #0  ; trap site, wasm @0x20
