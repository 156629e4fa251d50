;;! stages = asm
(module (type $t (func (result i32))) (table i64 2 funcref)
  (func (export "call") (param i64) (result i32) (call_indirect (type $t) (local.get 0))))
;; ==== asm ====
;; 000001c0 <[0] call>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f9400610  ldr     x16, [x16, #8]
;;        1d0:  d10043f1  sub     x17, sp, #0x10
;;        1d4:  eb10023f  cmp     x17, x16
;;        1d8:  540002a3  b.lo    #0x22c
;;        1dc:  9100023f  mov     sp, x17
;;        1e0:  f81f83a0  stur    x0, [x29, #-8]
;;        1e4:  f9406010  ldr     x16, [x0, #0xc0]
;;        1e8:  f9400611  ldr     x17, [x16, #8]
;;        1ec:  eb21623f  cmp     x17, x1, uxtx
;;        1f0:  54000209  b.ls    #0x230
;;        1f4:  f9400210  ldr     x16, [x16]
;;        1f8:  f8617a10  ldr     x16, [x16, x1, lsl #3]
;;        1fc:  b40001d0  cbz     x16, #0x234
;;        200:  f9400c11  ldr     x17, [x0, #0x18]
;;        204:  b9400231  ldr     w17, [x17]
;;        208:  b9401200  ldr     w0, [x16, #0x10]
;;        20c:  6b11001f  cmp     w0, w17
;;        210:  54000141  b.ne    #0x238
;;        214:  f9400211  ldr     x17, [x16]
;;        218:  f9400600  ldr     x0, [x16, #8]
;;        21c:  d63f0220  blr     x17
;;        220:  910003bf  mov     sp, x29
;;        224:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        228:  d65f03c0  ret
;;        22c:  97ffff91  bl      #0x70  ; trap site, wasm @0x0
;;        230:  97ffff8d  bl      #0x64  ; trap site, wasm @0x2f
;;        234:  97ffff89  bl      #0x58  ; trap site, wasm @0x2f
;;        238:  97ffff85  bl      #0x4c  ; trap site, wasm @0x2f
