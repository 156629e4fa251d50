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
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  1e602000  fcmp    d0, d0
;;        1a4:  540001c6  b.vs    #0x1dc
;;        1a8:  d2a00410  mov     x16, #0x200000
;;        1ac:  f2f83c10  movk    x16, #0xc1e0, lsl #48
;;        1b0:  9e67021f  fmov    d31, x16
;;        1b4:  1e7f2000  fcmp    d0, d31
;;        1b8:  54000189  b.ls    #0x1e8
;;        1bc:  d2e83c10  mov     x16, #0x41e0000000000000
;;        1c0:  9e67021f  fmov    d31, x16
;;        1c4:  1e7f2000  fcmp    d0, d31
;;        1c8:  5400016a  b.ge    #0x1f4
;;        1cc:  1e780000  fcvtzs  w0, d0
;;        1d0:  910003bf  mov     sp, x29
;;        1d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d8:  d65f03c0  ret
;;        1dc:  f85f83a0  ldur    x0, [x29, #-8]
;;        1e0:  52800081  mov     w1, #4
;;        1e4:  97ffff87  bl      #0  ; trap site, wasm @0x2c
;;        1e8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1ec:  52800061  mov     w1, #3
;;        1f0:  97ffff84  bl      #0  ; trap site, wasm @0x2c
;;        1f4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1f8:  52800061  mov     w1, #3
;;        1fc:  97ffff81  bl      #0  ; trap site, wasm @0x2c
;;
;; 00000200 <[1] u>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  1e202000  fcmp    s0, s0
;;        214:  540001a6  b.vs    #0x248
;;        218:  52b7f010  mov     w16, #-0x40800000
;;        21c:  1e27021f  fmov    s31, w16
;;        220:  1e3f2000  fcmp    s0, s31
;;        224:  54000189  b.ls    #0x254
;;        228:  52abf010  mov     w16, #0x5f800000
;;        22c:  1e27021f  fmov    s31, w16
;;        230:  1e3f2000  fcmp    s0, s31
;;        234:  5400016a  b.ge    #0x260
;;        238:  9e390000  fcvtzu  x0, s0
;;        23c:  910003bf  mov     sp, x29
;;        240:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        244:  d65f03c0  ret
;;        248:  f85f83a0  ldur    x0, [x29, #-8]
;;        24c:  52800081  mov     w1, #4
;;        250:  97ffff6c  bl      #0  ; trap site, wasm @0x32
;;        254:  f85f83a0  ldur    x0, [x29, #-8]
;;        258:  52800061  mov     w1, #3
;;        25c:  97ffff69  bl      #0  ; trap site, wasm @0x32
;;        260:  f85f83a0  ldur    x0, [x29, #-8]
;;        264:  52800061  mov     w1, #3
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x32
