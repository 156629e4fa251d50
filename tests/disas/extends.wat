(module
  (func (export "e8") (param i32) (result i32) (i32.extend8_s (local.get 0)))
  (func (export "e32s") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
  (func (export "e32u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
  (func (export "wrap") (param i64) (result i32) (i32.wrap_i64 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] e8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.sxtb x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] e32s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.sxtw x1, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] e32u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.uxtw x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [3] wrap
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.uxtw x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000230 <[0] e8>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  540000e3  b.lo    #0x264
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  13001c20  sxtb    w0, w1
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;        264:  52800161  mov     w1, #0xb
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x0
;;
;; 00000270 <[1] e32s>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  540000e3  b.lo    #0x2a4
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  93407c20  sxtw    x0, w1
;;        298:  910003bf  mov     sp, x29
;;        29c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a0:  d65f03c0  ret
;;        2a4:  52800161  mov     w1, #0xb
;;        2a8:  97ffff56  bl      #0  ; trap site, wasm @0x0
;;
;; 000002b0 <[2] e32u>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  f9400010  ldr     x16, [x0]
;;        2bc:  f9400610  ldr     x16, [x16, #8]
;;        2c0:  d10043f1  sub     x17, sp, #0x10
;;        2c4:  eb10023f  cmp     x17, x16
;;        2c8:  540000e3  b.lo    #0x2e4
;;        2cc:  9100023f  mov     sp, x17
;;        2d0:  f81f83a0  stur    x0, [x29, #-8]
;;        2d4:  2a0103e0  mov     w0, w1
;;        2d8:  910003bf  mov     sp, x29
;;        2dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2e0:  d65f03c0  ret
;;        2e4:  52800161  mov     w1, #0xb
;;        2e8:  97ffff46  bl      #0  ; trap site, wasm @0x0
;;
;; 000002f0 <[3] wrap>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  f9400010  ldr     x16, [x0]
;;        2fc:  f9400610  ldr     x16, [x16, #8]
;;        300:  d10043f1  sub     x17, sp, #0x10
;;        304:  eb10023f  cmp     x17, x16
;;        308:  540000e3  b.lo    #0x324
;;        30c:  9100023f  mov     sp, x17
;;        310:  f81f83a0  stur    x0, [x29, #-8]
;;        314:  2a0103e0  mov     w0, w1
;;        318:  910003bf  mov     sp, x29
;;        31c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        320:  d65f03c0  ret
;;        324:  52800161  mov     w1, #0xb
;;        328:  97ffff36  bl      #0  ; trap site, wasm @0x0
