(module (memory 1)
  ;; Guard pages check these: no compare, the access is a fault site (its end a trap site).
  (func (export "load8") (param i32) (result i32) (i32.load8_s offset=1 (local.get 0)))
  (func (export "store64") (param i32 i64) (i64.store offset=0x1fffff8 (local.get 0) (local.get 1)))
  (func (export "v128") (param i32) (result v128) (v128.load32_splat offset=8 (local.get 0)))
  (func (export "extend") (param i32) (result v128) (v128.load8x8_s offset=8 (local.get 0)))
  ;; Its end lies past the guard (32 MiB): an explicit check remains.
  (func (export "beyond") (param i32) (result i32) (i32.load offset=0x1fffffd (local.get 0))))
;; ==== alloc ====
;; ;; function [0] load8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=1, signed, offset=1, still=guarded, @0x5c
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [1] store64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = heap_base x0
;;      2  store x2, x1, x0, x0, bytes=8, wide, offset=33554424, still=guarded, @0x66
;;      3  jump block1
;; block1:
;;      4  ret
;;
;; ;; function [2] v128
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  q0 = vload x1, x0, x0, kind=splat, bytes=4, offset=8, still=guarded, wasm=113
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [3] extend
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  q0 = vload x1, x0, x0, kind=extend, bytes=8, signed, narrow=8b, offset=8, still=guarded, wasm=122
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [4] beyond
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x0 = load x1, x0, x2, bytes=4, offset=33554429, still=33554433, @0x83
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 000002a0 <[0] load8>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  d10043ff  sub     sp, sp, #0x10
;;        2ac:  f81f83a0  stur    x0, [x29, #-8]
;;        2b0:  f9400400  ldr     x0, [x0, #8]
;;        2b4:  f9400000  ldr     x0, [x0]
;;        2b8:  8b214010  add     x16, x0, w1, uxtw
;;        2bc:  39c00600  ldrsb   w0, [x16, #1]  ; trap site, wasm @0x5c
;;        2c0:  910003bf  mov     sp, x29
;;        2c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c8:  d65f03c0  ret
;;
;; 000002d0 <[1] store64>:
;;        2d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2d4:  910003fd  mov     x29, sp
;;        2d8:  d10043ff  sub     sp, sp, #0x10
;;        2dc:  f81f83a0  stur    x0, [x29, #-8]
;;        2e0:  f9400400  ldr     x0, [x0, #8]
;;        2e4:  f9400000  ldr     x0, [x0]
;;        2e8:  8b214010  add     x16, x0, w1, uxtw
;;        2ec:  b27d57f1  mov     x17, #0x1fffff8
;;        2f0:  8b110210  add     x16, x16, x17
;;        2f4:  f940021f  ldr     xzr, [x16]
;;        2f8:  f9000202  str     x2, [x16]  ; trap site, wasm @0x66
;;        2fc:  910003bf  mov     sp, x29
;;        300:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        304:  d65f03c0  ret
;;
;; 00000310 <[2] v128>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  d10043ff  sub     sp, sp, #0x10
;;        31c:  f81f83a0  stur    x0, [x29, #-8]
;;        320:  f9400400  ldr     x0, [x0, #8]
;;        324:  f9400000  ldr     x0, [x0]
;;        328:  8b214010  add     x16, x0, w1, uxtw
;;        32c:  91002210  add     x16, x16, #8
;;        330:  4d40ca00  ld1r    {v0.4s}, [x16]  ; trap site, wasm @0x71
;;        334:  910003bf  mov     sp, x29
;;        338:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        33c:  d65f03c0  ret
;;
;; 00000340 <[3] extend>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  d10043ff  sub     sp, sp, #0x10
;;        34c:  f81f83a0  stur    x0, [x29, #-8]
;;        350:  f9400400  ldr     x0, [x0, #8]
;;        354:  f9400000  ldr     x0, [x0]
;;        358:  8b214010  add     x16, x0, w1, uxtw
;;        35c:  fd400600  ldr     d0, [x16, #8]
;;        360:  0f08a400  sshll   v0.8h, v0.8b, #0  ; trap site, wasm @0x7a
;;        364:  910003bf  mov     sp, x29
;;        368:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        36c:  d65f03c0  ret
;;
;; 00000370 <[4] beyond>:
;;        370:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        374:  910003fd  mov     x29, sp
;;        378:  d10043ff  sub     sp, sp, #0x10
;;        37c:  f81f83a0  stur    x0, [x29, #-8]
;;        380:  aa0003e2  mov     x2, x0
;;        384:  f9400440  ldr     x0, [x2, #8]
;;        388:  f9400000  ldr     x0, [x0]
;;        38c:  f9400442  ldr     x2, [x2, #8]
;;        390:  f9400442  ldr     x2, [x2, #8]
;;        394:  d2800031  mov     x17, #1
;;        398:  f2a04011  movk    x17, #0x200, lsl #16
;;        39c:  cb110051  sub     x17, x2, x17
;;        3a0:  eb21423f  cmp     x17, w1, uxtw
;;        3a4:  5400012b  b.lt    #0x3c8
;;        3a8:  8b214010  add     x16, x0, w1, uxtw
;;        3ac:  d29fffb1  mov     x17, #0xfffd
;;        3b0:  f2a03ff1  movk    x17, #0x1ff, lsl #16
;;        3b4:  8b110210  add     x16, x16, x17
;;        3b8:  b9400200  ldr     w0, [x16]
;;        3bc:  910003bf  mov     sp, x29
;;        3c0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3c4:  d65f03c0  ret
;;        3c8:  97ffff37  bl      #0xa4  ; trap site, wasm @0x83
