(module (func (export "f") (param i32 i32 i32) (result i32)
  (local i32) (local.set 3 (i32.mul (local.get 0) (local.get 1)))
  (i32.xor (local.get 3) (i32.add (local.get 2) (local.get 3)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = alu.mul x1, x2
;;      2  x1 = alu.add x3, x0
;;      3  x0 = alu.eor x0, x1
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000123  b.lo    #0x19c
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  1b027c20  mul     w0, w1, w2
;;        188:  0b000061  add     w1, w3, w0
;;        18c:  4a010000  eor     w0, w0, w1
;;        190:  910003bf  mov     sp, x29
;;        194:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        198:  d65f03c0  ret
;;        19c:  52800161  mov     w1, #0xb
;;        1a0:  97ffff98  bl      #0  ; trap site, wasm @0x0
