(module (table 4 funcref)
  (func (export "get") (param i32) (result funcref) (table.get 0 (local.get 0)))
  (func (export "set") (param i32 funcref) (table.set 0 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] get
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = table_get x1, x0, slot=192, @0x36
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] set
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  table_set x2, x1, x0, slot=192, @0x3f
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 000001f0 <[0] get>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000183  b.lo    #0x238
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  f9406010  ldr     x16, [x0, #0xc0]
;;        218:  f9400611  ldr     x17, [x16, #8]
;;        21c:  eb21423f  cmp     x17, w1, uxtw
;;        220:  54000109  b.ls    #0x240
;;        224:  f9400210  ldr     x16, [x16]
;;        228:  f8615a00  ldr     x0, [x16, w1, uxtw #3]
;;        22c:  910003bf  mov     sp, x29
;;        230:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        234:  d65f03c0  ret
;;        238:  52800161  mov     w1, #0xb
;;        23c:  97ffff71  bl      #0  ; trap site, wasm @0x0
;;        240:  f85f83a0  ldur    x0, [x29, #-8]
;;        244:  528000c1  mov     w1, #6
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x36
;;
;; 00000250 <[1] set>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  f9400010  ldr     x16, [x0]
;;        25c:  f9400610  ldr     x16, [x16, #8]
;;        260:  d10043f1  sub     x17, sp, #0x10
;;        264:  eb10023f  cmp     x17, x16
;;        268:  54000183  b.lo    #0x298
;;        26c:  9100023f  mov     sp, x17
;;        270:  f81f83a0  stur    x0, [x29, #-8]
;;        274:  f9406010  ldr     x16, [x0, #0xc0]
;;        278:  f9400611  ldr     x17, [x16, #8]
;;        27c:  eb21423f  cmp     x17, w1, uxtw
;;        280:  54000109  b.ls    #0x2a0
;;        284:  f9400210  ldr     x16, [x16]
;;        288:  f8215a02  str     x2, [x16, w1, uxtw #3]
;;        28c:  910003bf  mov     sp, x29
;;        290:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        294:  d65f03c0  ret
;;        298:  52800161  mov     w1, #0xb
;;        29c:  97ffff59  bl      #0  ; trap site, wasm @0x0
;;        2a0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2a4:  528000c1  mov     w1, #6
;;        2a8:  97ffff56  bl      #0  ; trap site, wasm @0x3f
