(module (func (export "f") (param i32 i32 i32) (result i32)
  (i32.add (i32.div_u (local.get 0) (local.get 1)) (i32.div_u (local.get 0) (local.get 2)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = div x1, x2, @0x26
;;      2  x1 = div x1, x3, @0x2b
;;      3  x0 = alu.add x0, x1
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 00000110 <[0] f>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  d10043ff  sub     sp, sp, #0x10
;;        11c:  f81f83a0  stur    x0, [x29, #-8]
;;        120:  34000102  cbz     w2, #0x140
;;        124:  1ac20820  udiv    w0, w1, w2
;;        128:  340000e3  cbz     w3, #0x144
;;        12c:  1ac30821  udiv    w1, w1, w3
;;        130:  0b010000  add     w0, w0, w1
;;        134:  910003bf  mov     sp, x29
;;        138:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        13c:  d65f03c0  ret
;;        140:  97ffffc3  bl      #0x4c  ; trap site, wasm @0x26
;;        144:  97ffffc2  bl      #0x4c  ; trap site, wasm @0x2b
