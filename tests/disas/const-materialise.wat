(module
  (func (export "a") (result i64) (i64.const 0x123456789abcdef0))
  (func (export "b") (result i32) (i32.const -1))
  (func (export "c") (result i64) (i64.const 0xffff0000)))
;; ==== alloc ====
;; ;; function [0] a
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = const wide, bits=1311768467463790320
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] b
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = const bits=4294967295
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] c
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = const wide, bits=4294901760
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000190 <[0] a>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  d29bde00  mov     x0, #0xdef0
;;        1a4:  f2b35780  movk    x0, #0x9abc, lsl #16
;;        1a8:  f2cacf00  movk    x0, #0x5678, lsl #32
;;        1ac:  f2e24680  movk    x0, #0x1234, lsl #48
;;        1b0:  910003bf  mov     sp, x29
;;        1b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b8:  d65f03c0  ret
;;
;; 000001c0 <[1] b>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  12800000  mov     w0, #-1
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;
;; 000001e0 <[2] c>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  b2703fe0  mov     x0, #0xffff0000
;;        1f4:  910003bf  mov     sp, x29
;;        1f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1fc:  d65f03c0  ret
