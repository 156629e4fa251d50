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
;; 00000200 <[0] fill>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  aa0003e4  mov     x4, x0
;;        214:  f9400480  ldr     x0, [x4, #8]
;;        218:  f9400000  ldr     x0, [x0]
;;        21c:  f9400484  ldr     x4, [x4, #8]
;;        220:  f9400484  ldr     x4, [x4, #8]
;;        224:  aa0303ef  mov     x15, x3
;;        228:  2a0f03ef  mov     w15, w15
;;        22c:  8b2141f1  add     x17, x15, w1, uxtw
;;        230:  eb04023f  cmp     x17, x4
;;        234:  540000e8  b.hi    #0x250
;;        238:  8b214010  add     x16, x0, w1, uxtw
;;        23c:  4e010c5f  dup     v31.16b, w2
;;        240:  97ffffb8  bl      #0x120
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;        250:  97ffff7f  bl      #0x4c  ; trap site, wasm @0x37
;;
;; 00000260 <[1] copy>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  aa0003e4  mov     x4, x0
;;        274:  f9400480  ldr     x0, [x4, #8]
;;        278:  f9400000  ldr     x0, [x0]
;;        27c:  f9400484  ldr     x4, [x4, #8]
;;        280:  f9400484  ldr     x4, [x4, #8]
;;        284:  aa0303ef  mov     x15, x3
;;        288:  2a0f03ef  mov     w15, w15
;;        28c:  8b2141f1  add     x17, x15, w1, uxtw
;;        290:  eb04023f  cmp     x17, x4
;;        294:  54000148  b.hi    #0x2bc
;;        298:  8b2241f1  add     x17, x15, w2, uxtw
;;        29c:  eb04023f  cmp     x17, x4
;;        2a0:  54000108  b.hi    #0x2c0
;;        2a4:  8b224011  add     x17, x0, w2, uxtw
;;        2a8:  8b214010  add     x16, x0, w1, uxtw
;;        2ac:  97ffff6d  bl      #0x60
;;        2b0:  910003bf  mov     sp, x29
;;        2b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b8:  d65f03c0  ret
;;        2bc:  97ffff64  bl      #0x4c  ; trap site, wasm @0x43
;;        2c0:  97ffff63  bl      #0x4c  ; trap site, wasm @0x43
