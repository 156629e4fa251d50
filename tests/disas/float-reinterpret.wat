(module
  (func (export "a") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
  (func (export "b") (param i64) (result f64) (f64.reinterpret_i64 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] a
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  x0 = to_gp d0
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] b
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  d0 = from_gp x1, double
;;      2  jump block1
;; block1:
;;      3  ret d0
;; ==== asm ====
;; 00000190 <[0] a>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540000e3  b.lo    #0x1c4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  1e260000  fmov    w0, s0
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;        1c4:  52800161  mov     w1, #0xb
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x0
;;
;; 000001d0 <[1] b>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  540000e3  b.lo    #0x204
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  9e670020  fmov    d0, x1
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;        204:  52800161  mov     w1, #0xb
;;        208:  97ffff7e  bl      #0  ; trap site, wasm @0x0
