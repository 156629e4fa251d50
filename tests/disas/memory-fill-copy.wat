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
;; 000001f0 <[0] fill>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000263  b.lo    #0x254
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  aa0003e4  mov     x4, x0
;;        218:  f9400480  ldr     x0, [x4, #8]
;;        21c:  f9400000  ldr     x0, [x0]
;;        220:  f9400484  ldr     x4, [x4, #8]
;;        224:  f9400484  ldr     x4, [x4, #8]
;;        228:  aa0303ef  mov     x15, x3
;;        22c:  2a0f03ef  mov     w15, w15
;;        230:  8b2141f1  add     x17, x15, w1, uxtw
;;        234:  eb04023f  cmp     x17, x4
;;        238:  54000128  b.hi    #0x25c
;;        23c:  8b214010  add     x16, x0, w1, uxtw
;;        240:  4e010c5f  dup     v31.16b, w2
;;        244:  97ffffb3  bl      #0x110
;;        248:  910003bf  mov     sp, x29
;;        24c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        250:  d65f03c0  ret
;;        254:  52800161  mov     w1, #0xb
;;        258:  97ffff6a  bl      #0  ; trap site, wasm @0x0
;;        25c:  f85f83a0  ldur    x0, [x29, #-8]
;;        260:  528000a1  mov     w1, #5
;;        264:  97ffff67  bl      #0  ; trap site, wasm @0x37
;;
;; 00000270 <[1] copy>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  540002c3  b.lo    #0x2e0
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  aa0003e4  mov     x4, x0
;;        298:  f9400480  ldr     x0, [x4, #8]
;;        29c:  f9400000  ldr     x0, [x0]
;;        2a0:  f9400484  ldr     x4, [x4, #8]
;;        2a4:  f9400484  ldr     x4, [x4, #8]
;;        2a8:  aa0303ef  mov     x15, x3
;;        2ac:  2a0f03ef  mov     w15, w15
;;        2b0:  8b2141f1  add     x17, x15, w1, uxtw
;;        2b4:  eb04023f  cmp     x17, x4
;;        2b8:  54000188  b.hi    #0x2e8
;;        2bc:  8b2241f1  add     x17, x15, w2, uxtw
;;        2c0:  eb04023f  cmp     x17, x4
;;        2c4:  54000188  b.hi    #0x2f4
;;        2c8:  8b224011  add     x17, x0, w2, uxtw
;;        2cc:  8b214010  add     x16, x0, w1, uxtw
;;        2d0:  97ffff60  bl      #0x50
;;        2d4:  910003bf  mov     sp, x29
;;        2d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2dc:  d65f03c0  ret
;;        2e0:  52800161  mov     w1, #0xb
;;        2e4:  97ffff47  bl      #0  ; trap site, wasm @0x0
;;        2e8:  f85f83a0  ldur    x0, [x29, #-8]
;;        2ec:  528000a1  mov     w1, #5
;;        2f0:  97ffff44  bl      #0  ; trap site, wasm @0x43
;;        2f4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2f8:  528000a1  mov     w1, #5
;;        2fc:  97ffff41  bl      #0  ; trap site, wasm @0x43
