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
;; 00000120 <[1] f>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  f9400010  ldr     x16, [x0]
;;        12c:  f9400610  ldr     x16, [x16, #8]
;;        130:  d100c3f1  sub     x17, sp, #0x30
;;        134:  eb10023f  cmp     x17, x16
;;        138:  540002c3  b.lo    #0x190
;;        13c:  9100023f  mov     sp, x17
;;        140:  f81f83a0  stur    x0, [x29, #-8]
;;        144:  a90053f3  stp     x19, x20, [sp]
;;        148:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        14c:  aa0003f4  mov     x20, x0
;;        150:  aa0103f5  mov     x21, x1
;;        154:  52868ad3  mov     w19, #0x3456
;;        158:  72a00253  movk    w19, #0x12, lsl #16
;;        15c:  aa1303e1  mov     x1, x19
;;        160:  97ffffe8  bl      #0x100  ; [0] g
;;        164:  aa0003f6  mov     x22, x0
;;        168:  aa1403e0  mov     x0, x20
;;        16c:  aa1503e1  mov     x1, x21
;;        170:  97ffffe4  bl      #0x100  ; [0] g
;;        174:  0b0002c0  add     w0, w22, w0
;;        178:  0b130000  add     w0, w0, w19
;;        17c:  a94053f3  ldp     x19, x20, [sp]
;;        180:  a9415bf5  ldp     x21, x22, [sp, #0x10]
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
;;        190:  97ffffaf  bl      #0x4c  ; trap site, wasm @0x0
