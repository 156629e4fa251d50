(module
  (func (export "f32") (param f32 f32) (result f32) (f32.div (f32.add (local.get 0) (local.get 1)) (local.get 1)))
  (func (export "f64") (param f64 f64) (result f64) (f64.max (f64.mul (local.get 0) (local.get 1)) (f64.min (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = fbin.add d0, d1
;;      2  d0 = fbin.div d0, d1
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;         mov d2, d0
;;      1  d0 = fbin.mul d2, d1, double
;;      2  d1 = fbin.min d2, d1, double
;;      3  d0 = fbin.max d0, d1, double
;;      4  jump block1
;; block1:
;;      5  ret d0
;; ==== asm ====
;; 00000200 <[0] f32>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  54000103  b.lo    #0x238
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  1e212800  fadd    s0, s0, s1
;;        228:  1e211800  fdiv    s0, s0, s1
;;        22c:  910003bf  mov     sp, x29
;;        230:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        234:  d65f03c0  ret
;;        238:  52800161  mov     w1, #0xb
;;        23c:  97ffff71  bl      #0  ; trap site, wasm @0x0
;;
;; 00000240 <[1] f64>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000143  b.lo    #0x280
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  1e604002  fmov    d2, d0
;;        268:  1e610840  fmul    d0, d2, d1
;;        26c:  1e615841  fmin    d1, d2, d1
;;        270:  1e614800  fmax    d0, d0, d1
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  52800161  mov     w1, #0xb
;;        284:  97ffff5f  bl      #0  ; trap site, wasm @0x0
