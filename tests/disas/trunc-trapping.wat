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
;; 000001b0 <[0] s>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  1e602000  fcmp    d0, d0
;;        1c4:  540001c6  b.vs    #0x1fc
;;        1c8:  d2a00410  mov     x16, #0x200000
;;        1cc:  f2f83c10  movk    x16, #0xc1e0, lsl #48
;;        1d0:  9e67021f  fmov    d31, x16
;;        1d4:  1e7f2000  fcmp    d0, d31
;;        1d8:  54000149  b.ls    #0x200
;;        1dc:  d2e83c10  mov     x16, #0x41e0000000000000
;;        1e0:  9e67021f  fmov    d31, x16
;;        1e4:  1e7f2000  fcmp    d0, d31
;;        1e8:  540000ea  b.ge    #0x204
;;        1ec:  1e780000  fcvtzs  w0, d0
;;        1f0:  910003bf  mov     sp, x29
;;        1f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f8:  d65f03c0  ret
;;        1fc:  97ffff97  bl      #0x58  ; trap site, wasm @0x2c
;;        200:  97ffff93  bl      #0x4c  ; trap site, wasm @0x2c
;;        204:  97ffff92  bl      #0x4c  ; trap site, wasm @0x2c
;;
;; 00000210 <[1] u>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  d10043ff  sub     sp, sp, #0x10
;;        21c:  f81f83a0  stur    x0, [x29, #-8]
;;        220:  1e202000  fcmp    s0, s0
;;        224:  540001a6  b.vs    #0x258
;;        228:  52b7f010  mov     w16, #-0x40800000
;;        22c:  1e27021f  fmov    s31, w16
;;        230:  1e3f2000  fcmp    s0, s31
;;        234:  54000149  b.ls    #0x25c
;;        238:  52abf010  mov     w16, #0x5f800000
;;        23c:  1e27021f  fmov    s31, w16
;;        240:  1e3f2000  fcmp    s0, s31
;;        244:  540000ea  b.ge    #0x260
;;        248:  9e390000  fcvtzu  x0, s0
;;        24c:  910003bf  mov     sp, x29
;;        250:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        254:  d65f03c0  ret
;;        258:  97ffff80  bl      #0x58  ; trap site, wasm @0x32
;;        25c:  97ffff7c  bl      #0x4c  ; trap site, wasm @0x32
;;        260:  97ffff7b  bl      #0x4c  ; trap site, wasm @0x32
