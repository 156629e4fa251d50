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
;; 000001f0 <[0] clz>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  5ac01020  clz     w0, w1
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] ctz>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  dac00020  rbit    x0, x1
;;        224:  dac01000  clz     x0, x0
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;
;; 00000240 <[2] popcnt>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  9e67003f  fmov    d31, x1
;;        254:  0e205bff  cnt     v31.8b, v31.8b
;;        258:  0e31bbff  addv    b31, v31.8b
;;        25c:  1e2603e0  fmov    w0, s31
;;        260:  910003bf  mov     sp, x29
;;        264:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        268:  d65f03c0  ret
