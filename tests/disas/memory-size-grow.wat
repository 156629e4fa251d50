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
;; 00000230 <[0] size>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  f9400410  ldr     x16, [x0, #8]
;;        244:  f9400600  ldr     x0, [x16, #8]
;;        248:  d350fc00  lsr     x0, x0, #0x10
;;        24c:  910003bf  mov     sp, x29
;;        250:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        254:  d65f03c0  ret
;;
;; 00000260 <[1] grow>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000123  b.lo    #0x29c
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  f9401010  ldr     x16, [x0, #0x20]
;;        288:  f9401400  ldr     x0, [x0, #0x28]
;;        28c:  d63f0200  blr     x16  ; trap site, wasm @0x3b
;;        290:  910003bf  mov     sp, x29
;;        294:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        298:  d65f03c0  ret
;;        29c:  52800161  mov     w1, #0xb
;;        2a0:  97ffff58  bl      #0  ; trap site, wasm @0x0
