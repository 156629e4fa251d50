(module (memory 1)
  (func (export "f32") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64") (param i32) (result f64) (f64.load offset=16 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  d0 = load x1, x0, x0, bytes=4, float, offset=0, still=guarded, @0x35
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  d0 = load x1, x0, x0, bytes=8, wide, float, offset=16, still=guarded, @0x3d
;;      3  jump block1
;; block1:
;;      4  ret d0
;; ==== asm ====
;; 00000190 <[0] f32>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000123  b.lo    #0x1cc
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f9400400  ldr     x0, [x0, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  bc614800  ldr     s0, [x0, w1, uxtw]  ; trap site, wasm @0x35
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
;;        1cc:  52800161  mov     w1, #0xb
;;        1d0:  97ffff8c  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[1] f64>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000143  b.lo    #0x220
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  f9400400  ldr     x0, [x0, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  8b214010  add     x16, x0, w1, uxtw
;;        210:  fd400a00  ldr     d0, [x16, #0x10]  ; trap site, wasm @0x3d
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;        220:  52800161  mov     w1, #0xb
;;        224:  97ffff77  bl      #0  ; trap site, wasm @0x0
