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
;; 00000250 <[0] load8>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  f9400400  ldr     x0, [x0, #8]
;;        264:  f9400000  ldr     x0, [x0]
;;        268:  8b214010  add     x16, x0, w1, uxtw
;;        26c:  39c00600  ldrsb   w0, [x16, #1]  ; trap site, wasm @0x5c
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;
;; 00000280 <[1] store64>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  f9400400  ldr     x0, [x0, #8]
;;        294:  f9400000  ldr     x0, [x0]
;;        298:  8b214010  add     x16, x0, w1, uxtw
;;        29c:  b27d57f1  mov     x17, #0x1fffff8
;;        2a0:  8b110210  add     x16, x16, x17
;;        2a4:  f940021f  ldr     xzr, [x16]
;;        2a8:  f9000202  str     x2, [x16]  ; trap site, wasm @0x66
;;        2ac:  910003bf  mov     sp, x29
;;        2b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b4:  d65f03c0  ret
;;
;; 000002c0 <[2] v128>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  d10043ff  sub     sp, sp, #0x10
;;        2cc:  f81f83a0  stur    x0, [x29, #-8]
;;        2d0:  f9400400  ldr     x0, [x0, #8]
;;        2d4:  f9400000  ldr     x0, [x0]
;;        2d8:  8b214010  add     x16, x0, w1, uxtw
;;        2dc:  91002210  add     x16, x16, #8
;;        2e0:  4d40ca00  ld1r    {v0.4s}, [x16]  ; trap site, wasm @0x71
;;        2e4:  910003bf  mov     sp, x29
;;        2e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ec:  d65f03c0  ret
;;
;; 000002f0 <[3] extend>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  d10043ff  sub     sp, sp, #0x10
;;        2fc:  f81f83a0  stur    x0, [x29, #-8]
;;        300:  f9400400  ldr     x0, [x0, #8]
;;        304:  f9400000  ldr     x0, [x0]
;;        308:  8b214010  add     x16, x0, w1, uxtw
;;        30c:  fd400600  ldr     d0, [x16, #8]
;;        310:  0f08a400  sshll   v0.8h, v0.8b, #0  ; trap site, wasm @0x7a
;;        314:  910003bf  mov     sp, x29
;;        318:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        31c:  d65f03c0  ret
;;
;; 00000320 <[4] beyond>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  d10043ff  sub     sp, sp, #0x10
;;        32c:  f81f83a0  stur    x0, [x29, #-8]
;;        330:  aa0003e2  mov     x2, x0
;;        334:  f9400440  ldr     x0, [x2, #8]
;;        338:  f9400000  ldr     x0, [x0]
;;        33c:  f9400442  ldr     x2, [x2, #8]
;;        340:  f9400442  ldr     x2, [x2, #8]
;;        344:  d2800031  mov     x17, #1
;;        348:  f2a04011  movk    x17, #0x200, lsl #16
;;        34c:  cb110051  sub     x17, x2, x17
;;        350:  eb21423f  cmp     x17, w1, uxtw
;;        354:  5400012b  b.lt    #0x378
;;        358:  8b214010  add     x16, x0, w1, uxtw
;;        35c:  d29fffb1  mov     x17, #0xfffd
;;        360:  f2a03ff1  movk    x17, #0x1ff, lsl #16
;;        364:  8b110210  add     x16, x16, x17
;;        368:  b9400200  ldr     w0, [x16]
;;        36c:  910003bf  mov     sp, x29
;;        370:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        374:  d65f03c0  ret
;;        378:  97ffff35  bl      #0x4c  ; trap site, wasm @0x83
