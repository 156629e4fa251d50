;;! func = f
(module
  (func $g (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "f") (param i32) (result i32) (i32.mul (call $g (local.get 0)) (local.get 0))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: x19
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x19, x1
;;      1  x0 = call x0, x1, func=0, @0x2b
;;      2  x0 = alu.mul x0, x19
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000170 <[1] f>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d10043f1  sub     x17, sp, #0x10
;;        184:  eb10023f  cmp     x17, x16
;;        188:  54000163  b.lo    #0x1b4
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  f90003f3  str     x19, [sp]
;;        198:  aa0103f3  mov     x19, x1
;;        19c:  97ffffed  bl      #0x150  ; [0] g, wasm @0x2b
;;        1a0:  1b137c00  mul     w0, w0, w19
;;        1a4:  f94003f3  ldr     x19, [sp]
;;        1a8:  910003bf  mov     sp, x29
;;        1ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b0:  d65f03c0  ret
;;        1b4:  97ffffbc  bl      #0xa4  ; trap site, wasm @0x0
