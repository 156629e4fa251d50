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
;; 00000260 <[1] f>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d101c3f1  sub     x17, sp, #0x70
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000723  b.lo    #0x35c
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  a901d3f3  stp     x19, x20, [sp, #0x18]
;;        288:  a902dbf5  stp     x21, x22, [sp, #0x28]
;;        28c:  a903e3f7  stp     x23, x24, [sp, #0x38]
;;        290:  a904ebf9  stp     x25, x26, [sp, #0x48]
;;        294:  a905f3fb  stp     x27, x28, [sp, #0x58]
;;        298:  f90003e0  str     x0, [sp]
;;        29c:  f9400bba  ldr     x26, [x29, #0x10]
;;        2a0:  f9400fb9  ldr     x25, [x29, #0x18]
;;        2a4:  f94013b8  ldr     x24, [x29, #0x20]
;;        2a8:  f94017b7  ldr     x23, [x29, #0x28]
;;        2ac:  f9401bb6  ldr     x22, [x29, #0x30]
;;        2b0:  d28cf120  mov     x0, #0x6789
;;        2b4:  f2a468a0  movk    x0, #0x2345, lsl #16
;;        2b8:  f2c00020  movk    x0, #1, lsl #32
;;        2bc:  aa0203f5  mov     x21, x2
;;        2c0:  aa0303fc  mov     x28, x3
;;        2c4:  aa0403f3  mov     x19, x4
;;        2c8:  aa0503fb  mov     x27, x5
;;        2cc:  aa0603f4  mov     x20, x6
;;        2d0:  a9009fe1  stp     x1, x7, [sp, #8]
;;        2d4:  f94003e0  ldr     x0, [sp]
;;        2d8:  d28cf121  mov     x1, #0x6789
;;        2dc:  f2a468a1  movk    x1, #0x2345, lsl #16
;;        2e0:  f2c00021  movk    x1, #1, lsl #32
;;        2e4:  97ffffd7  bl      #0x240  ; [0] g, wasm @0x3e
;;        2e8:  f94007e1  ldr     x1, [sp, #8]
;;        2ec:  d28cf122  mov     x2, #0x6789
;;        2f0:  f2a468a2  movk    x2, #0x2345, lsl #16
;;        2f4:  f2c00022  movk    x2, #1, lsl #32
;;        2f8:  8b150023  add     x3, x1, x21
;;        2fc:  8b1c0063  add     x3, x3, x28
;;        300:  8b130063  add     x3, x3, x19
;;        304:  8b1b0063  add     x3, x3, x27
;;        308:  8b140063  add     x3, x3, x20
;;        30c:  f9400be4  ldr     x4, [sp, #0x10]
;;        310:  8b040063  add     x3, x3, x4
;;        314:  8b1a0063  add     x3, x3, x26
;;        318:  8b190063  add     x3, x3, x25
;;        31c:  8b180063  add     x3, x3, x24
;;        320:  8b170063  add     x3, x3, x23
;;        324:  8b160063  add     x3, x3, x22
;;        328:  8b000073  add     x19, x3, x0
;;        32c:  aa0203f4  mov     x20, x2
;;        330:  f94003e0  ldr     x0, [sp]
;;        334:  97ffffc3  bl      #0x240  ; [0] g, wasm @0x6a
;;        338:  9b144c00  madd    x0, x0, x20, x19
;;        33c:  a941d3f3  ldp     x19, x20, [sp, #0x18]
;;        340:  a942dbf5  ldp     x21, x22, [sp, #0x28]
;;        344:  a943e3f7  ldp     x23, x24, [sp, #0x38]
;;        348:  a944ebf9  ldp     x25, x26, [sp, #0x48]
;;        34c:  a945f3fb  ldp     x27, x28, [sp, #0x58]
;;        350:  910003bf  mov     sp, x29
;;        354:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        358:  d65f03c0  ret
;;        35c:  97ffff52  bl      #0xa4  ; trap site, wasm @0x0
