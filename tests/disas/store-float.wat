(module (memory 1)
  (func (export "f32") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64") (param i32 f64) (f64.store offset=8 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, d0 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  store d0, x1, x0, x2, bytes=4, float, offset=0, still=0, @0x37
;;      5  jump block1
;; block1:
;;      6  ret
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, d0 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=16
;;      4  store d0, x1, x0, x2, bytes=8, wide, float, offset=8, still=0, @0x41
;;      5  jump block1
;; block1:
;;      6  ret
;; ==== asm ====
;; 00000190 <[0] f32>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540001e3  b.lo    #0x1e4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  aa0003e2  mov     x2, x0
;;        1b8:  f9400440  ldr     x0, [x2, #8]
;;        1bc:  f9400000  ldr     x0, [x0]
;;        1c0:  f9400442  ldr     x2, [x2, #8]
;;        1c4:  f9400442  ldr     x2, [x2, #8]
;;        1c8:  d1001042  sub     x2, x2, #4
;;        1cc:  eb21405f  cmp     x2, w1, uxtw
;;        1d0:  540000eb  b.lt    #0x1ec
;;        1d4:  bc214800  str     s0, [x0, w1, uxtw]
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
;;        1ec:  f85f83a0  ldur    x0, [x29, #-8]
;;        1f0:  528000a1  mov     w1, #5
;;        1f4:  97ffff83  bl      #0  ; trap site, wasm @0x37
;;
;; 00000200 <[1] f64>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  54000203  b.lo    #0x258
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  aa0003e2  mov     x2, x0
;;        228:  f9400440  ldr     x0, [x2, #8]
;;        22c:  f9400000  ldr     x0, [x0]
;;        230:  f9400442  ldr     x2, [x2, #8]
;;        234:  f9400442  ldr     x2, [x2, #8]
;;        238:  d1004042  sub     x2, x2, #0x10
;;        23c:  eb21405f  cmp     x2, w1, uxtw
;;        240:  5400010b  b.lt    #0x260
;;        244:  8b214010  add     x16, x0, w1, uxtw
;;        248:  fd000600  str     d0, [x16, #8]
;;        24c:  910003bf  mov     sp, x29
;;        250:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        254:  d65f03c0  ret
;;        258:  52800161  mov     w1, #0xb
;;        25c:  97ffff69  bl      #0  ; trap site, wasm @0x0
;;        260:  f85f83a0  ldur    x0, [x29, #-8]
;;        264:  528000a1  mov     w1, #5
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x41
