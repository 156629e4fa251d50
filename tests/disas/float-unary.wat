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
;; 000001f0 <[0] f64>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000123  b.lo    #0x22c
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  1e614000  fneg    d0, d0
;;        218:  1e60c000  fabs    d0, d0
;;        21c:  1e61c000  fsqrt   d0, d0
;;        220:  910003bf  mov     sp, x29
;;        224:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        228:  d65f03c0  ret
;;        22c:  52800161  mov     w1, #0xb
;;        230:  97ffff74  bl      #0  ; trap site, wasm @0x0
;;
;; 00000240 <[1] round>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000143  b.lo    #0x280
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  1e25c000  frintz  s0, s0
;;        268:  1e24c000  frintp  s0, s0
;;        26c:  1e254000  frintm  s0, s0
;;        270:  1e244000  frintn  s0, s0
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  52800161  mov     w1, #0xb
;;        284:  97ffff5f  bl      #0  ; trap site, wasm @0x0
