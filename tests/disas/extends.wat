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
;; 00000290 <[0] e8>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  540000e3  b.lo    #0x2c4
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  13001c20  sxtb    w0, w1
;;        2b8:  910003bf  mov     sp, x29
;;        2bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c0:  d65f03c0  ret
;;        2c4:  52800161  mov     w1, #0xb
;;        2c8:  97ffff4e  bl      #0  ; trap site, wasm @0x0
;;
;; 000002d0 <[1] e32s>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  f9400010  ldr     x16, [x0]
;;        2dc:  f9400610  ldr     x16, [x16, #8]
;;        2e0:  d10043f1  sub     x17, sp, #0x10
;;        2e4:  eb10023f  cmp     x17, x16
;;        2e8:  540000e3  b.lo    #0x304
;;        2ec:  9100023f  mov     sp, x17
;;        2f0:  f81f83a0  stur    x0, [x29, #-8]
;;        2f4:  93407c20  sxtw    x0, w1
;;        2f8:  910003bf  mov     sp, x29
;;        2fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        300:  d65f03c0  ret
;;        304:  52800161  mov     w1, #0xb
;;        308:  97ffff3e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000310 <[2] e32u>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  f9400010  ldr     x16, [x0]
;;        31c:  f9400610  ldr     x16, [x16, #8]
;;        320:  d10043f1  sub     x17, sp, #0x10
;;        324:  eb10023f  cmp     x17, x16
;;        328:  540000e3  b.lo    #0x344
;;        32c:  9100023f  mov     sp, x17
;;        330:  f81f83a0  stur    x0, [x29, #-8]
;;        334:  2a0103e0  mov     w0, w1
;;        338:  910003bf  mov     sp, x29
;;        33c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        340:  d65f03c0  ret
;;        344:  52800161  mov     w1, #0xb
;;        348:  97ffff2e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000350 <[3] wrap>:
;;        350:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        354:  910003fd  mov     x29, sp
;;        358:  f9400010  ldr     x16, [x0]
;;        35c:  f9400610  ldr     x16, [x16, #8]
;;        360:  d10043f1  sub     x17, sp, #0x10
;;        364:  eb10023f  cmp     x17, x16
;;        368:  540000e3  b.lo    #0x384
;;        36c:  9100023f  mov     sp, x17
;;        370:  f81f83a0  stur    x0, [x29, #-8]
;;        374:  2a0103e0  mov     w0, w1
;;        378:  910003bf  mov     sp, x29
;;        37c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        380:  d65f03c0  ret
;;        384:  52800161  mov     w1, #0xb
;;        388:  97ffff1e  bl      #0  ; trap site, wasm @0x0
