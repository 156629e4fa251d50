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
;;        418:  54000503  b.lo    #0x4b8
;;        41c:  9100023f  mov     sp, x17
;;        420:  f81f83a0  stur    x0, [x29, #-8]
;;        424:  f90003f3  str     x19, [sp]
;;        428:  f90007f4  str     x20, [sp, #8]
;;        42c:  f9000bf5  str     x21, [sp, #0x10]
;;        430:  f9000ff6  str     x22, [sp, #0x18]
;;        434:  fd0013e8  str     d8, [sp, #0x20]
;;        438:  aa0003f3  mov     x19, x0
;;        43c:  aa0103f5  mov     x21, x1
;;        440:  b24d2bf0  mov     x16, #0x3ff8000000000000
;;        444:  9e670208  fmov    d8, x16
;;        448:  52800016  mov     w22, #0
;;        44c:  aa1603e1  mov     x1, x22
;;        450:  f940a010  ldr     x16, [x0, #0x140]
;;        454:  f940a400  ldr     x0, [x0, #0x148]
;;        458:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        45c:  aa0003f4  mov     x20, x0
;;        460:  aa1303e0  mov     x0, x19
;;        464:  aa1403e1  mov     x1, x20
;;        468:  aa1603e2  mov     x2, x22
;;        46c:  aa1503e3  mov     x3, x21
;;        470:  f940c010  ldr     x16, [x0, #0x180]
;;        474:  f940c400  ldr     x0, [x0, #0x188]
;;        478:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        47c:  320003e2  mov     w2, #1
;;        480:  aa1303e0  mov     x0, x19
;;        484:  aa1403e1  mov     x1, x20
;;        488:  1e604100  fmov    d0, d8
;;        48c:  f940d810  ldr     x16, [x0, #0x1b0]
;;        490:  f940dc00  ldr     x0, [x0, #0x1b8]
;;        494:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        498:  aa1303e0  mov     x0, x19
;;        49c:  aa1403e1  mov     x1, x20
;;        4a0:  f940a810  ldr     x16, [x0, #0x150]
;;        4a4:  f940ac00  ldr     x0, [x0, #0x158]
;;        4a8:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        4ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        4b0:  52800021  mov     w1, #1
;;        4b4:  97fffed3  bl      #0  ; trap site, wasm @0x2d
;;        4b8:  52800161  mov     w1, #0xb
;;        4bc:  97fffed1  bl      #0  ; trap site, wasm @0x0
