(module (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (func (export "f") (param i32 i32) (result i32)
    (return_call_indirect (type $t) (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:
;;      0  x0, x1, x2 = args
;;      1  return_call_indirect x0, x1, x2, slot=192, type=0, @0x30
;; ==== asm ====
;; 000001a0 <[0] f>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  54000283  b.lo    #0x208
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  f9406010  ldr     x16, [x0, #0xc0]
;;        1c8:  f9400611  ldr     x17, [x16, #8]
;;        1cc:  eb22423f  cmp     x17, w2, uxtw
;;        1d0:  54000209  b.ls    #0x210
;;        1d4:  f9400210  ldr     x16, [x16]
;;        1d8:  f8625a10  ldr     x16, [x16, w2, uxtw #3]
;;        1dc:  b4000210  cbz     x16, #0x21c
;;        1e0:  f9400c11  ldr     x17, [x0, #0x18]
;;        1e4:  b9400231  ldr     w17, [x17]
;;        1e8:  b9401200  ldr     w0, [x16, #0x10]
;;        1ec:  6b11001f  cmp     w0, w17
;;        1f0:  540001c1  b.ne    #0x228
;;        1f4:  f9400600  ldr     x0, [x16, #8]
;;        1f8:  f9400210  ldr     x16, [x16]
;;        1fc:  910003bf  mov     sp, x29
;;        200:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        204:  d61f0200  br      x16
;;        208:  52800161  mov     w1, #0xb
;;        20c:  97ffff7d  bl      #0  ; trap site, wasm @0x0
;;        210:  f85f83a0  ldur    x0, [x29, #-8]
;;        214:  52800121  mov     w1, #9
;;        218:  97ffff7a  bl      #0  ; trap site, wasm @0x30
;;        21c:  f85f83a0  ldur    x0, [x29, #-8]
;;        220:  52800101  mov     w1, #8
;;        224:  97ffff77  bl      #0  ; trap site, wasm @0x30
;;        228:  f85f83a0  ldur    x0, [x29, #-8]
;;        22c:  528000e1  mov     w1, #7
;;        230:  97ffff74  bl      #0  ; trap site, wasm @0x30
