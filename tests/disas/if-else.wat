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
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000163  b.lo    #0x1a4
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  6b02003f  cmp     w1, w2
;;        188:  54000062  b.hs    #0x194
;;        18c:  4b010040  sub     w0, w2, w1
;;        190:  14000002  b       #0x198
;;        194:  4b020020  sub     w0, w1, w2
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
