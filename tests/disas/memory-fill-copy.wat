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
;; 000001e0 <[0] fill>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000263  b.lo    #0x244
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  aa0003e4  mov     x4, x0
;;        208:  f9400480  ldr     x0, [x4, #8]
;;        20c:  f9400000  ldr     x0, [x0]
;;        210:  f9400484  ldr     x4, [x4, #8]
;;        214:  f9400484  ldr     x4, [x4, #8]
;;        218:  aa0303ef  mov     x15, x3
;;        21c:  2a0f03ef  mov     w15, w15
;;        220:  8b2141f1  add     x17, x15, w1, uxtw
;;        224:  eb04023f  cmp     x17, x4
;;        228:  54000128  b.hi    #0x24c
;;        22c:  8b214010  add     x16, x0, w1, uxtw
;;        230:  4e010c5f  dup     v31.16b, w2
;;        234:  97ffffb3  bl      #0x100
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;        244:  52800161  mov     w1, #0xb
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x0
;;        24c:  f85f83a0  ldur    x0, [x29, #-8]
;;        250:  528000a1  mov     w1, #5
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x37
;;
;; 00000260 <[1] copy>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  540002c3  b.lo    #0x2d0
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  aa0003e4  mov     x4, x0
;;        288:  f9400480  ldr     x0, [x4, #8]
;;        28c:  f9400000  ldr     x0, [x0]
;;        290:  f9400484  ldr     x4, [x4, #8]
;;        294:  f9400484  ldr     x4, [x4, #8]
;;        298:  aa0303ef  mov     x15, x3
;;        29c:  2a0f03ef  mov     w15, w15
;;        2a0:  8b2141f1  add     x17, x15, w1, uxtw
;;        2a4:  eb04023f  cmp     x17, x4
;;        2a8:  54000188  b.hi    #0x2d8
;;        2ac:  8b2241f1  add     x17, x15, w2, uxtw
;;        2b0:  eb04023f  cmp     x17, x4
;;        2b4:  54000188  b.hi    #0x2e4
;;        2b8:  8b224011  add     x17, x0, w2, uxtw
;;        2bc:  8b214010  add     x16, x0, w1, uxtw
;;        2c0:  97ffff64  bl      #0x50
;;        2c4:  910003bf  mov     sp, x29
;;        2c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2cc:  d65f03c0  ret
;;        2d0:  52800161  mov     w1, #0xb
;;        2d4:  97ffff4b  bl      #0  ; trap site, wasm @0x0
;;        2d8:  f85f83a0  ldur    x0, [x29, #-8]
;;        2dc:  528000a1  mov     w1, #5
;;        2e0:  97ffff48  bl      #0  ; trap site, wasm @0x43
;;        2e4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2e8:  528000a1  mov     w1, #5
;;        2ec:  97ffff45  bl      #0  ; trap site, wasm @0x43
