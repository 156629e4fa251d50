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
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d10043f1  sub     x17, sp, #0x10
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  54000103  b.lo    #0x1e8
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  1e612000  fcmp    d0, d1
;;        1d8:  1a9f57e0  cset    w0, mi
;;        1dc:  910003bf  mov     sp, x29
;;        1e0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e4:  d65f03c0  ret
;;        1e8:  52800161  mov     w1, #0xb
;;        1ec:  97ffff85  bl      #0  ; trap site, wasm @0x0
;;
;; 000001f0 <[1] ne>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000103  b.lo    #0x228
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  1e212000  fcmp    s0, s1
;;        218:  1a9f07e0  cset    w0, ne
;;        21c:  910003bf  mov     sp, x29
;;        220:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        224:  d65f03c0  ret
;;        228:  52800161  mov     w1, #0xb
;;        22c:  97ffff75  bl      #0  ; trap site, wasm @0x0
