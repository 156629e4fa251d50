(module (memory 1)
  (func (export "l8s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "l16u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "l32s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "l32u") (param i32) (result i64) (i64.load32_u (local.get 0))))
;; ==== alloc ====
;; ;; function [0] l8s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=1, signed, wide, offset=0, still=guarded, @0x41
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [1] l16u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=2, wide, offset=0, still=guarded, @0x49
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [2] l32s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=4, signed, wide, offset=0, still=guarded, @0x51
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [3] l32u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=4, wide, offset=0, still=guarded, @0x59
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 000000f0 <[0] l8s>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  f9400400  ldr     x0, [x0, #8]
;;        104:  f9400000  ldr     x0, [x0]
;;        108:  38a14800  ldrsb   x0, [x0, w1, uxtw]  ; trap site, wasm @0x41
;;        10c:  910003bf  mov     sp, x29
;;        110:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        114:  d65f03c0  ret
;;
;; 00000120 <[1] l16u>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  d10043ff  sub     sp, sp, #0x10
;;        12c:  f81f83a0  stur    x0, [x29, #-8]
;;        130:  f9400400  ldr     x0, [x0, #8]
;;        134:  f9400000  ldr     x0, [x0]
;;        138:  78614800  ldrh    w0, [x0, w1, uxtw]  ; trap site, wasm @0x49
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;
;; 00000150 <[2] l32s>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  f9400400  ldr     x0, [x0, #8]
;;        164:  f9400000  ldr     x0, [x0]
;;        168:  b8a14800  ldrsw   x0, [x0, w1, uxtw]  ; trap site, wasm @0x51
;;        16c:  910003bf  mov     sp, x29
;;        170:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        174:  d65f03c0  ret
;;
;; 00000180 <[3] l32u>:
;;        180:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        184:  910003fd  mov     x29, sp
;;        188:  d10043ff  sub     sp, sp, #0x10
;;        18c:  f81f83a0  stur    x0, [x29, #-8]
;;        190:  f9400400  ldr     x0, [x0, #8]
;;        194:  f9400000  ldr     x0, [x0]
;;        198:  b8614800  ldr     w0, [x0, w1, uxtw]  ; trap site, wasm @0x59
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
