;;! func = f
(module
  (func $g (param i32) (result i32 i32) (local.get 0) (i32.add (local.get 0) (i32.const 1)))
  (func (export "f") (param i32) (result i32) (call $g (local.get 0)) (i32.sub)))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0, x1 = call x0, x1, func=0, @0x33
;;      2  x0 = alu.sub x0, x1
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000230 <[1] f>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000103  b.lo    #0x268
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  97ffffeb  bl      #0x200  ; [0] g, wasm @0x33
;;        258:  4b010000  sub     w0, w0, w1
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  97ffff8f  bl      #0xa4  ; trap site, wasm @0x0
