(module
  (func (export "f64") (param f64) (result f64) (f64.sqrt (f64.abs (f64.neg (local.get 0)))))
  (func (export "round") (param f32) (result f32) (f32.nearest (f32.floor (f32.ceil (f32.trunc (local.get 0)))))))
;; ==== alloc ====
;; ;; function [0] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = fun.fneg d0, double
;;      2  d0 = fun.fabs d0, double
;;      3  d0 = fun.fsqrt d0, double
;;      4  jump block1
;; block1:
;;      5  ret d0
;;
;; ;; function [1] round
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = fun.frintz d0
;;      2  d0 = fun.frintp d0
;;      3  d0 = fun.frintm d0
;;      4  d0 = fun.frintn d0
;;      5  jump block1
;; block1:
;;      6  ret d0
;; ==== asm ====
;; 00000190 <[0] f64>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000123  b.lo    #0x1cc
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  1e614000  fneg    d0, d0
;;        1b8:  1e60c000  fabs    d0, d0
;;        1bc:  1e61c000  fsqrt   d0, d0
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
;;        1cc:  52800161  mov     w1, #0xb
;;        1d0:  97ffff8c  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[1] round>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000143  b.lo    #0x220
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  1e25c000  frintz  s0, s0
;;        208:  1e24c000  frintp  s0, s0
;;        20c:  1e254000  frintm  s0, s0
;;        210:  1e244000  frintn  s0, s0
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;        220:  52800161  mov     w1, #0xb
;;        224:  97ffff77  bl      #0  ; trap site, wasm @0x0
