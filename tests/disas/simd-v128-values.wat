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
;; 00000280 <[0] id>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  910003bf  mov     sp, x29
;;        294:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        298:  d65f03c0  ret
;;
;; 000002a0 <[1] consts>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  d10043ff  sub     sp, sp, #0x10
;;        2ac:  f81f83a0  stur    x0, [x29, #-8]
;;        2b0:  6f00e400  movi    v0.2d, #0000000000000000
;;        2b4:  4f00e421  movi    v1.16b, #1
;;        2b8:  9c000082  ldr     q2, #0x2c8
;;        2bc:  910003bf  mov     sp, x29
;;        2c0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2c4:  d65f03c0  ret
;;        2c8:  00000001  udf     #1
;;        2cc:  00000002  udf     #2
;;        2d0:  00000003  udf     #3
;;
;; 000002e0 <[2] select>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  6b02003f  cmp     w1, w2
;;        2f4:  da9fa3f0  csetm   x16, lt
;;        2f8:  4e080e1f  dup     v31.2d, x16
;;        2fc:  6e611c1f  bsl     v31.16b, v0.16b, v1.16b
;;        300:  4ebf1fe0  mov     v0.16b, v31.16b
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
;;
;; 00000310 <[3] call_global>:
;;        310:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        314:  910003fd  mov     x29, sp
;;        318:  f9400010  ldr     x16, [x0]
;;        31c:  f9400610  ldr     x16, [x16, #8]
;;        320:  d10043f1  sub     x17, sp, #0x10
;;        324:  eb10023f  cmp     x17, x16
;;        328:  540001c3  b.lo    #0x360
;;        32c:  9100023f  mov     sp, x17
;;        330:  f81f83a0  stur    x0, [x29, #-8]
;;        334:  f90003f3  str     x19, [sp]
;;        338:  aa0003f3  mov     x19, x0
;;        33c:  97ffffd1  bl      #0x280  ; [0] id
;;        340:  f9406270  ldr     x16, [x19, #0xc0]
;;        344:  3d800200  str     q0, [x16]
;;        348:  f9406270  ldr     x16, [x19, #0xc0]
;;        34c:  3dc00200  ldr     q0, [x16]
;;        350:  f94003f3  ldr     x19, [sp]
;;        354:  910003bf  mov     sp, x29
;;        358:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        35c:  d65f03c0  ret
;;        360:  52800161  mov     w1, #0xb
;;        364:  97ffff27  bl      #0  ; trap site, wasm @0x0
