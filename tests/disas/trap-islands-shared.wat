(module (func (export "f") (param i32 i32 i32) (result i32)
  (i32.add (i32.div_u (local.get 0) (local.get 1)) (i32.div_u (local.get 0) (local.get 2)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  x0 = div x1, x2, @0x26
;;      2  x1 = div x1, x3, @0x2b
;;      3  x0 = alu.add x0, x1
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000163  b.lo    #0x1a4
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  34000142  cbz     w2, #0x1ac
;;        188:  1ac20820  udiv    w0, w1, w2
;;        18c:  34000163  cbz     w3, #0x1b8
;;        190:  1ac30821  udiv    w1, w1, w3
;;        194:  0b010000  add     w0, w0, w1
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
;;        1ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b0:  52800041  mov     w1, #2
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x26
;;        1b8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1bc:  52800041  mov     w1, #2
;;        1c0:  97ffff90  bl      #0  ; trap site, wasm @0x2b
