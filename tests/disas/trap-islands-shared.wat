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
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  34000102  cbz     w2, #0x130
;;        114:  1ac20820  udiv    w0, w1, w2
;;        118:  34000123  cbz     w3, #0x13c
;;        11c:  1ac30821  udiv    w1, w1, w3
;;        120:  0b010000  add     w0, w0, w1
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;        130:  f85f83a0  ldur    x0, [x29, #-8]
;;        134:  52800041  mov     w1, #2
;;        138:  97ffffb2  bl      #0  ; trap site, wasm @0x26
;;        13c:  f85f83a0  ldur    x0, [x29, #-8]
;;        140:  52800041  mov     w1, #2
;;        144:  97ffffaf  bl      #0  ; trap site, wasm @0x2b
