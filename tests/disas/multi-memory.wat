(module (memory 1) (memory 2)
  (func (export "copy") (param i32) (i32.store (local.get 0) (i32.load 1 offset=4 (local.get 0))))
  (func (export "size") (result i32) (memory.size 1)))
;; ==== alloc ====
;; ;; function [0] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x2 = heap_size x3
;;      3  x4 = heap_base x3, memory=1, slot=192
;;      4  x3 = heap_size x3, memory=1, slot=192
;;      5  x3 = heap_limit x3, n=8
;;      6  x3 = load x1, x4, x3, bytes=4, offset=4, still=0, @0x39
;;      7  x2 = heap_limit x2, n=4
;;      8  store x3, x1, x0, x2, bytes=4, offset=0, still=0, @0x3d
;;      9  jump block1
;; block1:
;;     10  ret
;;
;; ;; function [1] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = memory_size x0, memory=1, slot=192
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000001f0 <[0] copy>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000303  b.lo    #0x268
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  aa0003e3  mov     x3, x0
;;        218:  f9400460  ldr     x0, [x3, #8]
;;        21c:  f9400000  ldr     x0, [x0]
;;        220:  f9400462  ldr     x2, [x3, #8]
;;        224:  f9400442  ldr     x2, [x2, #8]
;;        228:  f9406064  ldr     x4, [x3, #0xc0]
;;        22c:  f9400084  ldr     x4, [x4]
;;        230:  f9406063  ldr     x3, [x3, #0xc0]
;;        234:  f9400463  ldr     x3, [x3, #8]
;;        238:  d1002063  sub     x3, x3, #8
;;        23c:  eb21407f  cmp     x3, w1, uxtw
;;        240:  5400018b  b.lt    #0x270
;;        244:  8b214090  add     x16, x4, w1, uxtw
;;        248:  b9400603  ldr     w3, [x16, #4]
;;        24c:  d1001042  sub     x2, x2, #4
;;        250:  eb21405f  cmp     x2, w1, uxtw
;;        254:  5400014b  b.lt    #0x27c
;;        258:  b8214803  str     w3, [x0, w1, uxtw]
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  52800161  mov     w1, #0xb
;;        26c:  97ffff65  bl      #0  ; trap site, wasm @0x0
;;        270:  f85f83a0  ldur    x0, [x29, #-8]
;;        274:  528000a1  mov     w1, #5
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x39
;;        27c:  f85f83a0  ldur    x0, [x29, #-8]
;;        280:  528000a1  mov     w1, #5
;;        284:  97ffff5f  bl      #0  ; trap site, wasm @0x3d
;;
;; 00000290 <[1] size>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  54000123  b.lo    #0x2cc
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  f9406010  ldr     x16, [x0, #0xc0]
;;        2b8:  f9400600  ldr     x0, [x16, #8]
;;        2bc:  d350fc00  lsr     x0, x0, #0x10
;;        2c0:  910003bf  mov     sp, x29
;;        2c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c8:  d65f03c0  ret
;;        2cc:  52800161  mov     w1, #0xb
;;        2d0:  97ffff4c  bl      #0  ; trap site, wasm @0x0
