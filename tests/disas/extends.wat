(module
  (func (export "e8") (param i32) (result i32) (i32.extend8_s (local.get 0)))
  (func (export "e32s") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
  (func (export "e32u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
  (func (export "wrap") (param i64) (result i32) (i32.wrap_i64 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] e8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.sxtb x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] e32s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.sxtw x1, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] e32u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.uxtw x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [3] wrap
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.uxtw x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000290 <[0] e8>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  13001c20  sxtb    w0, w1
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
;;
;; 000002b0 <[1] e32s>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  93407c20  sxtw    x0, w1
;;        2c4:  910003bf  mov     sp, x29
;;        2c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2cc:  d65f03c0  ret
;;
;; 000002d0 <[2] e32u>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  d10043ff  sub     sp, sp, #0x10
;;        2dc:  f81f83a0  stur    x0, [x29, #-8]
;;        2e0:  2a0103e0  mov     w0, w1
;;        2e4:  910003bf  mov     sp, x29
;;        2e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ec:  d65f03c0  ret
;;
;; 000002f0 <[3] wrap>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  d10043ff  sub     sp, sp, #0x10
;;        2fc:  f81f83a0  stur    x0, [x29, #-8]
;;        300:  2a0103e0  mov     w0, w1
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
