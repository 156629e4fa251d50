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
;; 000001f0 <[0] f32>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  f9400400  ldr     x0, [x0, #8]
;;        204:  f9400000  ldr     x0, [x0]
;;        208:  bc614800  ldr     s0, [x0, w1, uxtw]  ; trap site, wasm @0x35
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;
;; 00000220 <[1] f64>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  f9400400  ldr     x0, [x0, #8]
;;        234:  f9400000  ldr     x0, [x0]
;;        238:  8b214010  add     x16, x0, w1, uxtw
;;        23c:  fd400a00  ldr     d0, [x16, #0x10]  ; trap site, wasm @0x3d
;;        240:  910003bf  mov     sp, x29
;;        244:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        248:  d65f03c0  ret
