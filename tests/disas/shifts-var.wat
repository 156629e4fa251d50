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
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  540000e3  b.lo    #0x1d4
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  9ac22020  lsl     x0, x1, x2
;;        1c8:  910003bf  mov     sp, x29
;;        1cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d0:  d65f03c0  ret
;;        1d4:  52800161  mov     w1, #0xb
;;        1d8:  97ffff8a  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[1] shr>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  540000e3  b.lo    #0x214
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  1ac22420  lsr     w0, w1, w2
;;        208:  910003bf  mov     sp, x29
;;        20c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        210:  d65f03c0  ret
;;        214:  52800161  mov     w1, #0xb
;;        218:  97ffff7a  bl      #0  ; trap site, wasm @0x0
