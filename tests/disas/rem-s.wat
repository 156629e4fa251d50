(module (func (export "f") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = div x1, x2, is64, signed, rem, @0x25
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000123  b.lo    #0x12c
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  b4000102  cbz     x2, #0x134
;;        118:  9ac20c30  sdiv    x16, x1, x2
;;        11c:  9b028600  msub    x0, x16, x2, x1
;;        120:  910003bf  mov     sp, x29
;;        124:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        128:  d65f03c0  ret
;;        12c:  52800161  mov     w1, #0xb
;;        130:  97ffffb4  bl      #0  ; trap site, wasm @0x0
;;        134:  f85f83a0  ldur    x0, [x29, #-8]
;;        138:  52800041  mov     w1, #2
;;        13c:  97ffffb1  bl      #0  ; trap site, wasm @0x25
