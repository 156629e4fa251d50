;;! stages = asm
(module (type $t (func (result i32))) (table i64 2 funcref)
  (func (export "call") (param i64) (result i32) (return_call_indirect (type $t) (local.get 0))))
;; ==== asm ====
;; 000001f0 <[0] call>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  54000283  b.lo    #0x258
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  f9406010  ldr     x16, [x0, #0xc0]
;;        218:  f9400611  ldr     x17, [x16, #8]
;;        21c:  eb21623f  cmp     x17, x1, uxtx
;;        220:  54000209  b.ls    #0x260
;;        224:  f9400210  ldr     x16, [x16]
;;        228:  f8617a10  ldr     x16, [x16, x1, lsl #3]
;;        22c:  b4000210  cbz     x16, #0x26c
;;        230:  f9400c11  ldr     x17, [x0, #0x18]
;;        234:  b9400231  ldr     w17, [x17]
;;        238:  b9401200  ldr     w0, [x16, #0x10]
;;        23c:  6b11001f  cmp     w0, w17
;;        240:  540001c1  b.ne    #0x278
;;        244:  f9400600  ldr     x0, [x16, #8]
;;        248:  f9400210  ldr     x16, [x16]
;;        24c:  910003bf  mov     sp, x29
;;        250:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        254:  d61f0200  br      x16
;;        258:  52800161  mov     w1, #0xb
;;        25c:  97ffff69  bl      #0  ; trap site, wasm @0x0
;;        260:  f85f83a0  ldur    x0, [x29, #-8]
;;        264:  52800121  mov     w1, #9
;;        268:  97ffff66  bl      #0  ; trap site, wasm @0x2f
;;        26c:  f85f83a0  ldur    x0, [x29, #-8]
;;        270:  52800101  mov     w1, #8
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x2f
;;        278:  f85f83a0  ldur    x0, [x29, #-8]
;;        27c:  528000e1  mov     w1, #7
;;        280:  97ffff60  bl      #0  ; trap site, wasm @0x2f
