(module (memory 1)
  (func (export "f32") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64") (param i32) (result f64) (f64.load offset=16 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  d0 = load x1, x0, x2, bytes=4, float, offset=0, still=0, @0x35
;;      5  jump block1
;; block1:
;;      6  ret d0
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  d0 = load x1, x0, x2, bytes=8, wide, float, offset=16, still=24, @0x3d
;;      4  jump block1
;; block1:
;;      5  ret d0
;; ==== asm ====
;; 000001f0 <[0] f32>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540001e3  b.lo    #0x244
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  aa0003e2  mov     x2, x0
;;        218:  f9400440  ldr     x0, [x2, #8]
;;        21c:  f9400000  ldr     x0, [x0]
;;        220:  f9400442  ldr     x2, [x2, #8]
;;        224:  f9400442  ldr     x2, [x2, #8]
;;        228:  d1001042  sub     x2, x2, #4
;;        22c:  eb21405f  cmp     x2, w1, uxtw
;;        230:  540000eb  b.lt    #0x24c
;;        234:  bc614800  ldr     s0, [x0, w1, uxtw]
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;        244:  52800161  mov     w1, #0xb
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x0
;;        24c:  f85f83a0  ldur    x0, [x29, #-8]
;;        250:  528000a1  mov     w1, #5
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x35
;;
;; 00000260 <[1] f64>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000203  b.lo    #0x2b8
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  aa0003e2  mov     x2, x0
;;        288:  f9400440  ldr     x0, [x2, #8]
;;        28c:  f9400000  ldr     x0, [x0]
;;        290:  f9400442  ldr     x2, [x2, #8]
;;        294:  f9400442  ldr     x2, [x2, #8]
;;        298:  d1006051  sub     x17, x2, #0x18
;;        29c:  eb21423f  cmp     x17, w1, uxtw
;;        2a0:  5400010b  b.lt    #0x2c0
;;        2a4:  8b214010  add     x16, x0, w1, uxtw
;;        2a8:  fd400a00  ldr     d0, [x16, #0x10]
;;        2ac:  910003bf  mov     sp, x29
;;        2b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b4:  d65f03c0  ret
;;        2b8:  52800161  mov     w1, #0xb
;;        2bc:  97ffff51  bl      #0  ; trap site, wasm @0x0
;;        2c0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2c4:  528000a1  mov     w1, #5
;;        2c8:  97ffff4e  bl      #0  ; trap site, wasm @0x3d
