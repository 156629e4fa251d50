;;! func = f
(module
  (func $g (result i32) (i32.const 3))
  (func (export "f") (param i32 i32) (result i32) (i32.add (i32.add (local.get 0) (local.get 1)) (call $g))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: x19
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x19 = alu.add x1, x2
;;      2  x0 = call x0, func=0, @0x30
;;      3  x0 = alu.add x19, x0
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 00000220 <[1] f>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  54000163  b.lo    #0x264
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  f90003f3  str     x19, [sp]
;;        248:  0b020033  add     w19, w1, w2
;;        24c:  97ffffed  bl      #0x200  ; [0] g, wasm @0x30
;;        250:  0b000260  add     w0, w19, w0
;;        254:  f94003f3  ldr     x19, [sp]
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;        264:  97ffff90  bl      #0xa4  ; trap site, wasm @0x0
