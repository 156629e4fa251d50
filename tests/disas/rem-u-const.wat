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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000143  b.lo    #0x190
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  52800140  mov     w0, #0xa
;;        178:  34000100  cbz     w0, #0x198
;;        17c:  1ac00830  udiv    w16, w1, w0
;;        180:  1b008600  msub    w0, w16, w0, w1
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
;;        190:  52800161  mov     w1, #0xb
;;        194:  97ffff9b  bl      #0  ; trap site, wasm @0x0
;;        198:  f85f83a0  ldur    x0, [x29, #-8]
;;        19c:  52800041  mov     w1, #2
;;        1a0:  97ffff98  bl      #0  ; trap site, wasm @0x24
