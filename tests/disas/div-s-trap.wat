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
;; 00000120 <[0] f>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  d10043ff  sub     sp, sp, #0x10
;;        12c:  f81f83a0  stur    x0, [x29, #-8]
;;        130:  34000122  cbz     w2, #0x154
;;        134:  3100045f  cmn     w2, #1
;;        138:  54000061  b.ne    #0x144
;;        13c:  7100043f  cmp     w1, #1
;;        140:  540000c6  b.vs    #0x158
;;        144:  1ac20c20  sdiv    w0, w1, w2
;;        148:  910003bf  mov     sp, x29
;;        14c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        150:  d65f03c0  ret
;;        154:  97ffffbe  bl      #0x4c  ; trap site, wasm @0x25
;;        158:  97ffffc0  bl      #0x58  ; trap site, wasm @0x25
