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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  b40000a2  cbz     x2, #0x174
;;        164:  9ac20820  udiv    x0, x1, x2
;;        168:  910003bf  mov     sp, x29
;;        16c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        170:  d65f03c0  ret
;;        174:  97ffffcc  bl      #0xa4  ; trap site, wasm @0x25
