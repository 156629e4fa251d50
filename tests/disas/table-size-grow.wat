(module (table 1 externref)
  (func (export "size") (result i32) (table.size 0))
  (func (export "grow") (param externref i32) (result i32) (table.grow 0 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = table_size x0, slot=192
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] grow
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x4, x1
;;         mov x3, x2
;;      1  x1 = const bits=0
;;         mov x2, x4
;;      2  x0 = call_import x0, x1, x2, x3, slot=112, @0x40
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000250 <[0] size>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  f9406010  ldr     x16, [x0, #0xc0]
;;        264:  b9400a00  ldr     w0, [x16, #8]
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
;;
;; 00000280 <[1] grow>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  540001a3  b.lo    #0x2cc
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  aa0103e4  mov     x4, x1
;;        2a8:  aa0203e3  mov     x3, x2
;;        2ac:  52800001  mov     w1, #0
;;        2b0:  aa0403e2  mov     x2, x4
;;        2b4:  f9403810  ldr     x16, [x0, #0x70]
;;        2b8:  f9403c00  ldr     x0, [x0, #0x78]
;;        2bc:  d63f0200  blr     x16  ; trap site, wasm @0x40
;;        2c0:  910003bf  mov     sp, x29
;;        2c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c8:  d65f03c0  ret
;;        2cc:  97ffff60  bl      #0x4c  ; trap site, wasm @0x0
