(module (func (export "f") (param f64 f64) (result i32)
  (if (result i32) (f64.ge (local.get 0) (local.get 1)) (then (i32.const 1)) (else (i32.const 2)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, d0, d1 = args
;;      1  x0 = fcmp d0, d1, double, ge
;;      2  condbr x0, block2, block1
;; block1:  ; succs: block3(%v2)
;;      3  x0 = const bits=2
;;      4  jump block3
;; block2:  ; succs: block3(%v1)
;;      5  x0 = const bits=1
;;      6  jump block3
;; block3(x0):  ; succs: block4
;;      7  jump block4
;; block4:
;;      8  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000183  b.lo    #0x1a8
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  1e612000  fcmp    d0, d1
;;        188:  1a9fb7e0  cset    w0, ge
;;        18c:  35000060  cbnz    w0, #0x198
;;        190:  321f03e0  mov     w0, #2
;;        194:  14000002  b       #0x19c
;;        198:  320003e0  mov     w0, #1
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
;;        1a8:  52800161  mov     w1, #0xb
;;        1ac:  97ffff95  bl      #0  ; trap site, wasm @0x0
