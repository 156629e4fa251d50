(module
  (func (export "a") (result i64) (i64.const 0x123456789abcdef0))
  (func (export "b") (result i32) (i32.const -1))
  (func (export "c") (result i64) (i64.const 0xffff0000)))
;; ==== alloc ====
;; ;; function [0] a
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = const wide, bits=1311768467463790320
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] b
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = const bits=4294967295
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] c
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = const wide, bits=4294901760
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000190 <[0] a>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000143  b.lo    #0x1d0
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  d29bde00  mov     x0, #0xdef0
;;        1b8:  f2b35780  movk    x0, #0x9abc, lsl #16
;;        1bc:  f2cacf00  movk    x0, #0x5678, lsl #32
;;        1c0:  f2e24680  movk    x0, #0x1234, lsl #48
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;        1d0:  52800161  mov     w1, #0xb
;;        1d4:  97ffff8b  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[1] b>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  540000e3  b.lo    #0x214
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  12800000  mov     w0, #-1
;;        208:  910003bf  mov     sp, x29
;;        20c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        210:  d65f03c0  ret
;;        214:  52800161  mov     w1, #0xb
;;        218:  97ffff7a  bl      #0  ; trap site, wasm @0x0
;;
;; 00000220 <[2] c>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  540000e3  b.lo    #0x254
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  b2703fe0  mov     x0, #0xffff0000
;;        248:  910003bf  mov     sp, x29
;;        24c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        250:  d65f03c0  ret
;;        254:  52800161  mov     w1, #0xb
;;        258:  97ffff6a  bl      #0  ; trap site, wasm @0x0
