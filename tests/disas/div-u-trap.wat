(module (func (export "f") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = div x1, x2, is64, @0x25
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  b40000a2  cbz     x2, #0x114
;;        104:  9ac20820  udiv    x0, x1, x2
;;        108:  910003bf  mov     sp, x29
;;        10c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        110:  d65f03c0  ret
;;        114:  f85f83a0  ldur    x0, [x29, #-8]
;;        118:  52800041  mov     w1, #2
;;        11c:  97ffffb9  bl      #0  ; trap site, wasm @0x25
