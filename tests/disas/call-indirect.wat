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
;; 000001d0 <[0] f>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  540002a3  b.lo    #0x23c
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  f9406010  ldr     x16, [x0, #0xc0]
;;        1f8:  f9400611  ldr     x17, [x16, #8]
;;        1fc:  eb22423f  cmp     x17, w2, uxtw
;;        200:  54000209  b.ls    #0x240
;;        204:  f9400210  ldr     x16, [x16]
;;        208:  f8625a10  ldr     x16, [x16, w2, uxtw #3]
;;        20c:  b40001d0  cbz     x16, #0x244
;;        210:  f9400c11  ldr     x17, [x0, #0x18]
;;        214:  b9400231  ldr     w17, [x17]
;;        218:  b9401200  ldr     w0, [x16, #0x10]
;;        21c:  6b11001f  cmp     w0, w17
;;        220:  54000141  b.ne    #0x248
;;        224:  f9400211  ldr     x17, [x16]
;;        228:  f9400600  ldr     x0, [x16, #8]
;;        22c:  d63f0220  blr     x17
;;        230:  910003bf  mov     sp, x29
;;        234:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        238:  d65f03c0  ret
;;        23c:  97ffff8d  bl      #0x70  ; trap site, wasm @0x0
;;        240:  97ffff89  bl      #0x64  ; trap site, wasm @0x30
;;        244:  97ffff85  bl      #0x58  ; trap site, wasm @0x30
;;        248:  97ffff81  bl      #0x4c  ; trap site, wasm @0x30
