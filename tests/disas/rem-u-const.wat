(module (func (export "f") (param i32) (result i32) (i32.rem_u (local.get 0) (i32.const 10))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const bits=10
;;      2  x0 = div x1, x0, rem, @0x24
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000143  b.lo    #0x130
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  52800140  mov     w0, #0xa
;;        118:  34000100  cbz     w0, #0x138
;;        11c:  1ac00830  udiv    w16, w1, w0
;;        120:  1b008600  msub    w0, w16, w0, w1
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;        130:  52800161  mov     w1, #0xb
;;        134:  97ffffb3  bl      #0  ; trap site, wasm @0x0
;;        138:  f85f83a0  ldur    x0, [x29, #-8]
;;        13c:  52800041  mov     w1, #2
;;        140:  97ffffb0  bl      #0  ; trap site, wasm @0x24
