(module (memory 1) (memory 2)
  (func (export "copy") (param i32) (i32.store (local.get 0) (i32.load 1 offset=4 (local.get 0))))
  (func (export "size") (result i32) (memory.size 1)))
;; ==== alloc ====
;; ;; function [0] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_base x2, memory=1, slot=560
;;      3  x2 = load x1, x2, x2, bytes=4, offset=4, still=guarded, @0x39
;;      4  store x2, x1, x0, x0, bytes=4, offset=0, still=guarded, @0x3d
;;      5  jump block1
;; block1:
;;      6  ret
;;
;; ;; function [1] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = memory_size x0, memory=1, slot=560
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000001f0 <[0] copy>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  aa0003e2  mov     x2, x0
;;        204:  f9400440  ldr     x0, [x2, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  f9411842  ldr     x2, [x2, #0x230]
;;        210:  f9400042  ldr     x2, [x2]
;;        214:  8b214050  add     x16, x2, w1, uxtw
;;        218:  b9400602  ldr     w2, [x16, #4]  ; trap site, wasm @0x39
;;        21c:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        220:  b8214802  str     w2, [x0, w1, uxtw]  ; trap site, wasm @0x3d
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;
;; 00000230 <[1] size>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  f9411810  ldr     x16, [x0, #0x230]
;;        244:  f9400600  ldr     x0, [x16, #8]
;;        248:  d350fc00  lsr     x0, x0, #0x10
;;        24c:  910003bf  mov     sp, x29
;;        250:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        254:  d65f03c0  ret
