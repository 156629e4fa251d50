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
;; 00000190 <[0] get>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  f9406010  ldr     x16, [x0, #0xc0]
;;        1a4:  f9400611  ldr     x17, [x16, #8]
;;        1a8:  eb21423f  cmp     x17, w1, uxtw
;;        1ac:  540000c9  b.ls    #0x1c4
;;        1b0:  f9400210  ldr     x16, [x16]
;;        1b4:  f8615a00  ldr     x0, [x16, w1, uxtw #3]
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;        1c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c8:  528000c1  mov     w1, #6
;;        1cc:  97ffff8d  bl      #0  ; trap site, wasm @0x36
;;
;; 000001d0 <[1] set>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  d10043ff  sub     sp, sp, #0x10
;;        1dc:  f81f83a0  stur    x0, [x29, #-8]
;;        1e0:  f9406010  ldr     x16, [x0, #0xc0]
;;        1e4:  f9400611  ldr     x17, [x16, #8]
;;        1e8:  eb21423f  cmp     x17, w1, uxtw
;;        1ec:  540000c9  b.ls    #0x204
;;        1f0:  f9400210  ldr     x16, [x16]
;;        1f4:  f8215a02  str     x2, [x16, w1, uxtw #3]
;;        1f8:  910003bf  mov     sp, x29
;;        1fc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        200:  d65f03c0  ret
;;        204:  f85f83a0  ldur    x0, [x29, #-8]
;;        208:  528000c1  mov     w1, #6
;;        20c:  97ffff7d  bl      #0  ; trap site, wasm @0x3f
