(module
  (func (export "lt") (param f64 f64) (result i32) (f64.lt (local.get 0) (local.get 1)))
  (func (export "ne") (param f32 f32) (result i32) (f32.ne (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] lt
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  x0 = fcmp d0, d1, double, mi
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] ne
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  x0 = fcmp d0, d1, ne
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000210 <[0] lt>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  1e612000  fcmp    d0, d1
;;        224:  1a9f57e0  cset    w0, mi
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;
;; 00000240 <[1] ne>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  1e212000  fcmp    s0, s1
;;        254:  1a9f07e0  cset    w0, ne
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
