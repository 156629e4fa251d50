;;! stages = asm
(module (type $t (func (result i32))) (table i64 2 funcref)
  (func (export "call") (param i64) (result i32) (return_call_indirect (type $t) (local.get 0))))
;; ==== asm ====
;; 00000190 <[0] call>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000283  b.lo    #0x1f8
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f9406010  ldr     x16, [x0, #0xc0]
;;        1b8:  f9400611  ldr     x17, [x16, #8]
;;        1bc:  eb21623f  cmp     x17, x1, uxtx
;;        1c0:  54000209  b.ls    #0x200
;;        1c4:  f9400210  ldr     x16, [x16]
;;        1c8:  f8617a10  ldr     x16, [x16, x1, lsl #3]
;;        1cc:  b4000210  cbz     x16, #0x20c
;;        1d0:  f9400c11  ldr     x17, [x0, #0x18]
;;        1d4:  b9400231  ldr     w17, [x17]
;;        1d8:  b9401200  ldr     w0, [x16, #0x10]
;;        1dc:  6b11001f  cmp     w0, w17
;;        1e0:  540001c1  b.ne    #0x218
;;        1e4:  f9400600  ldr     x0, [x16, #8]
;;        1e8:  f9400210  ldr     x16, [x16]
;;        1ec:  910003bf  mov     sp, x29
;;        1f0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f4:  d61f0200  br      x16
;;        1f8:  52800161  mov     w1, #0xb
;;        1fc:  97ffff81  bl      #0  ; trap site, wasm @0x0
;;        200:  f85f83a0  ldur    x0, [x29, #-8]
;;        204:  52800121  mov     w1, #9
;;        208:  97ffff7e  bl      #0  ; trap site, wasm @0x2f
;;        20c:  f85f83a0  ldur    x0, [x29, #-8]
;;        210:  52800101  mov     w1, #8
;;        214:  97ffff7b  bl      #0  ; trap site, wasm @0x2f
;;        218:  f85f83a0  ldur    x0, [x29, #-8]
;;        21c:  528000e1  mov     w1, #7
;;        220:  97ffff78  bl      #0  ; trap site, wasm @0x2f
