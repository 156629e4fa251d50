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
;;      2  global_set q0, x19, slot=192, bytes=16
;;      3  q0 = global_get x19, slot=192, bytes=16
;;      4  jump block1
;; block1:
;;      5  ret q0
;; ==== asm ====
;; 000002e0 <[0] id>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  f9400010  ldr     x16, [x0]
;;        2ec:  f9400610  ldr     x16, [x16, #8]
;;        2f0:  d10043f1  sub     x17, sp, #0x10
;;        2f4:  eb10023f  cmp     x17, x16
;;        2f8:  540000c3  b.lo    #0x310
;;        2fc:  9100023f  mov     sp, x17
;;        300:  f81f83a0  stur    x0, [x29, #-8]
;;        304:  910003bf  mov     sp, x29
;;        308:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        30c:  d65f03c0  ret
;;        310:  52800161  mov     w1, #0xb
;;        314:  97ffff3b  bl      #0  ; trap site, wasm @0x0
;;
;; 00000320 <[1] consts>:
;;        320:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        324:  910003fd  mov     x29, sp
;;        328:  f9400010  ldr     x16, [x0]
;;        32c:  f9400610  ldr     x16, [x16, #8]
;;        330:  d10043f1  sub     x17, sp, #0x10
;;        334:  eb10023f  cmp     x17, x16
;;        338:  54000123  b.lo    #0x35c
;;        33c:  9100023f  mov     sp, x17
;;        340:  f81f83a0  stur    x0, [x29, #-8]
;;        344:  6f00e400  movi    v0.2d, #0000000000000000
;;        348:  4f00e421  movi    v1.16b, #1
;;        34c:  9c0000c2  ldr     q2, #0x364
;;        350:  910003bf  mov     sp, x29
;;        354:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        358:  d65f03c0  ret
;;        35c:  52800161  mov     w1, #0xb
;;        360:  97ffff28  bl      #0  ; trap site, wasm @0x0
;;        364:  00000001  udf     #1
;;        368:  00000002  udf     #2
;;        36c:  00000003  udf     #3
;;
;; 00000380 <[2] select>:
;;        380:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        384:  910003fd  mov     x29, sp
;;        388:  f9400010  ldr     x16, [x0]
;;        38c:  f9400610  ldr     x16, [x16, #8]
;;        390:  d10043f1  sub     x17, sp, #0x10
;;        394:  eb10023f  cmp     x17, x16
;;        398:  54000163  b.lo    #0x3c4
;;        39c:  9100023f  mov     sp, x17
;;        3a0:  f81f83a0  stur    x0, [x29, #-8]
;;        3a4:  6b02003f  cmp     w1, w2
;;        3a8:  da9fa3f0  csetm   x16, lt
;;        3ac:  4e080e1f  dup     v31.2d, x16
;;        3b0:  6e611c1f  bsl     v31.16b, v0.16b, v1.16b
;;        3b4:  4ebf1fe0  mov     v0.16b, v31.16b
;;        3b8:  910003bf  mov     sp, x29
;;        3bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        3c0:  d65f03c0  ret
;;        3c4:  52800161  mov     w1, #0xb
;;        3c8:  97ffff0e  bl      #0  ; trap site, wasm @0x0
;;
;; 000003d0 <[3] call_global>:
;;        3d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        3d4:  910003fd  mov     x29, sp
;;        3d8:  f9400010  ldr     x16, [x0]
;;        3dc:  f9400610  ldr     x16, [x16, #8]
;;        3e0:  d10043f1  sub     x17, sp, #0x10
;;        3e4:  eb10023f  cmp     x17, x16
;;        3e8:  540001c3  b.lo    #0x420
;;        3ec:  9100023f  mov     sp, x17
;;        3f0:  f81f83a0  stur    x0, [x29, #-8]
;;        3f4:  f90003f3  str     x19, [sp]
;;        3f8:  aa0003f3  mov     x19, x0
;;        3fc:  97ffffb9  bl      #0x2e0  ; [0] id, wasm @0xb2
;;        400:  f9406270  ldr     x16, [x19, #0xc0]
;;        404:  3d800200  str     q0, [x16]
;;        408:  f9406270  ldr     x16, [x19, #0xc0]
;;        40c:  3dc00200  ldr     q0, [x16]
;;        410:  f94003f3  ldr     x19, [sp]
;;        414:  910003bf  mov     sp, x29
;;        418:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        41c:  d65f03c0  ret
;;        420:  52800161  mov     w1, #0xb
;;        424:  97fffef7  bl      #0  ; trap site, wasm @0x0
