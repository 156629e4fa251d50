(module
  (func (export "f") (param i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)
    (local.get 0) (local.get 0) (local.get 0) (local.get 0) (i32.const 9)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const bits=9
;;      2  jump block1
;; block1:
;;      3  store_incoming x1, slot=0
;;      4  store_incoming x0, slot=1
;;         mov x0, x1
;;         mov x2, x1
;;         mov x3, x1
;;         mov x4, x1
;;         mov x5, x1
;;         mov x6, x1
;;         mov x7, x1
;;      5  ret x0, x1, x2, x3, x4, x5, x6, x7
;; ==== asm ====
;; 00000140 <[0] f>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  f9400010  ldr     x16, [x0]
;;        14c:  f9400610  ldr     x16, [x16, #8]
;;        150:  d10043f1  sub     x17, sp, #0x10
;;        154:  eb10023f  cmp     x17, x16
;;        158:  54000203  b.lo    #0x198
;;        15c:  9100023f  mov     sp, x17
;;        160:  f81f83a0  stur    x0, [x29, #-8]
;;        164:  52800120  mov     w0, #9
;;        168:  f9000ba1  str     x1, [x29, #0x10]
;;        16c:  f9000fa0  str     x0, [x29, #0x18]
;;        170:  aa0103e0  mov     x0, x1
;;        174:  aa0103e2  mov     x2, x1
;;        178:  aa0103e3  mov     x3, x1
;;        17c:  aa0103e4  mov     x4, x1
;;        180:  aa0103e5  mov     x5, x1
;;        184:  aa0103e6  mov     x6, x1
;;        188:  aa0103e7  mov     x7, x1
;;        18c:  910003bf  mov     sp, x29
;;        190:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        194:  d65f03c0  ret
;;        198:  52800161  mov     w1, #0xb
;;        19c:  97ffff99  bl      #0  ; trap site, wasm @0x0
