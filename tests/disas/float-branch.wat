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
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000183  b.lo    #0x148
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  1e612000  fcmp    d0, d1
;;        128:  1a9fb7e0  cset    w0, ge
;;        12c:  35000060  cbnz    w0, #0x138
;;        130:  321f03e0  mov     w0, #2
;;        134:  14000002  b       #0x13c
;;        138:  320003e0  mov     w0, #1
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;        148:  52800161  mov     w1, #0xb
;;        14c:  97ffffad  bl      #0  ; trap site, wasm @0x0
