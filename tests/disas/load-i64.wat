(module (memory 1) (func (export "f") (param i32) (result i64) (i64.load offset=8 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=8, wide, offset=8, still=guarded, @0x27
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  f9400400  ldr     x0, [x0, #8]
;;        164:  f9400000  ldr     x0, [x0]
;;        168:  8b214010  add     x16, x0, w1, uxtw
;;        16c:  f9400600  ldr     x0, [x16, #8]  ; trap site, wasm @0x27
;;        170:  910003bf  mov     sp, x29
;;        174:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        178:  d65f03c0  ret
