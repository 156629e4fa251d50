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
;; 00000200 <[0] s>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  1e602000  fcmp    d0, d0
;;        214:  540001c6  b.vs    #0x24c
;;        218:  d2a00410  mov     x16, #0x200000
;;        21c:  f2f83c10  movk    x16, #0xc1e0, lsl #48
;;        220:  9e67021f  fmov    d31, x16
;;        224:  1e7f2000  fcmp    d0, d31
;;        228:  54000149  b.ls    #0x250
;;        22c:  d2e83c10  mov     x16, #0x41e0000000000000
;;        230:  9e67021f  fmov    d31, x16
;;        234:  1e7f2000  fcmp    d0, d31
;;        238:  540000ea  b.ge    #0x254
;;        23c:  1e780000  fcvtzs  w0, d0
;;        240:  910003bf  mov     sp, x29
;;        244:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        248:  d65f03c0  ret
;;        24c:  97ffff99  bl      #0xb0  ; trap site, wasm @0x2c
;;        250:  97ffff95  bl      #0xa4  ; trap site, wasm @0x2c
;;        254:  97ffff94  bl      #0xa4  ; trap site, wasm @0x2c
;;
;; 00000260 <[1] u>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  1e202000  fcmp    s0, s0
;;        274:  540001a6  b.vs    #0x2a8
;;        278:  52b7f010  mov     w16, #-0x40800000
;;        27c:  1e27021f  fmov    s31, w16
;;        280:  1e3f2000  fcmp    s0, s31
;;        284:  54000149  b.ls    #0x2ac
;;        288:  52abf010  mov     w16, #0x5f800000
;;        28c:  1e27021f  fmov    s31, w16
;;        290:  1e3f2000  fcmp    s0, s31
;;        294:  540000ea  b.ge    #0x2b0
;;        298:  9e390000  fcvtzu  x0, s0
;;        29c:  910003bf  mov     sp, x29
;;        2a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a4:  d65f03c0  ret
;;        2a8:  97ffff82  bl      #0xb0  ; trap site, wasm @0x32
;;        2ac:  97ffff7e  bl      #0xa4  ; trap site, wasm @0x32
;;        2b0:  97ffff7d  bl      #0xa4  ; trap site, wasm @0x32
