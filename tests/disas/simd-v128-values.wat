;;! stages = alloc asm
(module
  (global $g (mut v128) (v128.const i64x2 0 0))
  (func $id (param v128) (result v128) (local.get 0))
  (func (export "consts") (result v128 v128 v128)
    (v128.const i32x4 0 0 0 0)
    (v128.const i8x16 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1)
    (v128.const i32x4 1 2 3 0x80000000))
  (func (export "select") (param v128 v128 i32 i32) (result v128)
    (select (local.get 0) (local.get 1) (i32.lt_s (local.get 2) (local.get 3))))
  (func (export "call_global") (param v128) (result v128)
    (global.set $g (call $id (local.get 0)))
    (global.get $g)))
;; ==== alloc ====
;; ;; function [0] id
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  jump block1
;; block1:
;;      2  ret q0
;;
;; ;; function [1] consts
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  q0 = v128_const bits=0
;;      2  q1 = v128_const bits=1334440654591915542993625911497130241
;;      3  q2 = v128_const bits=170141183460469231787027535945602695169
;;      4  jump block1
;; block1:
;;      5  ret q0, q1, q2
;;
;; ;; function [2] select
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0, q1, x1, x2 = args
;;      1  q0 = select_cmp q0, q1, x1, x2, type=v128, lt
;;      2  jump block1
;; block1:
;;      3  ret q0
;;
;; ;; function [3] call_global
;; ; spill slots: 0, callee-saved: x19
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;         mov x19, x0
;;      1  q0 = call x0, q0, func=0, @0xb2
;;      2  global_set q0, x19, slot=560, bytes=16
;;      3  q0 = global_get x19, slot=560, bytes=16
;;      4  jump block1
;; block1:
;;      5  ret q0
;; ==== asm ====
;; 000002e0 <[0] id>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  910003bf  mov     sp, x29
;;        2f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2f8:  d65f03c0  ret
;;
;; 00000300 <[1] consts>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  6f00e400  movi    v0.2d, #0000000000000000
;;        314:  4f00e421  movi    v1.16b, #1
;;        318:  9c000082  ldr     q2, #0x328
;;        31c:  910003bf  mov     sp, x29
;;        320:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        324:  d65f03c0  ret
;;        328:  00000001  udf     #1
;;        32c:  00000002  udf     #2
;;        330:  00000003  udf     #3
;;
;; 00000340 <[2] select>:
;;        340:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        344:  910003fd  mov     x29, sp
;;        348:  d10043ff  sub     sp, sp, #0x10
;;        34c:  f81f83a0  stur    x0, [x29, #-8]
;;        350:  6b02003f  cmp     w1, w2
;;        354:  da9fa3f0  csetm   x16, lt
;;        358:  4e080e1f  dup     v31.2d, x16
;;        35c:  6e611c1f  bsl     v31.16b, v0.16b, v1.16b
;;        360:  4ebf1fe0  mov     v0.16b, v31.16b
;;        364:  910003bf  mov     sp, x29
;;        368:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        36c:  d65f03c0  ret
;;
;; 00000370 <[3] call_global>:
;;        370:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        374:  910003fd  mov     x29, sp
;;        378:  f9400010  ldr     x16, [x0]
;;        37c:  f9400610  ldr     x16, [x16, #8]
;;        380:  d10043f1  sub     x17, sp, #0x10
;;        384:  eb10023f  cmp     x17, x16
;;        388:  540001c3  b.lo    #0x3c0
;;        38c:  9100023f  mov     sp, x17
;;        390:  f81f83a0  stur    x0, [x29, #-8]
;;        394:  f90003f3  str     x19, [sp]
;;        398:  aa0003f3  mov     x19, x0
;;        39c:  97ffffd1  bl      #0x2e0  ; [0] id, wasm @0xb2
;;        3a0:  f9411a70  ldr     x16, [x19, #0x230]
;;        3a4:  3d800200  str     q0, [x16]
;;        3a8:  f9411a70  ldr     x16, [x19, #0x230]
;;        3ac:  3dc00200  ldr     q0, [x16]
;;        3b0:  f94003f3  ldr     x19, [sp]
;;        3b4:  910003bf  mov     sp, x29
;;        3b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3bc:  d65f03c0  ret
;;        3c0:  97ffff39  bl      #0xa4  ; trap site, wasm @0x0
