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
;; 000002e0 <[0] size>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  f9400410  ldr     x16, [x0, #8]
;;        2f4:  f9400600  ldr     x0, [x16, #8]
;;        2f8:  d350fc00  lsr     x0, x0, #0x10
;;        2fc:  910003bf  mov     sp, x29
;;        300:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        304:  d65f03c0  ret
;;
;; 00000310 <[1] grow>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  f9400010  ldr     x16, [x0]
;;        31c:  f9400610  ldr     x16, [x16, #8]
;;        320:  d10043f1  sub     x17, sp, #0x10
;;        324:  eb10023f  cmp     x17, x16
;;        328:  54000123  b.lo    #0x34c
;;        32c:  9100023f  mov     sp, x17
;;        330:  f81f83a0  stur    x0, [x29, #-8]
;;        334:  f9401010  ldr     x16, [x0, #0x20]
;;        338:  f9401400  ldr     x0, [x0, #0x28]
;;        33c:  d63f0200  blr     x16  ; call, wasm @0x3b
;;        340:  910003bf  mov     sp, x29
;;        344:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        348:  d65f03c0  ret
;;        34c:  97ffff56  bl      #0xa4  ; trap site, wasm @0x0
