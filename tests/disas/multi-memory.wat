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
;;      2  x2 = heap_base x2, memory=1, slot=192
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
;;      1  x0 = memory_size x0, memory=1, slot=192
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000190 <[0] copy>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540001e3  b.lo    #0x1e4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  aa0003e2  mov     x2, x0
;;        1b8:  f9400440  ldr     x0, [x2, #8]
;;        1bc:  f9400000  ldr     x0, [x0]
;;        1c0:  f9406042  ldr     x2, [x2, #0xc0]
;;        1c4:  f9400042  ldr     x2, [x2]
;;        1c8:  8b214050  add     x16, x2, w1, uxtw
;;        1cc:  b9400602  ldr     w2, [x16, #4]  ; trap site, wasm @0x39
;;        1d0:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        1d4:  b8214802  str     w2, [x0, w1, uxtw]  ; trap site, wasm @0x3d
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
;;
;; 000001f0 <[1] size>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000123  b.lo    #0x22c
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  f9406010  ldr     x16, [x0, #0xc0]
;;        218:  f9400600  ldr     x0, [x16, #8]
;;        21c:  d350fc00  lsr     x0, x0, #0x10
;;        220:  910003bf  mov     sp, x29
;;        224:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        228:  d65f03c0  ret
;;        22c:  52800161  mov     w1, #0xb
;;        230:  97ffff74  bl      #0  ; trap site, wasm @0x0
