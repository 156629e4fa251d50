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
;; 00000410 <[0]>:
;;        410:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        414:  910003fd  mov     x29, sp
;;        418:  f9400010  ldr     x16, [x0]
;;        41c:  f9400610  ldr     x16, [x16, #8]
;;        420:  d100c3f1  sub     x17, sp, #0x30
;;        424:  eb10023f  cmp     x17, x16
;;        428:  54000463  b.lo    #0x4b4
;;        42c:  9100023f  mov     sp, x17
;;        430:  f81f83a0  stur    x0, [x29, #-8]
;;        434:  a90053f3  stp     x19, x20, [sp]
;;        438:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        43c:  fd0013e8  str     d8, [sp, #0x20]
;;        440:  aa0003f3  mov     x19, x0
;;        444:  aa0103f5  mov     x21, x1
;;        448:  1e6f1008  fmov    d8, #1.50000000
;;        44c:  52800016  mov     w22, #0
;;        450:  aa1603e1  mov     x1, x22
;;        454:  f940a010  ldr     x16, [x0, #0x140]
;;        458:  f940a400  ldr     x0, [x0, #0x148]
;;        45c:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        460:  aa0003f4  mov     x20, x0
;;        464:  aa1303e0  mov     x0, x19
;;        468:  aa1403e1  mov     x1, x20
;;        46c:  aa1603e2  mov     x2, x22
;;        470:  aa1503e3  mov     x3, x21
;;        474:  f940c010  ldr     x16, [x0, #0x180]
;;        478:  f940c400  ldr     x0, [x0, #0x188]
;;        47c:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        480:  320003e2  mov     w2, #1
;;        484:  aa1303e0  mov     x0, x19
;;        488:  aa1403e1  mov     x1, x20
;;        48c:  1e604100  fmov    d0, d8
;;        490:  f940d810  ldr     x16, [x0, #0x1b0]
;;        494:  f940dc00  ldr     x0, [x0, #0x1b8]
;;        498:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        49c:  aa1303e0  mov     x0, x19
;;        4a0:  aa1403e1  mov     x1, x20
;;        4a4:  f940a810  ldr     x16, [x0, #0x150]
;;        4a8:  f940ac00  ldr     x0, [x0, #0x158]
;;        4ac:  d63f0200  blr     x16  ; trap site, wasm @0x2d
;;        4b0:  97fffee7  bl      #0x4c  ; trap site, wasm @0x2d
;;        4b4:  97fffee9  bl      #0x58  ; trap site, wasm @0x0
