(module (func (export "max") (param i64 i64) (result i64)
  (select (local.get 0) (local.get 1) (i64.gt_s (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] max
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = select_cmp x1, x2, x1, x2, type=i64, is64, gt
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000150 <[0] max>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000103  b.lo    #0x188
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  eb02003f  cmp     x1, x2
;;        178:  9a82c020  csel    x0, x1, x2, gt
;;        17c:  910003bf  mov     sp, x29
;;        180:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        184:  d65f03c0  ret
;;        188:  52800161  mov     w1, #0xb
;;        18c:  97ffff9d  bl      #0  ; trap site, wasm @0x0
