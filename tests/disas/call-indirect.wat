(module (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (func (export "f") (param i32 i32) (result i32) (call_indirect (type $t) (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = call_indirect x0, x1, x2, slot=560, type=0, @0x30
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000220 <[0] f>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  540002a3  b.lo    #0x28c
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  f9411810  ldr     x16, [x0, #0x230]
;;        248:  f9400611  ldr     x17, [x16, #8]
;;        24c:  eb22423f  cmp     x17, w2, uxtw
;;        250:  54000209  b.ls    #0x290
;;        254:  f9400210  ldr     x16, [x16]
;;        258:  f8625a10  ldr     x16, [x16, w2, uxtw #3]
;;        25c:  b40001d0  cbz     x16, #0x294
;;        260:  f9400c11  ldr     x17, [x0, #0x18]
;;        264:  b9400231  ldr     w17, [x17]
;;        268:  b9401200  ldr     w0, [x16, #0x10]
;;        26c:  6b11001f  cmp     w0, w17
;;        270:  54000141  b.ne    #0x298
;;        274:  f9400211  ldr     x17, [x16]
;;        278:  f9400600  ldr     x0, [x16, #8]
;;        27c:  d63f0220  blr     x17  ; call, wasm @0x30
;;        280:  910003bf  mov     sp, x29
;;        284:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        288:  d65f03c0  ret
;;        28c:  97ffff8f  bl      #0xc8  ; trap site, wasm @0x0
;;        290:  97ffff8b  bl      #0xbc  ; trap site, wasm @0x30
;;        294:  97ffff87  bl      #0xb0  ; trap site, wasm @0x30
;;        298:  97ffff83  bl      #0xa4  ; trap site, wasm @0x30
