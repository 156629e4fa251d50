(module (func (export "f") (param i64) (result i64) (i64.shr_s (local.get 0) (i64.const 67))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = shift_imm.asr x1, is64, amount=3
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
;;        108:  540000e3  b.lo    #0x124
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  9343fc20  asr     x0, x1, #3
;;        118:  910003bf  mov     sp, x29
;;        11c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        120:  d65f03c0  ret
;;        124:  52800161  mov     w1, #0xb
;;        128:  97ffffb6  bl      #0  ; trap site, wasm @0x0
