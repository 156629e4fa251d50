(module (func (export "f") (param i64) (result i32) (i64.ge_u (local.get 0) (i64.const 4095))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = icmp x1, is64, hs, imm=4095
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
;;        108:  54000103  b.lo    #0x128
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f13ffc3f  cmp     x1, #0xfff
;;        118:  1a9f37e0  cset    w0, hs
;;        11c:  910003bf  mov     sp, x29
;;        120:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        124:  d65f03c0  ret
;;        128:  52800161  mov     w1, #0xb
;;        12c:  97ffffb5  bl      #0  ; trap site, wasm @0x0
