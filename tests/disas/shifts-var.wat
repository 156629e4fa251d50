(module
  (func (export "shl") (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (export "shr") (param i32 i32) (result i32) (i32.shr_u (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] shl
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = alu.lslv x1, x2, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] shr
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = alu.lsrv x1, x2
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000001a0 <[0] shl>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  9ac22020  lsl     x0, x1, x2
;;        1b4:  910003bf  mov     sp, x29
;;        1b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1bc:  d65f03c0  ret
;;
;; 000001c0 <[1] shr>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  1ac22420  lsr     w0, w1, w2
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
