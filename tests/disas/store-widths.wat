(module (memory 1)
  (func (export "s8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "s16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "s32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "s64") (param i32 i64) (i64.store (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] s8
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = heap_base x0
;;      2  store x2, x1, x0, x0, bytes=1, offset=0, still=guarded, @0x44
;;      3  jump block1
;; block1:
;;      4  ret
;;
;; ;; function [1] s16
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = heap_base x0
;;      2  store x2, x1, x0, x0, bytes=2, wide, offset=0, still=guarded, @0x4e
;;      3  jump block1
;; block1:
;;      4  ret
;;
;; ;; function [2] s32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = heap_base x0
;;      2  store x2, x1, x0, x0, bytes=4, wide, offset=0, still=guarded, @0x58
;;      3  jump block1
;; block1:
;;      4  ret
;;
;; ;; function [3] s64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = heap_base x0
;;      2  store x2, x1, x0, x0, bytes=8, wide, offset=0, still=guarded, @0x62
;;      3  jump block1
;; block1:
;;      4  ret
;; ==== asm ====
;; 00000190 <[0] s8>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000123  b.lo    #0x1cc
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f9400400  ldr     x0, [x0, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  38214802  strb    w2, [x0, w1, uxtw]  ; trap site, wasm @0x44
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
;;        1cc:  52800161  mov     w1, #0xb
;;        1d0:  97ffff8c  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[1] s16>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000143  b.lo    #0x220
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  f9400400  ldr     x0, [x0, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  7861481f  ldrh    wzr, [x0, w1, uxtw]
;;        210:  78214802  strh    w2, [x0, w1, uxtw]  ; trap site, wasm @0x4e
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;        220:  52800161  mov     w1, #0xb
;;        224:  97ffff77  bl      #0  ; trap site, wasm @0x0
;;
;; 00000230 <[2] s32>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000143  b.lo    #0x270
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  f9400400  ldr     x0, [x0, #8]
;;        258:  f9400000  ldr     x0, [x0]
;;        25c:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        260:  b8214802  str     w2, [x0, w1, uxtw]  ; trap site, wasm @0x58
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  52800161  mov     w1, #0xb
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x0
;;
;; 00000280 <[3] s64>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  f9400010  ldr     x16, [x0]
;;        28c:  f9400610  ldr     x16, [x16, #8]
;;        290:  d10043f1  sub     x17, sp, #0x10
;;        294:  eb10023f  cmp     x17, x16
;;        298:  54000143  b.lo    #0x2c0
;;        29c:  9100023f  mov     sp, x17
;;        2a0:  f81f83a0  stur    x0, [x29, #-8]
;;        2a4:  f9400400  ldr     x0, [x0, #8]
;;        2a8:  f9400000  ldr     x0, [x0]
;;        2ac:  f861481f  ldr     xzr, [x0, w1, uxtw]
;;        2b0:  f8214802  str     x2, [x0, w1, uxtw]  ; trap site, wasm @0x62
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
;;        2c0:  52800161  mov     w1, #0xb
;;        2c4:  97ffff4f  bl      #0  ; trap site, wasm @0x0
