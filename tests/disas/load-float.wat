(module (memory 1)
  (func (export "f32") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64") (param i32) (result f64) (f64.load offset=16 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  d0 = load x1, x0, x2, bytes=4, float, offset=0, still=0, @0x35
;;      5  jump block1
;; block1:
;;      6  ret d0
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  d0 = load x1, x0, x2, bytes=8, wide, float, offset=16, still=24, @0x3d
;;      4  jump block1
;; block1:
;;      5  ret d0
;; ==== asm ====
;; 000001a0 <[0] f32>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  aa0003e2  mov     x2, x0
;;        1b4:  f9400440  ldr     x0, [x2, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  f9400442  ldr     x2, [x2, #8]
;;        1c0:  f9400442  ldr     x2, [x2, #8]
;;        1c4:  d1001042  sub     x2, x2, #4
;;        1c8:  eb21405f  cmp     x2, w1, uxtw
;;        1cc:  540000ab  b.lt    #0x1e0
;;        1d0:  bc614800  ldr     s0, [x0, w1, uxtw]
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;        1e0:  97ffff9b  bl      #0x4c  ; trap site, wasm @0x35
;;
;; 000001f0 <[1] f64>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  aa0003e2  mov     x2, x0
;;        204:  f9400440  ldr     x0, [x2, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  f9400442  ldr     x2, [x2, #8]
;;        210:  f9400442  ldr     x2, [x2, #8]
;;        214:  d1006051  sub     x17, x2, #0x18
;;        218:  eb21423f  cmp     x17, w1, uxtw
;;        21c:  540000cb  b.lt    #0x234
;;        220:  8b214010  add     x16, x0, w1, uxtw
;;        224:  fd400a00  ldr     d0, [x16, #0x10]
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;        234:  97ffff86  bl      #0x4c  ; trap site, wasm @0x3d
