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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000123  b.lo    #0x18c
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  b4000102  cbz     x2, #0x194
;;        178:  9ac20c30  sdiv    x16, x1, x2
;;        17c:  9b028600  msub    x0, x16, x2, x1
;;        180:  910003bf  mov     sp, x29
;;        184:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        188:  d65f03c0  ret
;;        18c:  52800161  mov     w1, #0xb
;;        190:  97ffff9c  bl      #0  ; trap site, wasm @0x0
;;        194:  f85f83a0  ldur    x0, [x29, #-8]
;;        198:  52800041  mov     w1, #2
;;        19c:  97ffff99  bl      #0  ; trap site, wasm @0x25
