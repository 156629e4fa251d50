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
;; 000001b0 <[0] lt>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  1e612000  fcmp    d0, d1
;;        1c4:  1a9f57e0  cset    w0, mi
;;        1c8:  910003bf  mov     sp, x29
;;        1cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d0:  d65f03c0  ret
;;
;; 000001e0 <[1] ne>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  1e212000  fcmp    s0, s1
;;        1f4:  1a9f07e0  cset    w0, ne
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
