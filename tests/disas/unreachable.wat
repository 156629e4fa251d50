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
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  350000a1  cbnz    w1, #0x124
;;        114:  32000be0  mov     w0, #7
;;        118:  910003bf  mov     sp, x29
;;        11c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        120:  d65f03c0  ret
;;        124:  97ffffca  bl      #0x4c  ; trap site, wasm @0x24
