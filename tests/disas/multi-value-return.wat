(module (func (export "f") (param i32 i64) (result i64 i32 f64)
  (local.get 1) (local.get 0) (f64.const 2.0)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  d0 = const wide, bits=4611686018427387904
;;      2  jump block1
;; block1:
;;         mov x0, x2
;;      3  ret x0, x1, d0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000123  b.lo    #0x19c
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  b24203f0  mov     x16, #0x4000000000000000
;;        188:  9e670200  fmov    d0, x16
;;        18c:  aa0203e0  mov     x0, x2
;;        190:  910003bf  mov     sp, x29
;;        194:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        198:  d65f03c0  ret
;;        19c:  52800161  mov     w1, #0xb
;;        1a0:  97ffff98  bl      #0  ; trap site, wasm @0x0
