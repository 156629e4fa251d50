(module (memory 1)
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] fill
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;         mov x4, x0
;;      1  x0 = heap_base x4
;;      2  x4 = heap_size x4
;;         mov x15, x3
;;      3  memory_fill x1, x2, x15, x0, x4, same, @0x37, scale=0, memory_out_of_bounds
;;      4  jump block1
;; block1:
;;      5  ret
;;
;; ;; function [1] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;         mov x4, x0
;;      1  x0 = heap_base x4
;;      2  x4 = heap_size x4
;;         mov x15, x3
;;      3  memory_copy x1, x2, x15, x0, x4, same, @0x43, scale=0, memory_out_of_bounds
;;      4  jump block1
;; block1:
;;      5  ret
;; ==== asm ====
;; 00000250 <[0] fill>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  aa0003e4  mov     x4, x0
;;        264:  f9400480  ldr     x0, [x4, #8]
;;        268:  f9400000  ldr     x0, [x0]
;;        26c:  f9400484  ldr     x4, [x4, #8]
;;        270:  f9400484  ldr     x4, [x4, #8]
;;        274:  aa0303ef  mov     x15, x3
;;        278:  2a0f03ef  mov     w15, w15
;;        27c:  8b2141f1  add     x17, x15, w1, uxtw
;;        280:  eb04023f  cmp     x17, x4
;;        284:  540000e8  b.hi    #0x2a0
;;        288:  8b214010  add     x16, x0, w1, uxtw
;;        28c:  4e010c5f  dup     v31.16b, w2
;;        290:  97ffffb8  bl      #0x170
;;        294:  910003bf  mov     sp, x29
;;        298:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        29c:  d65f03c0  ret
;;        2a0:  97ffff81  bl      #0xa4  ; trap site, wasm @0x37
;;
;; 000002b0 <[1] copy>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  aa0003e4  mov     x4, x0
;;        2c4:  f9400480  ldr     x0, [x4, #8]
;;        2c8:  f9400000  ldr     x0, [x0]
;;        2cc:  f9400484  ldr     x4, [x4, #8]
;;        2d0:  f9400484  ldr     x4, [x4, #8]
;;        2d4:  aa0303ef  mov     x15, x3
;;        2d8:  2a0f03ef  mov     w15, w15
;;        2dc:  8b2141f1  add     x17, x15, w1, uxtw
;;        2e0:  eb04023f  cmp     x17, x4
;;        2e4:  54000148  b.hi    #0x30c
;;        2e8:  8b2241f1  add     x17, x15, w2, uxtw
;;        2ec:  eb04023f  cmp     x17, x4
;;        2f0:  54000108  b.hi    #0x310
;;        2f4:  8b224011  add     x17, x0, w2, uxtw
;;        2f8:  8b214010  add     x16, x0, w1, uxtw
;;        2fc:  97ffff6d  bl      #0xb0
;;        300:  910003bf  mov     sp, x29
;;        304:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        308:  d65f03c0  ret
;;        30c:  97ffff66  bl      #0xa4  ; trap site, wasm @0x43
;;        310:  97ffff65  bl      #0xa4  ; trap site, wasm @0x43
