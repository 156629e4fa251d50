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
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=1
;;      4  x0 = load x1, x0, x2, bytes=1, signed, wide, offset=0, still=0, @0x41
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [1] l16u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=2
;;      4  x0 = load x1, x0, x2, bytes=2, wide, offset=0, still=0, @0x49
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [2] l32s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  x0 = load x1, x0, x2, bytes=4, signed, wide, offset=0, still=0, @0x51
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [3] l32u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  x0 = load x1, x0, x2, bytes=4, wide, offset=0, still=0, @0x59
;;      5  jump block1
;; block1:
;;      6  ret x0
;; ==== asm ====
;; 00000100 <[0] l8s>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e2  mov     x2, x0
;;        114:  f9400440  ldr     x0, [x2, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  f9400442  ldr     x2, [x2, #8]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  d1000442  sub     x2, x2, #1
;;        128:  eb21405f  cmp     x2, w1, uxtw
;;        12c:  540000ab  b.lt    #0x140
;;        130:  38a14800  ldrsb   x0, [x0, w1, uxtw]
;;        134:  910003bf  mov     sp, x29
;;        138:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        13c:  d65f03c0  ret
;;        140:  97ffffc3  bl      #0x4c  ; trap site, wasm @0x41
;;
;; 00000150 <[1] l16u>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  aa0003e2  mov     x2, x0
;;        164:  f9400440  ldr     x0, [x2, #8]
;;        168:  f9400000  ldr     x0, [x0]
;;        16c:  f9400442  ldr     x2, [x2, #8]
;;        170:  f9400442  ldr     x2, [x2, #8]
;;        174:  d1000842  sub     x2, x2, #2
;;        178:  eb21405f  cmp     x2, w1, uxtw
;;        17c:  540000ab  b.lt    #0x190
;;        180:  78614800  ldrh    w0, [x0, w1, uxtw]
;;        184:  910003bf  mov     sp, x29
;;        188:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        18c:  d65f03c0  ret
;;        190:  97ffffaf  bl      #0x4c  ; trap site, wasm @0x49
;;
;; 000001a0 <[2] l32s>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  aa0003e2  mov     x2, x0
;;        1b4:  f9400440  ldr     x0, [x2, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  f9400442  ldr     x2, [x2, #8]
;;        1c0:  f9400442  ldr     x2, [x2, #8]
;;        1c4:  d1001042  sub     x2, x2, #4
;;        1c8:  eb21405f  cmp     x2, w1, uxtw
;;        1cc:  540000ab  b.lt    #0x1e0
;;        1d0:  b8a14800  ldrsw   x0, [x0, w1, uxtw]
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;        1e0:  97ffff9b  bl      #0x4c  ; trap site, wasm @0x51
;;
;; 000001f0 <[3] l32u>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  aa0003e2  mov     x2, x0
;;        204:  f9400440  ldr     x0, [x2, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  f9400442  ldr     x2, [x2, #8]
;;        210:  f9400442  ldr     x2, [x2, #8]
;;        214:  d1001042  sub     x2, x2, #4
;;        218:  eb21405f  cmp     x2, w1, uxtw
;;        21c:  540000ab  b.lt    #0x230
;;        220:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;        230:  97ffff87  bl      #0x4c  ; trap site, wasm @0x59
