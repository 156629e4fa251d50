(module (global $g (mut i32) (i32.const 0)) (global $c i64 (i64.const 5))
  (func (export "f") (param i32) (result i64)
    (global.set $g (i32.add (global.get $g) (local.get 0))) (global.get $c)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x2 = global_get x0, slot=192, bytes=4
;;      2  x1 = alu.add x2, x1
;;      3  global_set x1, x0, slot=192, bytes=4
;;      4  x0 = global_get x0, slot=200, bytes=8
;;      5  jump block1
;; block1:
;;      6  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540001a3  b.lo    #0x13c
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9406010  ldr     x16, [x0, #0xc0]
;;        118:  b9400202  ldr     w2, [x16]
;;        11c:  0b010041  add     w1, w2, w1
;;        120:  f9406010  ldr     x16, [x0, #0xc0]
;;        124:  b9000201  str     w1, [x16]
;;        128:  f9406410  ldr     x16, [x0, #0xc8]
;;        12c:  f9400200  ldr     x0, [x16]
;;        130:  910003bf  mov     sp, x29
;;        134:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        138:  d65f03c0  ret
;;        13c:  52800161  mov     w1, #0xb
;;        140:  97ffffb0  bl      #0  ; trap site, wasm @0x0
