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
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000183  b.lo    #0x148
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  34000162  cbz     w2, #0x150
;;        128:  3100045f  cmn     w2, #1
;;        12c:  54000061  b.ne    #0x138
;;        130:  7100043f  cmp     w1, #1
;;        134:  54000146  b.vs    #0x15c
;;        138:  1ac20c20  sdiv    w0, w1, w2
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;        148:  52800161  mov     w1, #0xb
;;        14c:  97ffffad  bl      #0  ; trap site, wasm @0x0
;;        150:  f85f83a0  ldur    x0, [x29, #-8]
;;        154:  52800041  mov     w1, #2
;;        158:  97ffffaa  bl      #0  ; trap site, wasm @0x25
;;        15c:  f85f83a0  ldur    x0, [x29, #-8]
;;        160:  52800061  mov     w1, #3
;;        164:  97ffffa7  bl      #0  ; trap site, wasm @0x25
