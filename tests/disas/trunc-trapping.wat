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
;; 00000190 <[0] s>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000243  b.lo    #0x1f0
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  1e602000  fcmp    d0, d0
;;        1b8:  54000206  b.vs    #0x1f8
;;        1bc:  d2a00410  mov     x16, #0x200000
;;        1c0:  f2f83c10  movk    x16, #0xc1e0, lsl #48
;;        1c4:  9e67021f  fmov    d31, x16
;;        1c8:  1e7f2000  fcmp    d0, d31
;;        1cc:  540001c9  b.ls    #0x204
;;        1d0:  d2e83c10  mov     x16, #0x41e0000000000000
;;        1d4:  9e67021f  fmov    d31, x16
;;        1d8:  1e7f2000  fcmp    d0, d31
;;        1dc:  540001aa  b.ge    #0x210
;;        1e0:  1e780000  fcvtzs  w0, d0
;;        1e4:  910003bf  mov     sp, x29
;;        1e8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ec:  d65f03c0  ret
;;        1f0:  52800161  mov     w1, #0xb
;;        1f4:  97ffff83  bl      #0  ; trap site, wasm @0x0
;;        1f8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1fc:  52800081  mov     w1, #4
;;        200:  97ffff80  bl      #0  ; trap site, wasm @0x2c
;;        204:  f85f83a0  ldur    x0, [x29, #-8]
;;        208:  52800061  mov     w1, #3
;;        20c:  97ffff7d  bl      #0  ; trap site, wasm @0x2c
;;        210:  f85f83a0  ldur    x0, [x29, #-8]
;;        214:  52800061  mov     w1, #3
;;        218:  97ffff7a  bl      #0  ; trap site, wasm @0x2c
;;
;; 00000220 <[1] u>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  54000223  b.lo    #0x27c
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  1e202000  fcmp    s0, s0
;;        248:  540001e6  b.vs    #0x284
;;        24c:  52b7f010  mov     w16, #-0x40800000
;;        250:  1e27021f  fmov    s31, w16
;;        254:  1e3f2000  fcmp    s0, s31
;;        258:  540001c9  b.ls    #0x290
;;        25c:  52abf010  mov     w16, #0x5f800000
;;        260:  1e27021f  fmov    s31, w16
;;        264:  1e3f2000  fcmp    s0, s31
;;        268:  540001aa  b.ge    #0x29c
;;        26c:  9e390000  fcvtzu  x0, s0
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;        27c:  52800161  mov     w1, #0xb
;;        280:  97ffff60  bl      #0  ; trap site, wasm @0x0
;;        284:  f85f83a0  ldur    x0, [x29, #-8]
;;        288:  52800081  mov     w1, #4
;;        28c:  97ffff5d  bl      #0  ; trap site, wasm @0x32
;;        290:  f85f83a0  ldur    x0, [x29, #-8]
;;        294:  52800061  mov     w1, #3
;;        298:  97ffff5a  bl      #0  ; trap site, wasm @0x32
;;        29c:  f85f83a0  ldur    x0, [x29, #-8]
;;        2a0:  52800061  mov     w1, #3
;;        2a4:  97ffff57  bl      #0  ; trap site, wasm @0x32
