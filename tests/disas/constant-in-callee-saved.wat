;;! func = f
(module
  (func $g (param i32) (result i32) (local.get 0))
  (func (export "f") (param i32) (result i32)
    (i32.add (i32.add (call $g (i32.const 0x123456)) (call $g (local.get 0))) (i32.const 0x123456))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: x19, x20, x21, x22
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x20, x0
;;         mov x21, x1
;;      1  x19 = const bits=1193046
;;         mov x1, x19
;;      2  x0 = call x0, x1, func=0
;;         mov x22, x0
;;         mov x0, x20
;;         mov x1, x21
;;      3  x0 = call x0, x1, func=0
;;      4  x0 = alu.add x22, x0
;;      5  x0 = alu.add x0, x19
;;      6  jump block1
;; block1:
;;      7  ret x0
;; ==== asm ====
;; 00000130 <[1] f>:
;;        130:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        134:  910003fd  mov     x29, sp
;;        138:  f9400010  ldr     x16, [x0]
;;        13c:  f9400610  ldr     x16, [x16, #8]
;;        140:  d100c3f1  sub     x17, sp, #0x30
;;        144:  eb10023f  cmp     x17, x16
;;        148:  54000343  b.lo    #0x1b0
;;        14c:  9100023f  mov     sp, x17
;;        150:  f81f83a0  stur    x0, [x29, #-8]
;;        154:  f90003f3  str     x19, [sp]
;;        158:  f90007f4  str     x20, [sp, #8]
;;        15c:  f9000bf5  str     x21, [sp, #0x10]
;;        160:  f9000ff6  str     x22, [sp, #0x18]
;;        164:  aa0003f4  mov     x20, x0
;;        168:  aa0103f5  mov     x21, x1
;;        16c:  52868ad3  mov     w19, #0x3456
;;        170:  72a00253  movk    w19, #0x12, lsl #16
;;        174:  aa1303e1  mov     x1, x19
;;        178:  97ffffde  bl      #0xf0  ; [0] g
;;        17c:  aa0003f6  mov     x22, x0
;;        180:  aa1403e0  mov     x0, x20
;;        184:  aa1503e1  mov     x1, x21
;;        188:  97ffffda  bl      #0xf0  ; [0] g
;;        18c:  0b0002c0  add     w0, w22, w0
;;        190:  0b130000  add     w0, w0, w19
;;        194:  f94003f3  ldr     x19, [sp]
;;        198:  f94007f4  ldr     x20, [sp, #8]
;;        19c:  f9400bf5  ldr     x21, [sp, #0x10]
;;        1a0:  f9400ff6  ldr     x22, [sp, #0x18]
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  52800161  mov     w1, #0xb
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x0
