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
;; 00000190 <[1] f>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000163  b.lo    #0x1d4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f90003f3  str     x19, [sp]
;;        1b8:  aa0103f3  mov     x19, x1
;;        1bc:  97ffffe5  bl      #0x150  ; [0] g, wasm @0x2b
;;        1c0:  1b137c00  mul     w0, w0, w19
;;        1c4:  f94003f3  ldr     x19, [sp]
;;        1c8:  910003bf  mov     sp, x29
;;        1cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d0:  d65f03c0  ret
;;        1d4:  52800161  mov     w1, #0xb
;;        1d8:  97ffff8a  bl      #0  ; trap site, wasm @0x0
