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
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  34000102  cbz     w2, #0x190
;;        174:  1ac20820  udiv    w0, w1, w2
;;        178:  340000e3  cbz     w3, #0x194
;;        17c:  1ac30821  udiv    w1, w1, w3
;;        180:  0b010000  add     w0, w0, w1
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
;;        190:  97ffffc5  bl      #0xa4  ; trap site, wasm @0x26
;;        194:  97ffffc4  bl      #0xa4  ; trap site, wasm @0x2b
