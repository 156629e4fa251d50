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
;;      2  x0 = call x0, x1, func=0, @0x2b
;;         mov x22, x0
;;         mov x0, x20
;;         mov x1, x21
;;      3  x0 = call x0, x1, func=0, @0x2f
;;      4  x0 = alu.add x22, x0
;;      5  x0 = alu.add x0, x19
;;      6  jump block1
;; block1:
;;      7  ret x0
;; ==== asm ====
;; 00000170 <[1] f>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d100c3f1  sub     x17, sp, #0x30
;;        184:  eb10023f  cmp     x17, x16
;;        188:  540002c3  b.lo    #0x1e0
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  a90053f3  stp     x19, x20, [sp]
;;        198:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        19c:  aa0003f4  mov     x20, x0
;;        1a0:  aa0103f5  mov     x21, x1
;;        1a4:  52868ad3  mov     w19, #0x3456
;;        1a8:  72a00253  movk    w19, #0x12, lsl #16
;;        1ac:  aa1303e1  mov     x1, x19
;;        1b0:  97ffffe8  bl      #0x150  ; [0] g, wasm @0x2b
;;        1b4:  aa0003f6  mov     x22, x0
;;        1b8:  aa1403e0  mov     x0, x20
;;        1bc:  aa1503e1  mov     x1, x21
;;        1c0:  97ffffe4  bl      #0x150  ; [0] g, wasm @0x2f
;;        1c4:  0b0002c0  add     w0, w22, w0
;;        1c8:  0b130000  add     w0, w0, w19
;;        1cc:  a94053f3  ldp     x19, x20, [sp]
;;        1d0:  a9415bf5  ldp     x21, x22, [sp, #0x10]
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;        1e0:  97ffffb1  bl      #0xa4  ; trap site, wasm @0x0
