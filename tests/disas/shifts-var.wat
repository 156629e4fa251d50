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
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  540000e3  b.lo    #0x234
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  9ac22020  lsl     x0, x1, x2
;;        228:  910003bf  mov     sp, x29
;;        22c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        230:  d65f03c0  ret
;;        234:  52800161  mov     w1, #0xb
;;        238:  97ffff72  bl      #0  ; trap site, wasm @0x0
;;
;; 00000240 <[1] shr>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  540000e3  b.lo    #0x274
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  1ac22420  lsr     w0, w1, w2
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
;;        274:  52800161  mov     w1, #0xb
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x0
