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
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000163  b.lo    #0x144
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  34000142  cbz     w2, #0x14c
;;        128:  1ac20820  udiv    w0, w1, w2
;;        12c:  34000163  cbz     w3, #0x158
;;        130:  1ac30821  udiv    w1, w1, w3
;;        134:  0b010000  add     w0, w0, w1
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  52800161  mov     w1, #0xb
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x0
;;        14c:  f85f83a0  ldur    x0, [x29, #-8]
;;        150:  52800041  mov     w1, #2
;;        154:  97ffffab  bl      #0  ; trap site, wasm @0x26
;;        158:  f85f83a0  ldur    x0, [x29, #-8]
;;        15c:  52800041  mov     w1, #2
;;        160:  97ffffa8  bl      #0  ; trap site, wasm @0x2b
