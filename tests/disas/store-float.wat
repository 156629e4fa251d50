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
;; 000001f0 <[0] f32>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  f9400400  ldr     x0, [x0, #8]
;;        204:  f9400000  ldr     x0, [x0]
;;        208:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        20c:  bc214800  str     s0, [x0, w1, uxtw]  ; trap site, wasm @0x37
;;        210:  910003bf  mov     sp, x29
;;        214:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        218:  d65f03c0  ret
;;
;; 00000220 <[1] f64>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  f9400400  ldr     x0, [x0, #8]
;;        234:  f9400000  ldr     x0, [x0]
;;        238:  8b214010  add     x16, x0, w1, uxtw
;;        23c:  f940061f  ldr     xzr, [x16, #8]
;;        240:  fd000600  str     d0, [x16, #8]  ; trap site, wasm @0x41
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
