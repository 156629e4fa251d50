(module (import "env" "g" (global $g (mut i64)))
  (func (export "f") (result i64) (global.set $g (i64.add (global.get $g) (i64.const 1))) (global.get $g)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x1 = global_get x0, slot=560, bytes=8
;;      2  x1 = alu_imm.add x1, is64, imm=1
;;      3  global_set x1, x0, slot=560, bytes=8
;;      4  x0 = global_get x0, slot=560, bytes=8
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
;;        164:  f9400201  ldr     x1, [x16]
;;        168:  91000421  add     x1, x1, #1
;;        16c:  f9411810  ldr     x16, [x0, #0x230]
;;        170:  f9000201  str     x1, [x16]
;;        174:  f9411810  ldr     x16, [x0, #0x230]
;;        178:  f9400200  ldr     x0, [x16]
;;        17c:  910003bf  mov     sp, x29
;;        180:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        184:  d65f03c0  ret
