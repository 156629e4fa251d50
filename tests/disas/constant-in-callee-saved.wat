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
;; 00000190 <[1] f>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d100c3f1  sub     x17, sp, #0x30
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000343  b.lo    #0x210
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f90003f3  str     x19, [sp]
;;        1b8:  f90007f4  str     x20, [sp, #8]
;;        1bc:  f9000bf5  str     x21, [sp, #0x10]
;;        1c0:  f9000ff6  str     x22, [sp, #0x18]
;;        1c4:  aa0003f4  mov     x20, x0
;;        1c8:  aa0103f5  mov     x21, x1
;;        1cc:  52868ad3  mov     w19, #0x3456
;;        1d0:  72a00253  movk    w19, #0x12, lsl #16
;;        1d4:  aa1303e1  mov     x1, x19
;;        1d8:  97ffffde  bl      #0x150  ; [0] g, wasm @0x2b
;;        1dc:  aa0003f6  mov     x22, x0
;;        1e0:  aa1403e0  mov     x0, x20
;;        1e4:  aa1503e1  mov     x1, x21
;;        1e8:  97ffffda  bl      #0x150  ; [0] g, wasm @0x2f
;;        1ec:  0b0002c0  add     w0, w22, w0
;;        1f0:  0b130000  add     w0, w0, w19
;;        1f4:  f94003f3  ldr     x19, [sp]
;;        1f8:  f94007f4  ldr     x20, [sp, #8]
;;        1fc:  f9400bf5  ldr     x21, [sp, #0x10]
;;        200:  f9400ff6  ldr     x22, [sp, #0x18]
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;        210:  52800161  mov     w1, #0xb
;;        214:  97ffff7b  bl      #0  ; trap site, wasm @0x0
