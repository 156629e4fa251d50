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
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10043f1  sub     x17, sp, #0x10
;;        224:  eb10023f  cmp     x17, x16
;;        228:  54000103  b.lo    #0x248
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  1e612000  fcmp    d0, d1
;;        238:  1a9f57e0  cset    w0, mi
;;        23c:  910003bf  mov     sp, x29
;;        240:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        244:  d65f03c0  ret
;;        248:  52800161  mov     w1, #0xb
;;        24c:  97ffff6d  bl      #0  ; trap site, wasm @0x0
;;
;; 00000250 <[1] ne>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10043f1  sub     x17, sp, #0x10
;;        264:  eb10023f  cmp     x17, x16
;;        268:  54000103  b.lo    #0x288
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  1e212000  fcmp    s0, s1
;;        278:  1a9f07e0  cset    w0, ne
;;        27c:  910003bf  mov     sp, x29
;;        280:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        284:  d65f03c0  ret
;;        288:  52800161  mov     w1, #0xb
;;        28c:  97ffff5d  bl      #0  ; trap site, wasm @0x0
