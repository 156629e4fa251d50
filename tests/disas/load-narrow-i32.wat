(module (memory 1)
  (func (export "l8s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "l8u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "l16s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "l16u") (param i32) (result i32) (i32.load16_u (local.get 0))))
;; ==== alloc ====
;; ;; function [0] l8s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=1
;;      4  x0 = load x1, x0, x2, bytes=1, signed, offset=0, still=0, @0x40
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [1] l8u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=1
;;      4  x0 = load x1, x0, x2, bytes=1, offset=0, still=0, @0x48
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [2] l16s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=2
;;      4  x0 = load x1, x0, x2, bytes=2, signed, offset=0, still=0, @0x50
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [3] l16u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=2
;;      4  x0 = load x1, x0, x2, bytes=2, offset=0, still=0, @0x58
;;      5  jump block1
;; block1:
;;      6  ret x0
;; ==== asm ====
;; 00000150 <[0] l8s>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540001e3  b.lo    #0x1a4
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  aa0003e2  mov     x2, x0
;;        178:  f9400440  ldr     x0, [x2, #8]
;;        17c:  f9400000  ldr     x0, [x0]
;;        180:  f9400442  ldr     x2, [x2, #8]
;;        184:  f9400442  ldr     x2, [x2, #8]
;;        188:  d1000442  sub     x2, x2, #1
;;        18c:  eb21405f  cmp     x2, w1, uxtw
;;        190:  540000eb  b.lt    #0x1ac
;;        194:  38e14800  ldrsb   w0, [x0, w1, uxtw]
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
;;        1ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b0:  528000a1  mov     w1, #5
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x40
;;
;; 000001c0 <[1] l8u>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f9400610  ldr     x16, [x16, #8]
;;        1d0:  d10043f1  sub     x17, sp, #0x10
;;        1d4:  eb10023f  cmp     x17, x16
;;        1d8:  540001e3  b.lo    #0x214
;;        1dc:  9100023f  mov     sp, x17
;;        1e0:  f81f83a0  stur    x0, [x29, #-8]
;;        1e4:  aa0003e2  mov     x2, x0
;;        1e8:  f9400440  ldr     x0, [x2, #8]
;;        1ec:  f9400000  ldr     x0, [x0]
;;        1f0:  f9400442  ldr     x2, [x2, #8]
;;        1f4:  f9400442  ldr     x2, [x2, #8]
;;        1f8:  d1000442  sub     x2, x2, #1
;;        1fc:  eb21405f  cmp     x2, w1, uxtw
;;        200:  540000eb  b.lt    #0x21c
;;        204:  38614800  ldrb    w0, [x0, w1, uxtw]
;;        208:  910003bf  mov     sp, x29
;;        20c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        210:  d65f03c0  ret
;;        214:  52800161  mov     w1, #0xb
;;        218:  97ffff7a  bl      #0  ; trap site, wasm @0x0
;;        21c:  f85f83a0  ldur    x0, [x29, #-8]
;;        220:  528000a1  mov     w1, #5
;;        224:  97ffff77  bl      #0  ; trap site, wasm @0x48
;;
;; 00000230 <[2] l16s>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  540001e3  b.lo    #0x284
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  aa0003e2  mov     x2, x0
;;        258:  f9400440  ldr     x0, [x2, #8]
;;        25c:  f9400000  ldr     x0, [x0]
;;        260:  f9400442  ldr     x2, [x2, #8]
;;        264:  f9400442  ldr     x2, [x2, #8]
;;        268:  d1000842  sub     x2, x2, #2
;;        26c:  eb21405f  cmp     x2, w1, uxtw
;;        270:  540000eb  b.lt    #0x28c
;;        274:  78e14800  ldrsh   w0, [x0, w1, uxtw]
;;        278:  910003bf  mov     sp, x29
;;        27c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        280:  d65f03c0  ret
;;        284:  52800161  mov     w1, #0xb
;;        288:  97ffff5e  bl      #0  ; trap site, wasm @0x0
;;        28c:  f85f83a0  ldur    x0, [x29, #-8]
;;        290:  528000a1  mov     w1, #5
;;        294:  97ffff5b  bl      #0  ; trap site, wasm @0x50
;;
;; 000002a0 <[3] l16u>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  f9400010  ldr     x16, [x0]
;;        2ac:  f9400610  ldr     x16, [x16, #8]
;;        2b0:  d10043f1  sub     x17, sp, #0x10
;;        2b4:  eb10023f  cmp     x17, x16
;;        2b8:  540001e3  b.lo    #0x2f4
;;        2bc:  9100023f  mov     sp, x17
;;        2c0:  f81f83a0  stur    x0, [x29, #-8]
;;        2c4:  aa0003e2  mov     x2, x0
;;        2c8:  f9400440  ldr     x0, [x2, #8]
;;        2cc:  f9400000  ldr     x0, [x0]
;;        2d0:  f9400442  ldr     x2, [x2, #8]
;;        2d4:  f9400442  ldr     x2, [x2, #8]
;;        2d8:  d1000842  sub     x2, x2, #2
;;        2dc:  eb21405f  cmp     x2, w1, uxtw
;;        2e0:  540000eb  b.lt    #0x2fc
;;        2e4:  78614800  ldrh    w0, [x0, w1, uxtw]
;;        2e8:  910003bf  mov     sp, x29
;;        2ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f0:  d65f03c0  ret
;;        2f4:  52800161  mov     w1, #0xb
;;        2f8:  97ffff42  bl      #0  ; trap site, wasm @0x0
;;        2fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        300:  528000a1  mov     w1, #5
;;        304:  97ffff3f  bl      #0  ; trap site, wasm @0x58
