;;! stages = ir asm
;; throw outside any try_table: a new exception (exn.new), its payload (exn.set.*), then
;; exn.throw, which never returns; no landing check follows.
(module
  (tag $e (param i32 f64))
  (func (param i32) (throw $e (local.get 0) (f64.const 1.5))))
;; ==== ir ====
;; ;; function [0]
;; function u0:0(i32) -> () {
;; block0(v0: i64, v1: i32):
;;     v2 = f64.const 1.5 ; 0x3ff8000000000000
;;     v3 = i32.const 0
;;     v4 = builtin exn.new, v0, v3 @0x2d
;;     v5 = i32.const 0
;;     builtin exn.set.i32, v0, v4, v5, v1 @0x2d
;;     v6 = i32.const 1
;;     builtin exn.set.f64, v0, v4, v6, v2 @0x2d
;;     builtin exn.throw, v0, v4 @0x2d
;;     trap unreachable @0x2d
;; }
;; ==== asm ====
;; 00000400 <[0]>:
;;        400:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        404:  910003fd  mov     x29, sp
;;        408:  f9400010  ldr     x16, [x0]
;;        40c:  f9400610  ldr     x16, [x16, #8]
;;        410:  d100c3f1  sub     x17, sp, #0x30
;;        414:  eb10023f  cmp     x17, x16
;;        418:  540004c3  b.lo    #0x4b0
;;        41c:  9100023f  mov     sp, x17
;;        420:  f81f83a0  stur    x0, [x29, #-8]
;;        424:  a90053f3  stp     x19, x20, [sp]
;;        428:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        42c:  fd0013e8  str     d8, [sp, #0x20]
;;        430:  aa0003f3  mov     x19, x0
;;        434:  aa0103f5  mov     x21, x1
;;        438:  b24d2bf0  mov     x16, #0x3ff8000000000000
;;        43c:  9e670208  fmov    d8, x16
;;        440:  52800016  mov     w22, #0
;;        444:  aa1603e1  mov     x1, x22
;;        448:  f940a010  ldr     x16, [x0, #0x140]
;;        44c:  f940a400  ldr     x0, [x0, #0x148]
;;        450:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        454:  aa0003f4  mov     x20, x0
;;        458:  aa1303e0  mov     x0, x19
;;        45c:  aa1403e1  mov     x1, x20
;;        460:  aa1603e2  mov     x2, x22
;;        464:  aa1503e3  mov     x3, x21
;;        468:  f940c010  ldr     x16, [x0, #0x180]
;;        46c:  f940c400  ldr     x0, [x0, #0x188]
;;        470:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        474:  320003e2  mov     w2, #1
;;        478:  aa1303e0  mov     x0, x19
;;        47c:  aa1403e1  mov     x1, x20
;;        480:  1e604100  fmov    d0, d8
;;        484:  f940d810  ldr     x16, [x0, #0x1b0]
;;        488:  f940dc00  ldr     x0, [x0, #0x1b8]
;;        48c:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        490:  aa1303e0  mov     x0, x19
;;        494:  aa1403e1  mov     x1, x20
;;        498:  f940a810  ldr     x16, [x0, #0x150]
;;        49c:  f940ac00  ldr     x0, [x0, #0x158]
;;        4a0:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        4a4:  f85f83a0  ldur    x0, [x29, #-8]
;;        4a8:  52800021  mov     w1, #1
;;        4ac:  97fffed5  bl      #0  ; trap site, wasm @0x2d
;;        4b0:  52800161  mov     w1, #0xb
;;        4b4:  97fffed3  bl      #0  ; trap site, wasm @0x0
