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
;; 00000200 <[0] shl>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  9ac22020  lsl     x0, x1, x2
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;
;; 00000220 <[1] shr>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  1ac22420  lsr     w0, w1, w2
;;        234:  910003bf  mov     sp, x29
;;        238:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        23c:  d65f03c0  ret
