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
;; 00000240 <[0] size>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  f9406010  ldr     x16, [x0, #0xc0]
;;        254:  b9400a00  ldr     w0, [x16, #8]
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;
;; 00000270 <[1] grow>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  540001a3  b.lo    #0x2bc
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  aa0103e4  mov     x4, x1
;;        298:  aa0203e3  mov     x3, x2
;;        29c:  52800001  mov     w1, #0
;;        2a0:  aa0403e2  mov     x2, x4
;;        2a4:  f9403810  ldr     x16, [x0, #0x70]
;;        2a8:  f9403c00  ldr     x0, [x0, #0x78]
;;        2ac:  d63f0200  blr     x16  ; trap site, wasm @0x40
;;        2b0:  910003bf  mov     sp, x29
;;        2b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b8:  d65f03c0  ret
;;        2bc:  52800161  mov     w1, #0xb
;;        2c0:  97ffff50  bl      #0  ; trap site, wasm @0x0
