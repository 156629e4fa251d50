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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  350000a1  cbnz    w1, #0x174
;;        164:  32000be0  mov     w0, #7
;;        168:  910003bf  mov     sp, x29
;;        16c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        170:  d65f03c0  ret
;;        174:  97ffffcc  bl      #0xa4  ; trap site, wasm @0x24
