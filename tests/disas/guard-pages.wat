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
;; 00000240 <[0] load8>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000143  b.lo    #0x280
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  f9400400  ldr     x0, [x0, #8]
;;        268:  f9400000  ldr     x0, [x0]
;;        26c:  8b214010  add     x16, x0, w1, uxtw
;;        270:  39c00600  ldrsb   w0, [x16, #1]  ; trap site, wasm @0x5c
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  52800161  mov     w1, #0xb
;;        284:  97ffff5f  bl      #0  ; trap site, wasm @0x0
;;
;; 00000290 <[1] store64>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  f9400010  ldr     x16, [x0]
;;        29c:  f9400610  ldr     x16, [x16, #8]
;;        2a0:  d10043f1  sub     x17, sp, #0x10
;;        2a4:  eb10023f  cmp     x17, x16
;;        2a8:  540001a3  b.lo    #0x2dc
;;        2ac:  9100023f  mov     sp, x17
;;        2b0:  f81f83a0  stur    x0, [x29, #-8]
;;        2b4:  f9400400  ldr     x0, [x0, #8]
;;        2b8:  f9400000  ldr     x0, [x0]
;;        2bc:  8b214010  add     x16, x0, w1, uxtw
;;        2c0:  b27d57f1  mov     x17, #0x1fffff8
;;        2c4:  8b110210  add     x16, x16, x17
;;        2c8:  f940021f  ldr     xzr, [x16]
;;        2cc:  f9000202  str     x2, [x16]  ; trap site, wasm @0x66
;;        2d0:  910003bf  mov     sp, x29
;;        2d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d8:  d65f03c0  ret
;;        2dc:  52800161  mov     w1, #0xb
;;        2e0:  97ffff48  bl      #0  ; trap site, wasm @0x0
;;
;; 000002f0 <[2] v128>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  f9400010  ldr     x16, [x0]
;;        2fc:  f9400610  ldr     x16, [x16, #8]
;;        300:  d10043f1  sub     x17, sp, #0x10
;;        304:  eb10023f  cmp     x17, x16
;;        308:  54000163  b.lo    #0x334
;;        30c:  9100023f  mov     sp, x17
;;        310:  f81f83a0  stur    x0, [x29, #-8]
;;        314:  f9400400  ldr     x0, [x0, #8]
;;        318:  f9400000  ldr     x0, [x0]
;;        31c:  8b214010  add     x16, x0, w1, uxtw
;;        320:  91002210  add     x16, x16, #8
;;        324:  4d40ca00  ld1r    {v0.4s}, [x16]  ; trap site, wasm @0x71
;;        328:  910003bf  mov     sp, x29
;;        32c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        330:  d65f03c0  ret
;;        334:  52800161  mov     w1, #0xb
;;        338:  97ffff32  bl      #0  ; trap site, wasm @0x0
;;
;; 00000340 <[3] extend>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  f9400010  ldr     x16, [x0]
;;        34c:  f9400610  ldr     x16, [x16, #8]
;;        350:  d10043f1  sub     x17, sp, #0x10
;;        354:  eb10023f  cmp     x17, x16
;;        358:  54000163  b.lo    #0x384
;;        35c:  9100023f  mov     sp, x17
;;        360:  f81f83a0  stur    x0, [x29, #-8]
;;        364:  f9400400  ldr     x0, [x0, #8]
;;        368:  f9400000  ldr     x0, [x0]
;;        36c:  8b214010  add     x16, x0, w1, uxtw
;;        370:  fd400600  ldr     d0, [x16, #8]
;;        374:  0f08a400  sshll   v0.8h, v0.8b, #0  ; trap site, wasm @0x7a
;;        378:  910003bf  mov     sp, x29
;;        37c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        380:  d65f03c0  ret
;;        384:  52800161  mov     w1, #0xb
;;        388:  97ffff1e  bl      #0  ; trap site, wasm @0x0
;;
;; 00000390 <[4] beyond>:
;;        390:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        394:  910003fd  mov     x29, sp
;;        398:  f9400010  ldr     x16, [x0]
;;        39c:  f9400610  ldr     x16, [x16, #8]
;;        3a0:  d10043f1  sub     x17, sp, #0x10
;;        3a4:  eb10023f  cmp     x17, x16
;;        3a8:  540002a3  b.lo    #0x3fc
;;        3ac:  9100023f  mov     sp, x17
;;        3b0:  f81f83a0  stur    x0, [x29, #-8]
;;        3b4:  aa0003e2  mov     x2, x0
;;        3b8:  f9400440  ldr     x0, [x2, #8]
;;        3bc:  f9400000  ldr     x0, [x0]
;;        3c0:  f9400442  ldr     x2, [x2, #8]
;;        3c4:  f9400442  ldr     x2, [x2, #8]
;;        3c8:  d2800031  mov     x17, #1
;;        3cc:  f2a04011  movk    x17, #0x200, lsl #16
;;        3d0:  cb110051  sub     x17, x2, x17
;;        3d4:  eb21423f  cmp     x17, w1, uxtw
;;        3d8:  5400016b  b.lt    #0x404
;;        3dc:  8b214010  add     x16, x0, w1, uxtw
;;        3e0:  d29fffb1  mov     x17, #0xfffd
;;        3e4:  f2a03ff1  movk    x17, #0x1ff, lsl #16
;;        3e8:  8b110210  add     x16, x16, x17
;;        3ec:  b9400200  ldr     w0, [x16]
;;        3f0:  910003bf  mov     sp, x29
;;        3f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3f8:  d65f03c0  ret
;;        3fc:  52800161  mov     w1, #0xb
;;        400:  97ffff00  bl      #0  ; trap site, wasm @0x0
;;        404:  f85f83a0  ldur    x0, [x29, #-8]
;;        408:  528000a1  mov     w1, #5
;;        40c:  97fffefd  bl      #0  ; trap site, wasm @0x83
