(module
  (func (export "s") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func (export "u") (param f32) (result i64) (i64.trunc_f32_u (local.get 0))))
;; ==== alloc ====
;; ;; function [0] s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  x0 = f2i_trap d0, double, signed, @0x2c
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  x0 = f2i_trap d0, dst64, @0x32
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 000001f0 <[0] s>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000243  b.lo    #0x250
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  1e602000  fcmp    d0, d0
;;        218:  54000206  b.vs    #0x258
;;        21c:  d2a00410  mov     x16, #0x200000
;;        220:  f2f83c10  movk    x16, #0xc1e0, lsl #48
;;        224:  9e67021f  fmov    d31, x16
;;        228:  1e7f2000  fcmp    d0, d31
;;        22c:  540001c9  b.ls    #0x264
;;        230:  d2e83c10  mov     x16, #0x41e0000000000000
;;        234:  9e67021f  fmov    d31, x16
;;        238:  1e7f2000  fcmp    d0, d31
;;        23c:  540001aa  b.ge    #0x270
;;        240:  1e780000  fcvtzs  w0, d0
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;        250:  52800161  mov     w1, #0xb
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x0
;;        258:  f85f83a0  ldur    x0, [x29, #-8]
;;        25c:  52800081  mov     w1, #4
;;        260:  97ffff68  bl      #0  ; trap site, wasm @0x2c
;;        264:  f85f83a0  ldur    x0, [x29, #-8]
;;        268:  52800061  mov     w1, #3
;;        26c:  97ffff65  bl      #0  ; trap site, wasm @0x2c
;;        270:  f85f83a0  ldur    x0, [x29, #-8]
;;        274:  52800061  mov     w1, #3
;;        278:  97ffff62  bl      #0  ; trap site, wasm @0x2c
;;
;; 00000280 <[1] u>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000223  b.lo    #0x2dc
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  1e202000  fcmp    s0, s0
;;        2a8:  540001e6  b.vs    #0x2e4
;;        2ac:  52b7f010  mov     w16, #-0x40800000
;;        2b0:  1e27021f  fmov    s31, w16
;;        2b4:  1e3f2000  fcmp    s0, s31
;;        2b8:  540001c9  b.ls    #0x2f0
;;        2bc:  52abf010  mov     w16, #0x5f800000
;;        2c0:  1e27021f  fmov    s31, w16
;;        2c4:  1e3f2000  fcmp    s0, s31
;;        2c8:  540001aa  b.ge    #0x2fc
;;        2cc:  9e390000  fcvtzu  x0, s0
;;        2d0:  910003bf  mov     sp, x29
;;        2d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d8:  d65f03c0  ret
;;        2dc:  52800161  mov     w1, #0xb
;;        2e0:  97ffff48  bl      #0  ; trap site, wasm @0x0
;;        2e4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2e8:  52800081  mov     w1, #4
;;        2ec:  97ffff45  bl      #0  ; trap site, wasm @0x32
;;        2f0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2f4:  52800061  mov     w1, #3
;;        2f8:  97ffff42  bl      #0  ; trap site, wasm @0x32
;;        2fc:  f85f83a0  ldur    x0, [x29, #-8]
;;        300:  52800061  mov     w1, #3
;;        304:  97ffff3f  bl      #0  ; trap site, wasm @0x32
