(module (table 4 funcref)
  (func (export "get") (param i32) (result funcref) (table.get 0 (local.get 0)))
  (func (export "set") (param i32 funcref) (table.set 0 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] get
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = table_get x1, x0, slot=560, @0x36
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] set
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  table_set x2, x1, x0, slot=560, @0x3f
;;      2  jump block1
;; block1:
;;      3  ret
;; ==== asm ====
;; 000001f0 <[0] get>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  f9411810  ldr     x16, [x0, #0x230]
;;        204:  f9400611  ldr     x17, [x16, #8]
;;        208:  eb21423f  cmp     x17, w1, uxtw
;;        20c:  540000c9  b.ls    #0x224
;;        210:  f9400210  ldr     x16, [x16]
;;        214:  f8615a00  ldr     x0, [x16, w1, uxtw #3]
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  97ffffa0  bl      #0xa4  ; trap site, wasm @0x36
;;
;; 00000230 <[1] set>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  f9411810  ldr     x16, [x0, #0x230]
;;        244:  f9400611  ldr     x17, [x16, #8]
;;        248:  eb21423f  cmp     x17, w1, uxtw
;;        24c:  540000c9  b.ls    #0x264
;;        250:  f9400210  ldr     x16, [x16]
;;        254:  f8215a02  str     x2, [x16, w1, uxtw #3]
;;        258:  910003bf  mov     sp, x29
;;        25c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        260:  d65f03c0  ret
;;        264:  97ffff90  bl      #0xa4  ; trap site, wasm @0x3f
