(module (memory 1)
  (func (export "f32") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64") (param i32 f64) (f64.store offset=8 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, d0 = args
;;      1  x0 = heap_base x0
;;      2  store d0, x1, x0, x0, bytes=4, float, offset=0, still=guarded, @0x37
;;      3  jump block1
;; block1:
;;      4  ret
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, d0 = args
;;      1  x0 = heap_base x0
;;      2  store d0, x1, x0, x0, bytes=8, wide, float, offset=8, still=guarded, @0x41
;;      3  jump block1
;; block1:
;;      4  ret
;; ==== asm ====
;; 00000190 <[0] f32>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  f9400400  ldr     x0, [x0, #8]
;;        1a4:  f9400000  ldr     x0, [x0]
;;        1a8:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        1ac:  bc214800  str     s0, [x0, w1, uxtw]  ; trap site, wasm @0x37
;;        1b0:  910003bf  mov     sp, x29
;;        1b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b8:  d65f03c0  ret
;;
;; 000001c0 <[1] f64>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  f9400400  ldr     x0, [x0, #8]
;;        1d4:  f9400000  ldr     x0, [x0]
;;        1d8:  8b214010  add     x16, x0, w1, uxtw
;;        1dc:  f940061f  ldr     xzr, [x16, #8]
;;        1e0:  fd000600  str     d0, [x16, #8]  ; trap site, wasm @0x41
;;        1e4:  910003bf  mov     sp, x29
;;        1e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ec:  d65f03c0  ret
