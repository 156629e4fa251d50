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
;; 00000170 <[0] f>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  34000122  cbz     w2, #0x1a4
;;        184:  3100045f  cmn     w2, #1
;;        188:  54000061  b.ne    #0x194
;;        18c:  7100043f  cmp     w1, #1
;;        190:  540000c6  b.vs    #0x1a8
;;        194:  1ac20c20  sdiv    w0, w1, w2
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  97ffffc0  bl      #0xa4  ; trap site, wasm @0x25
;;        1a8:  97ffffc2  bl      #0xb0  ; trap site, wasm @0x25
