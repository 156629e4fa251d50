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
;; 000001f0 <[0] s8>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  f9400400  ldr     x0, [x0, #8]
;;        204:  f9400000  ldr     x0, [x0]
;;        208:  38214802  strb    w2, [x0, w1, uxtw]  ; trap site, wasm @0x44
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;
;; 00000220 <[1] s16>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  f9400400  ldr     x0, [x0, #8]
;;        234:  f9400000  ldr     x0, [x0]
;;        238:  7861481f  ldrh    wzr, [x0, w1, uxtw]
;;        23c:  78214802  strh    w2, [x0, w1, uxtw]  ; trap site, wasm @0x4e
;;        240:  910003bf  mov     sp, x29
;;        244:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        248:  d65f03c0  ret
;;
;; 00000250 <[2] s32>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  f9400400  ldr     x0, [x0, #8]
;;        264:  f9400000  ldr     x0, [x0]
;;        268:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        26c:  b8214802  str     w2, [x0, w1, uxtw]  ; trap site, wasm @0x58
;;        270:  910003bf  mov     sp, x29
;;        274:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        278:  d65f03c0  ret
;;
;; 00000280 <[3] s64>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  f9400400  ldr     x0, [x0, #8]
;;        294:  f9400000  ldr     x0, [x0]
;;        298:  f861481f  ldr     xzr, [x0, w1, uxtw]
;;        29c:  f8214802  str     x2, [x0, w1, uxtw]  ; trap site, wasm @0x62
;;        2a0:  910003bf  mov     sp, x29
;;        2a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a8:  d65f03c0  ret
