(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=4, offset=0, still=guarded, @0x27
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
;;        168:  b8614800  ldr     w0, [x0, w1, uxtw]  ; trap site, wasm @0x27
;;        16c:  910003bf  mov     sp, x29
;;        170:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        174:  d65f03c0  ret
