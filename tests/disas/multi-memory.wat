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
;; 00000190 <[0] copy>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  aa0003e3  mov     x3, x0
;;        1a4:  f9400460  ldr     x0, [x3, #8]
;;        1a8:  f9400000  ldr     x0, [x0]
;;        1ac:  f9400462  ldr     x2, [x3, #8]
;;        1b0:  f9400442  ldr     x2, [x2, #8]
;;        1b4:  f9406064  ldr     x4, [x3, #0xc0]
;;        1b8:  f9400084  ldr     x4, [x4]
;;        1bc:  f9406063  ldr     x3, [x3, #0xc0]
;;        1c0:  f9400463  ldr     x3, [x3, #8]
;;        1c4:  d1002063  sub     x3, x3, #8
;;        1c8:  eb21407f  cmp     x3, w1, uxtw
;;        1cc:  5400014b  b.lt    #0x1f4
;;        1d0:  8b214090  add     x16, x4, w1, uxtw
;;        1d4:  b9400603  ldr     w3, [x16, #4]
;;        1d8:  d1001042  sub     x2, x2, #4
;;        1dc:  eb21405f  cmp     x2, w1, uxtw
;;        1e0:  5400010b  b.lt    #0x200
;;        1e4:  b8214803  str     w3, [x0, w1, uxtw]
;;        1e8:  910003bf  mov     sp, x29
;;        1ec:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f0:  d65f03c0  ret
;;        1f4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1f8:  528000a1  mov     w1, #5
;;        1fc:  97ffff81  bl      #0  ; trap site, wasm @0x39
;;        200:  f85f83a0  ldur    x0, [x29, #-8]
;;        204:  528000a1  mov     w1, #5
;;        208:  97ffff7e  bl      #0  ; trap site, wasm @0x3d
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
