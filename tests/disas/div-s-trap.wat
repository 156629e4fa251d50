(module (func (export "f") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = div x1, x2, signed, @0x25
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000183  b.lo    #0x1a8
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  34000162  cbz     w2, #0x1b0
;;        188:  3100045f  cmn     w2, #1
;;        18c:  54000061  b.ne    #0x198
;;        190:  7100043f  cmp     w1, #1
;;        194:  54000146  b.vs    #0x1bc
;;        198:  1ac20c20  sdiv    w0, w1, w2
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
;;        1a8:  52800161  mov     w1, #0xb
;;        1ac:  97ffff95  bl      #0  ; trap site, wasm @0x0
;;        1b0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b4:  52800041  mov     w1, #2
;;        1b8:  97ffff92  bl      #0  ; trap site, wasm @0x25
;;        1bc:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c0:  52800061  mov     w1, #3
;;        1c4:  97ffff8f  bl      #0  ; trap site, wasm @0x25
