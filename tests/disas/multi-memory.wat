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
;; 000001a0 <[0] copy>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  aa0003e3  mov     x3, x0
;;        1b4:  f9400460  ldr     x0, [x3, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  f9400462  ldr     x2, [x3, #8]
;;        1c0:  f9400442  ldr     x2, [x2, #8]
;;        1c4:  f9406064  ldr     x4, [x3, #0xc0]
;;        1c8:  f9400084  ldr     x4, [x4]
;;        1cc:  f9406063  ldr     x3, [x3, #0xc0]
;;        1d0:  f9400463  ldr     x3, [x3, #8]
;;        1d4:  d1002063  sub     x3, x3, #8
;;        1d8:  eb21407f  cmp     x3, w1, uxtw
;;        1dc:  5400014b  b.lt    #0x204
;;        1e0:  8b214090  add     x16, x4, w1, uxtw
;;        1e4:  b9400603  ldr     w3, [x16, #4]
;;        1e8:  d1001042  sub     x2, x2, #4
;;        1ec:  eb21405f  cmp     x2, w1, uxtw
;;        1f0:  540000cb  b.lt    #0x208
;;        1f4:  b8214803  str     w3, [x0, w1, uxtw]
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;        204:  97ffff92  bl      #0x4c  ; trap site, wasm @0x39
;;        208:  97ffff91  bl      #0x4c  ; trap site, wasm @0x3d
;;
;; 00000210 <[1] size>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  f9406010  ldr     x16, [x0, #0xc0]
;;        224:  f9400600  ldr     x0, [x16, #8]
;;        228:  d350fc00  lsr     x0, x0, #0x10
;;        22c:  910003bf  mov     sp, x29
;;        230:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        234:  d65f03c0  ret
