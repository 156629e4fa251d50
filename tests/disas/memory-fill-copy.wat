(module (memory 1)
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] fill
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  call_import x0, x1, x2, x3, slot=48, @0x37
;;      2  jump block1
;; block1:
;;      3  ret
;;
;; ;; function [1] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3 = args
;;      1  call_import x0, x1, x2, x3, slot=64, @0x43
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 00000240 <[0] fill>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000123  b.lo    #0x27c
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  f9401810  ldr     x16, [x0, #0x30]
;;        268:  f9401c00  ldr     x0, [x0, #0x38]
;;        26c:  d63f0200  blr     x16  ; trap site, wasm @0x37
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;        27c:  97ffff74  bl      #0x4c  ; trap site, wasm @0x0
;;
;; 00000280 <[1] copy>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000123  b.lo    #0x2bc
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  f9402010  ldr     x16, [x0, #0x40]
;;        2a8:  f9402400  ldr     x0, [x0, #0x48]
;;        2ac:  d63f0200  blr     x16  ; trap site, wasm @0x43
;;        2b0:  910003bf  mov     sp, x29
;;        2b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b8:  d65f03c0  ret
;;        2bc:  97ffff64  bl      #0x4c  ; trap site, wasm @0x0
