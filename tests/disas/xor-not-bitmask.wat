(module (func (export "f") (param i32) (result i32) (i32.xor (local.get 0) (i32.const 0x12345))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const bits=74565
;;      2  x0 = alu.eor x1, x0
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  528468a0  mov     w0, #0x2345
;;        104:  72a00020  movk    w0, #1, lsl #16
;;        108:  4a000020  eor     w0, w1, w0
;;        10c:  910003bf  mov     sp, x29
;;        110:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        114:  d65f03c0  ret
