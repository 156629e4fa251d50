(module
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
  (func (export "relaxed_swizzle") (param v128 v128) (result v128)
    (i8x16.relaxed_swizzle (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] swizzle
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_tbl q0, q1, registers=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [1] relaxed_swizzle
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1 = args
;;      1  q0 = vec_tbl q0, q1, registers=1
;;      2  jump block1
;; block1:
;;      3  ret q0
;; ==== asm ====
;; 00000170 <[0] swizzle>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d10043f1  sub     x17, sp, #0x10
;;        184:  eb10023f  cmp     x17, x16
;;        188:  540000e3  b.lo    #0x1a4
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  4e010000  tbl     v0.16b, {v0.16b}, v1.16b
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
;;
;; 000001b0 <[1] relaxed_swizzle>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d10043f1  sub     x17, sp, #0x10
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  540000e3  b.lo    #0x1e4
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  4e010000  tbl     v0.16b, {v0.16b}, v1.16b
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
