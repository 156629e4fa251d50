;;! func = f
(module (func $g (param i64) (result i64) (local.get 0))
 (func (export "f") (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64) (local i64)
  (local.set 12 (call $g (i64.const 0x123456789)))
  (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (i64.add (local.get 0) (local.get 1)) (local.get 2)) (local.get 3)) (local.get 4)) (local.get 5)) (local.get 6)) (local.get 7)) (local.get 8)) (local.get 9)) (local.get 10)) (local.get 11)) (local.get 12)) (i64.mul (call $g (local.get 0)) (i64.const 0x123456789)))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 3, callee-saved: x19, x20, x21, x22, x23, x24, x25, x26, x27, x28
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3, x4, x5, x6, x7 = args
;;         mov ss0, x0
;;      1  x26 = load_incoming slot=0
;;      2  x25 = load_incoming slot=1
;;      3  x24 = load_incoming slot=2
;;      4  x23 = load_incoming slot=3
;;      5  x22 = load_incoming slot=4
;;      6  x0 = const wide, bits=4886718345
;;         mov x21, x2
;;         mov x28, x3
;;         mov x19, x4
;;         mov x27, x5
;;         mov x20, x6
;;         mov ss2, x7
;;         mov ss1, x1
;;         mov x0, ss0
;;         remat x1, %v2
;;      7  x0 = call x0, x1, func=0, @0x3e
;;         mov x1, ss1
;;         remat x2, %v2
;;      8  x3 = alu.add x1, x21, is64
;;      9  x3 = alu.add x3, x28, is64
;;     10  x3 = alu.add x3, x19, is64
;;     11  x3 = alu.add x3, x27, is64
;;     12  x3 = alu.add x3, x20, is64
;;         mov x4, ss2
;;     13  x3 = alu.add x3, x4, is64
;;     14  x3 = alu.add x3, x26, is64
;;     15  x3 = alu.add x3, x25, is64
;;     16  x3 = alu.add x3, x24, is64
;;     17  x3 = alu.add x3, x23, is64
;;     18  x3 = alu.add x3, x22, is64
;;     19  x19 = alu.add x3, x0, is64
;;         mov x20, x2
;;         mov x0, ss0
;;     20  x0 = call x0, x1, func=0, @0x6a
;;     21  x0 = madd x0, x20, x19, is64
;;     22  jump block1
;; block1:
;;     23  ret x0
;; ==== asm ====
;; 00000280 <[1] f>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d101c3f1  sub     x17, sp, #0x70
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000883  b.lo    #0x3a8
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  f9000ff3  str     x19, [sp, #0x18]
;;        2a8:  f90013f4  str     x20, [sp, #0x20]
;;        2ac:  f90017f5  str     x21, [sp, #0x28]
;;        2b0:  f9001bf6  str     x22, [sp, #0x30]
;;        2b4:  f9001ff7  str     x23, [sp, #0x38]
;;        2b8:  f90023f8  str     x24, [sp, #0x40]
;;        2bc:  f90027f9  str     x25, [sp, #0x48]
;;        2c0:  f9002bfa  str     x26, [sp, #0x50]
;;        2c4:  f9002ffb  str     x27, [sp, #0x58]
;;        2c8:  f90033fc  str     x28, [sp, #0x60]
;;        2cc:  f90003e0  str     x0, [sp]
;;        2d0:  f9400bba  ldr     x26, [x29, #0x10]
;;        2d4:  f9400fb9  ldr     x25, [x29, #0x18]
;;        2d8:  f94013b8  ldr     x24, [x29, #0x20]
;;        2dc:  f94017b7  ldr     x23, [x29, #0x28]
;;        2e0:  f9401bb6  ldr     x22, [x29, #0x30]
;;        2e4:  d28cf120  mov     x0, #0x6789
;;        2e8:  f2a468a0  movk    x0, #0x2345, lsl #16
;;        2ec:  f2c00020  movk    x0, #1, lsl #32
;;        2f0:  aa0203f5  mov     x21, x2
;;        2f4:  aa0303fc  mov     x28, x3
;;        2f8:  aa0403f3  mov     x19, x4
;;        2fc:  aa0503fb  mov     x27, x5
;;        300:  aa0603f4  mov     x20, x6
;;        304:  f9000be7  str     x7, [sp, #0x10]
;;        308:  f90007e1  str     x1, [sp, #8]
;;        30c:  f94003e0  ldr     x0, [sp]
;;        310:  d28cf121  mov     x1, #0x6789
;;        314:  f2a468a1  movk    x1, #0x2345, lsl #16
;;        318:  f2c00021  movk    x1, #1, lsl #32
;;        31c:  97ffffc9  bl      #0x240  ; [0] g, wasm @0x3e
;;        320:  f94007e1  ldr     x1, [sp, #8]
;;        324:  d28cf122  mov     x2, #0x6789
;;        328:  f2a468a2  movk    x2, #0x2345, lsl #16
;;        32c:  f2c00022  movk    x2, #1, lsl #32
;;        330:  8b150023  add     x3, x1, x21
;;        334:  8b1c0063  add     x3, x3, x28
;;        338:  8b130063  add     x3, x3, x19
;;        33c:  8b1b0063  add     x3, x3, x27
;;        340:  8b140063  add     x3, x3, x20
;;        344:  f9400be4  ldr     x4, [sp, #0x10]
;;        348:  8b040063  add     x3, x3, x4
;;        34c:  8b1a0063  add     x3, x3, x26
;;        350:  8b190063  add     x3, x3, x25
;;        354:  8b180063  add     x3, x3, x24
;;        358:  8b170063  add     x3, x3, x23
;;        35c:  8b160063  add     x3, x3, x22
;;        360:  8b000073  add     x19, x3, x0
;;        364:  aa0203f4  mov     x20, x2
;;        368:  f94003e0  ldr     x0, [sp]
;;        36c:  97ffffb5  bl      #0x240  ; [0] g, wasm @0x6a
;;        370:  9b144c00  madd    x0, x0, x20, x19
;;        374:  f9400ff3  ldr     x19, [sp, #0x18]
;;        378:  f94013f4  ldr     x20, [sp, #0x20]
;;        37c:  f94017f5  ldr     x21, [sp, #0x28]
;;        380:  f9401bf6  ldr     x22, [sp, #0x30]
;;        384:  f9401ff7  ldr     x23, [sp, #0x38]
;;        388:  f94023f8  ldr     x24, [sp, #0x40]
;;        38c:  f94027f9  ldr     x25, [sp, #0x48]
;;        390:  f9402bfa  ldr     x26, [sp, #0x50]
;;        394:  f9402ffb  ldr     x27, [sp, #0x58]
;;        398:  f94033fc  ldr     x28, [sp, #0x60]
;;        39c:  910003bf  mov     sp, x29
;;        3a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3a4:  d65f03c0  ret
;;        3a8:  52800161  mov     w1, #0xb
;;        3ac:  97ffff15  bl      #0  ; trap site, wasm @0x0
