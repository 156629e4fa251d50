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
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000183  b.lo    #0x1d8
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f9406010  ldr     x16, [x0, #0xc0]
;;        1b8:  f9400611  ldr     x17, [x16, #8]
;;        1bc:  eb21423f  cmp     x17, w1, uxtw
;;        1c0:  54000109  b.ls    #0x1e0
;;        1c4:  f9400210  ldr     x16, [x16]
;;        1c8:  f8615a00  ldr     x0, [x16, w1, uxtw #3]
;;        1cc:  910003bf  mov     sp, x29
;;        1d0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d4:  d65f03c0  ret
;;        1d8:  52800161  mov     w1, #0xb
;;        1dc:  97ffff89  bl      #0  ; trap site, wasm @0x0
;;        1e0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1e4:  528000c1  mov     w1, #6
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x36
;;
;; 000001f0 <[1] set>:
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
;;        228:  f8215a02  str     x2, [x16, w1, uxtw #3]
;;        22c:  910003bf  mov     sp, x29
;;        230:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        234:  d65f03c0  ret
;;        238:  52800161  mov     w1, #0xb
;;        23c:  97ffff71  bl      #0  ; trap site, wasm @0x0
;;        240:  f85f83a0  ldur    x0, [x29, #-8]
;;        244:  528000c1  mov     w1, #6
;;        248:  97ffff6e  bl      #0  ; trap site, wasm @0x3f
