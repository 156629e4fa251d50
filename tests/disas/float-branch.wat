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
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  1e612000  fcmp    d0, d1
;;        114:  1a9fb7e0  cset    w0, ge
;;        118:  35000060  cbnz    w0, #0x124
;;        11c:  321f03e0  mov     w0, #2
;;        120:  14000002  b       #0x128
;;        124:  320003e0  mov     w0, #1
;;        128:  910003bf  mov     sp, x29
;;        12c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        130:  d65f03c0  ret
