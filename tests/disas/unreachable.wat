(module (func (export "f") (param i32) (result i32) (if (local.get 0) (then unreachable)) (i32.const 7)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block4, block1
;;      0  x0, x1 = args
;;      1  condbr x1, block4, block1
;; block1:  ; succs: block2
;;      2  jump block2
;; block2:  ; succs: block3
;;      3  x0 = const bits=7
;;      4  jump block3
;; block3:
;;      5  ret x0
;; block4:
;;      6  trap unreachable, @0x24
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  350000a1  cbnz    w1, #0x114
;;        104:  32000be0  mov     w0, #7
;;        108:  910003bf  mov     sp, x29
;;        10c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        110:  d65f03c0  ret
;;        114:  f85f83a0  ldur    x0, [x29, #-8]
;;        118:  52800021  mov     w1, #1
;;        11c:  97ffffb9  bl      #0  ; trap site, wasm @0x24
