(module (memory 1)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
;; ==== alloc ====
;; ;; function [0] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = memory_size x0
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] grow
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = call_import x0, x1, slot=32, @0x3b
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000240 <[0] size>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  f9400410  ldr     x16, [x0, #8]
;;        254:  f9400600  ldr     x0, [x16, #8]
;;        258:  d350fc00  lsr     x0, x0, #0x10
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;
;; 00000270 <[1] grow>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  54000123  b.lo    #0x2ac
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  f9401010  ldr     x16, [x0, #0x20]
;;        298:  f9401400  ldr     x0, [x0, #0x28]
;;        29c:  d63f0200  blr     x16  ; trap site, wasm @0x3b
;;        2a0:  910003bf  mov     sp, x29
;;        2a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a8:  d65f03c0  ret
;;        2ac:  97ffff68  bl      #0x4c  ; trap site, wasm @0x0
