(module
  (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "ctz") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "popcnt") (param i32) (result i32) (i32.popcnt (local.get 0))))
;; ==== alloc ====
;; ;; function [0] clz
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.clz x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] ctz
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.ctz x1, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] popcnt
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.popcnt x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000190 <[0] clz>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  5ac01020  clz     w0, w1
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;
;; 000001b0 <[1] ctz>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  dac00030  rbit    x16, x1
;;        1c4:  dac01200  clz     x0, x16
;;        1c8:  910003bf  mov     sp, x29
;;        1cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d0:  d65f03c0  ret
;;
;; 000001e0 <[2] popcnt>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  9e67003f  fmov    d31, x1
;;        1f4:  0e205bff  cnt     v31.8b, v31.8b
;;        1f8:  0e31bbff  addv    b31, v31.8b
;;        1fc:  1e2603e0  fmov    w0, s31
;;        200:  910003bf  mov     sp, x29
;;        204:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        208:  d65f03c0  ret
