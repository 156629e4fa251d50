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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540001a3  b.lo    #0x19c
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  f9406010  ldr     x16, [x0, #0xc0]
;;        178:  b9400202  ldr     w2, [x16]
;;        17c:  0b010041  add     w1, w2, w1
;;        180:  f9406010  ldr     x16, [x0, #0xc0]
;;        184:  b9000201  str     w1, [x16]
;;        188:  f9406410  ldr     x16, [x0, #0xc8]
;;        18c:  f9400200  ldr     x0, [x16]
;;        190:  910003bf  mov     sp, x29
;;        194:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        198:  d65f03c0  ret
;;        19c:  52800161  mov     w1, #0xb
;;        1a0:  97ffff98  bl      #0  ; trap site, wasm @0x0
