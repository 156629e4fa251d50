(module (func (export "f") (param i64 i64 i64) (result i64) (i64.sub (local.get 2) (i64.mul (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = madd x1, x2, x3, is64, subtract
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  540000e3  b.lo    #0x194
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  9b028c20  msub    x0, x1, x2, x3
;;        188:  910003bf  mov     sp, x29
;;        18c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        190:  d65f03c0  ret
;;        194:  52800161  mov     w1, #0xb
;;        198:  97ffff9a  bl      #0  ; trap site, wasm @0x0
