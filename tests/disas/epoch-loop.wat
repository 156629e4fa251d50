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
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540001c3  b.lo    #0x1a0
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  f9400000  ldr     x0, [x0]
;;        178:  f9401410  ldr     x16, [x0, #0x28]
;;        17c:  b5000170  cbnz    x16, #0x1a8
;;        180:  f9401410  ldr     x16, [x0, #0x28]
;;        184:  b5000190  cbnz    x16, #0x1b4
;;        188:  51000421  sub     w1, w1, #1
;;        18c:  35ffffa1  cbnz    w1, #0x180
;;        190:  aa0103e0  mov     x0, x1
;;        194:  910003bf  mov     sp, x29
;;        198:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        19c:  d65f03c0  ret
;;        1a0:  52800161  mov     w1, #0xb
;;        1a4:  97ffff97  bl      #0  ; trap site, wasm @0x0
;;        1a8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1ac:  528001e1  mov     w1, #0xf
;;        1b0:  97ffff94  bl      #0  ; trap site, wasm @0x20
;;        1b4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b8:  528001e1  mov     w1, #0xf
;;        1bc:  97ffff91  bl      #0  ; trap site, wasm @0x20
