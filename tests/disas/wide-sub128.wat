;; i64.sub128: subs on the low halves, sbc (borrow) on the high ones.
(module
  (func (export "sub128") (param i64 i64 i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
;; ==== alloc ====
;; ;; function [0] sub128
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3, x4 = args
;;      1  x0, x1 = wide.sub x1, x2, x3, x4
;;      2  jump block1
;; block1:
;;      3  ret x0, x1
;; ==== asm ====
;; 00000100 <[0] sub128>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000103  b.lo    #0x138
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  eb030020  subs    x0, x1, x3
;;        128:  da040041  sbc     x1, x2, x4
;;        12c:  910003bf  mov     sp, x29
;;        130:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        134:  d65f03c0  ret
;;        138:  52800161  mov     w1, #0xb
;;        13c:  97ffffb1  bl      #0  ; trap site, wasm @0x0
