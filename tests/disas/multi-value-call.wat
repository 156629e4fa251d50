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
;; 00000250 <[1] f>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10043f1  sub     x17, sp, #0x10
;;        264:  eb10023f  cmp     x17, x16
;;        268:  54000103  b.lo    #0x288
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  97ffffe3  bl      #0x200  ; [0] g, wasm @0x33
;;        278:  4b010000  sub     w0, w0, w1
;;        27c:  910003bf  mov     sp, x29
;;        280:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        284:  d65f03c0  ret
;;        288:  52800161  mov     w1, #0xb
;;        28c:  97ffff5d  bl      #0  ; trap site, wasm @0x0
