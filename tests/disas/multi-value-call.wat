;;! func = f
(module
  (func $g (param i32) (result i32 i32) (local.get 0) (i32.add (local.get 0) (i32.const 1)))
  (func (export "f") (param i32) (result i32) (call $g (local.get 0)) (i32.sub)))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0, x1 = call x0, x1, func=0
;;      2  x0 = alu.sub x0, x1
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 000001e0 <[1] f>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000103  b.lo    #0x218
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  97ffffeb  bl      #0x1b0  ; [0] g
;;        208:  4b010000  sub     w0, w0, w1
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;        218:  97ffff8d  bl      #0x4c  ; trap site, wasm @0x0
