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
;; 00000240 <[1] f>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000163  b.lo    #0x284
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  f90003f3  str     x19, [sp]
;;        268:  0b020033  add     w19, w1, w2
;;        26c:  97ffffe5  bl      #0x200  ; [0] g, wasm @0x30
;;        270:  0b000260  add     w0, w19, w0
;;        274:  f94003f3  ldr     x19, [sp]
;;        278:  910003bf  mov     sp, x29
;;        27c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        280:  d65f03c0  ret
;;        284:  52800161  mov     w1, #0xb
;;        288:  97ffff5e  bl      #0  ; trap site, wasm @0x0
