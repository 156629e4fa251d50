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
;; 00000150 <[0] l8s>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  f9400400  ldr     x0, [x0, #8]
;;        164:  f9400000  ldr     x0, [x0]
;;        168:  38a14800  ldrsb   x0, [x0, w1, uxtw]  ; trap site, wasm @0x41
;;        16c:  910003bf  mov     sp, x29
;;        170:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        174:  d65f03c0  ret
;;
;; 00000180 <[1] l16u>:
;;        180:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        184:  910003fd  mov     x29, sp
;;        188:  d10043ff  sub     sp, sp, #0x10
;;        18c:  f81f83a0  stur    x0, [x29, #-8]
;;        190:  f9400400  ldr     x0, [x0, #8]
;;        194:  f9400000  ldr     x0, [x0]
;;        198:  78614800  ldrh    w0, [x0, w1, uxtw]  ; trap site, wasm @0x49
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
;;
;; 000001b0 <[2] l32s>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  f9400400  ldr     x0, [x0, #8]
;;        1c4:  f9400000  ldr     x0, [x0]
;;        1c8:  b8a14800  ldrsw   x0, [x0, w1, uxtw]  ; trap site, wasm @0x51
;;        1cc:  910003bf  mov     sp, x29
;;        1d0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d4:  d65f03c0  ret
;;
;; 000001e0 <[3] l32u>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  f9400400  ldr     x0, [x0, #8]
;;        1f4:  f9400000  ldr     x0, [x0]
;;        1f8:  b8614800  ldr     w0, [x0, w1, uxtw]  ; trap site, wasm @0x59
;;        1fc:  910003bf  mov     sp, x29
;;        200:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        204:  d65f03c0  ret
