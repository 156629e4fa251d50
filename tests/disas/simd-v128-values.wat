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
;;      1  q0 = call x0, q0, func=0
;;      2  global_set q0, x19, slot=192, bytes=16
;;      3  q0 = global_get x19, slot=192, bytes=16
;;      4  jump block1
;; block1:
;;      5  ret q0
;; ==== asm ====
;; 00000290 <[0] id>:
;;        290:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        294:  910003fd  mov     x29, sp
;;        298:  d10043ff  sub     sp, sp, #0x10
;;        29c:  f81f83a0  stur    x0, [x29, #-8]
;;        2a0:  910003bf  mov     sp, x29
;;        2a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a8:  d65f03c0  ret
;;
;; 000002b0 <[1] consts>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  6f00e400  movi    v0.2d, #0000000000000000
;;        2c4:  4f00e421  movi    v1.16b, #1
;;        2c8:  9c000082  ldr     q2, #0x2d8
;;        2cc:  910003bf  mov     sp, x29
;;        2d0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d4:  d65f03c0  ret
;;        2d8:  00000001  udf     #1
;;        2dc:  00000002  udf     #2
;;        2e0:  00000003  udf     #3
;;
;; 000002f0 <[2] select>:
;;        2f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2f4:  910003fd  mov     x29, sp
;;        2f8:  d10043ff  sub     sp, sp, #0x10
;;        2fc:  f81f83a0  stur    x0, [x29, #-8]
;;        300:  6b02003f  cmp     w1, w2
;;        304:  da9fa3f0  csetm   x16, lt
;;        308:  4e080e1f  dup     v31.2d, x16
;;        30c:  6e611c1f  bsl     v31.16b, v0.16b, v1.16b
;;        310:  4ebf1fe0  mov     v0.16b, v31.16b
;;        314:  910003bf  mov     sp, x29
;;        318:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        31c:  d65f03c0  ret
;;
;; 00000320 <[3] call_global>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  f9400010  ldr     x16, [x0]
;;        32c:  f9400610  ldr     x16, [x16, #8]
;;        330:  d10043f1  sub     x17, sp, #0x10
;;        334:  eb10023f  cmp     x17, x16
;;        338:  540001c3  b.lo    #0x370
;;        33c:  9100023f  mov     sp, x17
;;        340:  f81f83a0  stur    x0, [x29, #-8]
;;        344:  f90003f3  str     x19, [sp]
;;        348:  aa0003f3  mov     x19, x0
;;        34c:  97ffffd1  bl      #0x290  ; [0] id
;;        350:  f9406270  ldr     x16, [x19, #0xc0]
;;        354:  3d800200  str     q0, [x16]
;;        358:  f9406270  ldr     x16, [x19, #0xc0]
;;        35c:  3dc00200  ldr     q0, [x16]
;;        360:  f94003f3  ldr     x19, [sp]
;;        364:  910003bf  mov     sp, x29
;;        368:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        36c:  d65f03c0  ret
;;        370:  97ffff37  bl      #0x4c  ; trap site, wasm @0x0
