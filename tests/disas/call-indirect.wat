(module (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (func (export "f") (param i32 i32) (result i32) (call_indirect (type $t) (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = call_indirect x0, x1, x2, slot=192, type=0, @0x30
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000200 <[0] f>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  540002a3  b.lo    #0x26c
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  f9406010  ldr     x16, [x0, #0xc0]
;;        228:  f9400611  ldr     x17, [x16, #8]
;;        22c:  eb22423f  cmp     x17, w2, uxtw
;;        230:  54000229  b.ls    #0x274
;;        234:  f9400210  ldr     x16, [x16]
;;        238:  f8625a10  ldr     x16, [x16, w2, uxtw #3]
;;        23c:  b4000230  cbz     x16, #0x280
;;        240:  f9400c11  ldr     x17, [x0, #0x18]
;;        244:  b9400231  ldr     w17, [x17]
;;        248:  b9401200  ldr     w0, [x16, #0x10]
;;        24c:  6b11001f  cmp     w0, w17
;;        250:  540001e1  b.ne    #0x28c
;;        254:  f9400211  ldr     x17, [x16]
;;        258:  f9400600  ldr     x0, [x16, #8]
;;        25c:  d63f0220  blr     x17  ; call, wasm @0x30
;;        260:  910003bf  mov     sp, x29
;;        264:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        268:  d65f03c0  ret
;;        26c:  52800161  mov     w1, #0xb
;;        270:  97ffff64  bl      #0  ; trap site, wasm @0x0
;;        274:  f85f83a0  ldur    x0, [x29, #-8]
;;        278:  52800121  mov     w1, #9
;;        27c:  97ffff61  bl      #0  ; trap site, wasm @0x30
;;        280:  f85f83a0  ldur    x0, [x29, #-8]
;;        284:  52800101  mov     w1, #8
;;        288:  97ffff5e  bl      #0  ; trap site, wasm @0x30
;;        28c:  f85f83a0  ldur    x0, [x29, #-8]
;;        290:  528000e1  mov     w1, #7
;;        294:  97ffff5b  bl      #0  ; trap site, wasm @0x30
