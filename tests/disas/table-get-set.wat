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
;; 000001a0 <[0] get>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  f9406010  ldr     x16, [x0, #0xc0]
;;        1b4:  f9400611  ldr     x17, [x16, #8]
;;        1b8:  eb21423f  cmp     x17, w1, uxtw
;;        1bc:  540000c9  b.ls    #0x1d4
;;        1c0:  f9400210  ldr     x16, [x16]
;;        1c4:  f8615a00  ldr     x0, [x16, w1, uxtw #3]
;;        1c8:  910003bf  mov     sp, x29
;;        1cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d0:  d65f03c0  ret
;;        1d4:  97ffff9e  bl      #0x4c  ; trap site, wasm @0x36
;;
;; 000001e0 <[1] set>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  f9406010  ldr     x16, [x0, #0xc0]
;;        1f4:  f9400611  ldr     x17, [x16, #8]
;;        1f8:  eb21423f  cmp     x17, w1, uxtw
;;        1fc:  540000c9  b.ls    #0x214
;;        200:  f9400210  ldr     x16, [x16]
;;        204:  f8215a02  str     x2, [x16, w1, uxtw #3]
;;        208:  910003bf  mov     sp, x29
;;        20c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        210:  d65f03c0  ret
;;        214:  97ffff8e  bl      #0x4c  ; trap site, wasm @0x3f
