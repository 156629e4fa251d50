(module (func (export "f") (param i32 i32) (result i32)
  (if (result i32) (i32.ge_u (local.get 0) (local.get 1)) (then (i32.sub (local.get 0) (local.get 1))) (else (i32.sub (local.get 1) (local.get 0))))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1, x2 = args
;;      1  cmp_branch x1, x2, hs, block2, block1
;; block1:  ; succs: block3(%v4)
;;      2  x0 = alu.sub x2, x1
;;      3  jump block3
;; block2:  ; succs: block3(%v1)
;;      4  x0 = alu.sub x1, x2
;;      5  jump block3
;; block3(x0):  ; succs: block4
;;      6  jump block4
;; block4:
;;      7  ret x0
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
;;        124:  6b02003f  cmp     w1, w2
;;        128:  54000062  b.hs    #0x134
;;        12c:  4b010040  sub     w0, w2, w1
;;        130:  14000002  b       #0x138
;;        134:  4b020020  sub     w0, w1, w2
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  52800161  mov     w1, #0xb
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x0
