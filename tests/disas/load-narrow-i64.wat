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
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540001e3  b.lo    #0x144
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e2  mov     x2, x0
;;        118:  f9400440  ldr     x0, [x2, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  f9400442  ldr     x2, [x2, #8]
;;        128:  d1000442  sub     x2, x2, #1
;;        12c:  eb21405f  cmp     x2, w1, uxtw
;;        130:  540000eb  b.lt    #0x14c
;;        134:  38a14800  ldrsb   x0, [x0, w1, uxtw]
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  52800161  mov     w1, #0xb
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x0
;;        14c:  f85f83a0  ldur    x0, [x29, #-8]
;;        150:  528000a1  mov     w1, #5
;;        154:  97ffffab  bl      #0  ; trap site, wasm @0x41
;;
;; 00000160 <[1] l16u>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  540001e3  b.lo    #0x1b4
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  aa0003e2  mov     x2, x0
;;        188:  f9400440  ldr     x0, [x2, #8]
;;        18c:  f9400000  ldr     x0, [x0]
;;        190:  f9400442  ldr     x2, [x2, #8]
;;        194:  f9400442  ldr     x2, [x2, #8]
;;        198:  d1000842  sub     x2, x2, #2
;;        19c:  eb21405f  cmp     x2, w1, uxtw
;;        1a0:  540000eb  b.lt    #0x1bc
;;        1a4:  78614800  ldrh    w0, [x0, w1, uxtw]
;;        1a8:  910003bf  mov     sp, x29
;;        1ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b0:  d65f03c0  ret
;;        1b4:  52800161  mov     w1, #0xb
;;        1b8:  97ffff92  bl      #0  ; trap site, wasm @0x0
;;        1bc:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c0:  528000a1  mov     w1, #5
;;        1c4:  97ffff8f  bl      #0  ; trap site, wasm @0x49
;;
;; 000001d0 <[2] l32s>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  540001e3  b.lo    #0x224
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  aa0003e2  mov     x2, x0
;;        1f8:  f9400440  ldr     x0, [x2, #8]
;;        1fc:  f9400000  ldr     x0, [x0]
;;        200:  f9400442  ldr     x2, [x2, #8]
;;        204:  f9400442  ldr     x2, [x2, #8]
;;        208:  d1001042  sub     x2, x2, #4
;;        20c:  eb21405f  cmp     x2, w1, uxtw
;;        210:  540000eb  b.lt    #0x22c
;;        214:  b8a14800  ldrsw   x0, [x0, w1, uxtw]
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
;;        22c:  f85f83a0  ldur    x0, [x29, #-8]
;;        230:  528000a1  mov     w1, #5
;;        234:  97ffff73  bl      #0  ; trap site, wasm @0x51
;;
;; 00000240 <[3] l32u>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  540001e3  b.lo    #0x294
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  aa0003e2  mov     x2, x0
;;        268:  f9400440  ldr     x0, [x2, #8]
;;        26c:  f9400000  ldr     x0, [x0]
;;        270:  f9400442  ldr     x2, [x2, #8]
;;        274:  f9400442  ldr     x2, [x2, #8]
;;        278:  d1001042  sub     x2, x2, #4
;;        27c:  eb21405f  cmp     x2, w1, uxtw
;;        280:  540000eb  b.lt    #0x29c
;;        284:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        288:  910003bf  mov     sp, x29
;;        28c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        290:  d65f03c0  ret
;;        294:  52800161  mov     w1, #0xb
;;        298:  97ffff5a  bl      #0  ; trap site, wasm @0x0
;;        29c:  f85f83a0  ldur    x0, [x29, #-8]
;;        2a0:  528000a1  mov     w1, #5
;;        2a4:  97ffff57  bl      #0  ; trap site, wasm @0x59
