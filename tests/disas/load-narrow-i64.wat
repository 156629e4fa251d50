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
;; 000000f0 <[0] l8s>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  aa0003e2  mov     x2, x0
;;        104:  f9400440  ldr     x0, [x2, #8]
;;        108:  f9400000  ldr     x0, [x0]
;;        10c:  f9400442  ldr     x2, [x2, #8]
;;        110:  f9400442  ldr     x2, [x2, #8]
;;        114:  d1000442  sub     x2, x2, #1
;;        118:  eb21405f  cmp     x2, w1, uxtw
;;        11c:  540000ab  b.lt    #0x130
;;        120:  38a14800  ldrsb   x0, [x0, w1, uxtw]
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;        130:  f85f83a0  ldur    x0, [x29, #-8]
;;        134:  528000a1  mov     w1, #5
;;        138:  97ffffb2  bl      #0  ; trap site, wasm @0x41
;;
;; 00000140 <[1] l16u>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  d10043ff  sub     sp, sp, #0x10
;;        14c:  f81f83a0  stur    x0, [x29, #-8]
;;        150:  aa0003e2  mov     x2, x0
;;        154:  f9400440  ldr     x0, [x2, #8]
;;        158:  f9400000  ldr     x0, [x0]
;;        15c:  f9400442  ldr     x2, [x2, #8]
;;        160:  f9400442  ldr     x2, [x2, #8]
;;        164:  d1000842  sub     x2, x2, #2
;;        168:  eb21405f  cmp     x2, w1, uxtw
;;        16c:  540000ab  b.lt    #0x180
;;        170:  78614800  ldrh    w0, [x0, w1, uxtw]
;;        174:  910003bf  mov     sp, x29
;;        178:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        17c:  d65f03c0  ret
;;        180:  f85f83a0  ldur    x0, [x29, #-8]
;;        184:  528000a1  mov     w1, #5
;;        188:  97ffff9e  bl      #0  ; trap site, wasm @0x49
;;
;; 00000190 <[2] l32s>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  aa0003e2  mov     x2, x0
;;        1a4:  f9400440  ldr     x0, [x2, #8]
;;        1a8:  f9400000  ldr     x0, [x0]
;;        1ac:  f9400442  ldr     x2, [x2, #8]
;;        1b0:  f9400442  ldr     x2, [x2, #8]
;;        1b4:  d1001042  sub     x2, x2, #4
;;        1b8:  eb21405f  cmp     x2, w1, uxtw
;;        1bc:  540000ab  b.lt    #0x1d0
;;        1c0:  b8a14800  ldrsw   x0, [x0, w1, uxtw]
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;        1d0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1d4:  528000a1  mov     w1, #5
;;        1d8:  97ffff8a  bl      #0  ; trap site, wasm @0x51
;;
;; 000001e0 <[3] l32u>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  aa0003e2  mov     x2, x0
;;        1f4:  f9400440  ldr     x0, [x2, #8]
;;        1f8:  f9400000  ldr     x0, [x0]
;;        1fc:  f9400442  ldr     x2, [x2, #8]
;;        200:  f9400442  ldr     x2, [x2, #8]
;;        204:  d1001042  sub     x2, x2, #4
;;        208:  eb21405f  cmp     x2, w1, uxtw
;;        20c:  540000ab  b.lt    #0x220
;;        210:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;        220:  f85f83a0  ldur    x0, [x29, #-8]
;;        224:  528000a1  mov     w1, #5
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x59
