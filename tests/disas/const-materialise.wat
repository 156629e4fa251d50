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
;; 000001f0 <[0] a>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000143  b.lo    #0x230
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  d29bde00  mov     x0, #0xdef0
;;        218:  f2b35780  movk    x0, #0x9abc, lsl #16
;;        21c:  f2cacf00  movk    x0, #0x5678, lsl #32
;;        220:  f2e24680  movk    x0, #0x1234, lsl #48
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;        230:  52800161  mov     w1, #0xb
;;        234:  97ffff73  bl      #0  ; trap site, wasm @0x0
;;
;; 00000240 <[1] b>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  540000e3  b.lo    #0x274
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  12800000  mov     w0, #-1
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
;;        274:  52800161  mov     w1, #0xb
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[2] c>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  540000e3  b.lo    #0x2b4
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  b2703fe0  mov     x0, #0xffff0000
;;        2a8:  910003bf  mov     sp, x29
;;        2ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b0:  d65f03c0  ret
;;        2b4:  52800161  mov     w1, #0xb
;;        2b8:  97ffff52  bl      #0  ; trap site, wasm @0x0
