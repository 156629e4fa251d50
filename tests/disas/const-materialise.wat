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
;; 000001f0 <[0] a>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  d29bde00  mov     x0, #0xdef0
;;        204:  f2b35780  movk    x0, #0x9abc, lsl #16
;;        208:  f2cacf00  movk    x0, #0x5678, lsl #32
;;        20c:  f2e24680  movk    x0, #0x1234, lsl #48
;;        210:  910003bf  mov     sp, x29
;;        214:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        218:  d65f03c0  ret
;;
;; 00000220 <[1] b>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  12800000  mov     w0, #-1
;;        234:  910003bf  mov     sp, x29
;;        238:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        23c:  d65f03c0  ret
;;
;; 00000240 <[2] c>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  b2703fe0  mov     x0, #0xffff0000
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
