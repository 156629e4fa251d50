(module (memory 1) (func (export "f") (param i32 i32 i32) (result i32) (local i32)
  (loop $l
    (local.set 3 (i32.add (local.get 3) (i32.mul (local.get 1) (local.get 2))))
    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
    (br_if $l (local.get 0)))
  (local.get 3)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v5, %v6)
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = const bits=0
;;      2  x2 = alu.mul x2, x3
;;      3  jump block1
;; block1(x0, x1):  ; succs: block4, block2
;;      4  x0 = alu.add x0, x2
;;      5  x1 = alu_imm.sub x1, imm=1
;;      6  condbr x1, block4, block2
;; block2:  ; succs: block3
;;      7  jump block3
;; block3:
;;      8  ret x0
;; block4:  ; succs: block1(%v0, %v1)
;;      9  jump block1
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000163  b.lo    #0x1a4
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  52800000  mov     w0, #0
;;        188:  1b037c42  mul     w2, w2, w3
;;        18c:  0b020000  add     w0, w0, w2
;;        190:  51000421  sub     w1, w1, #1
;;        194:  35ffffc1  cbnz    w1, #0x18c
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
