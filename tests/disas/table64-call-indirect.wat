;;! stages = asm
(module (type $t (func (result i32))) (table i64 2 funcref)
  (func (export "call") (param i64) (result i32) (call_indirect (type $t) (local.get 0))))
;; ==== asm ====
;; 00000210 <[0] call>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10043f1  sub     x17, sp, #0x10
;;        224:  eb10023f  cmp     x17, x16
;;        228:  540002a3  b.lo    #0x27c
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  f9411810  ldr     x16, [x0, #0x230]
;;        238:  f9400611  ldr     x17, [x16, #8]
;;        23c:  eb21623f  cmp     x17, x1, uxtx
;;        240:  54000209  b.ls    #0x280
;;        244:  f9400210  ldr     x16, [x16]
;;        248:  f8617a10  ldr     x16, [x16, x1, lsl #3]
;;        24c:  b40001d0  cbz     x16, #0x284
;;        250:  f9400c11  ldr     x17, [x0, #0x18]
;;        254:  b9400231  ldr     w17, [x17]
;;        258:  b9401200  ldr     w0, [x16, #0x10]
;;        25c:  6b11001f  cmp     w0, w17
;;        260:  54000141  b.ne    #0x288
;;        264:  f9400211  ldr     x17, [x16]
;;        268:  f9400600  ldr     x0, [x16, #8]
;;        26c:  d63f0220  blr     x17  ; call, wasm @0x2f
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;        27c:  97ffff93  bl      #0xc8  ; trap site, wasm @0x0
;;        280:  97ffff8f  bl      #0xbc  ; trap site, wasm @0x2f
;;        284:  97ffff8b  bl      #0xb0  ; trap site, wasm @0x2f
;;        288:  97ffff87  bl      #0xa4  ; trap site, wasm @0x2f
