(module (global $g (mut i32) (i32.const 0)) (global $c i64 (i64.const 5))
  (func (export "f") (param i32) (result i64)
    (global.set $g (i32.add (global.get $g) (local.get 0))) (global.get $c)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x2 = global_get x0, slot=560, bytes=4
;;      2  x1 = alu.add x2, x1
;;      3  global_set x1, x0, slot=560, bytes=4
;;      4  x0 = global_get x0, slot=568, bytes=8
;;      5  jump block1
;; block1:
;;      6  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  f9411810  ldr     x16, [x0, #0x230]
;;        164:  b9400202  ldr     w2, [x16]
;;        168:  0b010041  add     w1, w2, w1
;;        16c:  f9411810  ldr     x16, [x0, #0x230]
;;        170:  b9000201  str     w1, [x16]
;;        174:  f9411c10  ldr     x16, [x0, #0x238]
;;        178:  f9400200  ldr     x0, [x16]
;;        17c:  910003bf  mov     sp, x29
;;        180:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        184:  d65f03c0  ret
