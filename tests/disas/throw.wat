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
;; 000005c0 <[0]>:
;;        5c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5c4:  910003fd  mov     x29, sp
;;        5c8:  f9400010  ldr     x16, [x0]
;;        5cc:  f9400610  ldr     x16, [x16, #8]
;;        5d0:  d100c3f1  sub     x17, sp, #0x30
;;        5d4:  eb10023f  cmp     x17, x16
;;        5d8:  54000503  b.lo    #0x678
;;        5dc:  9100023f  mov     sp, x17
;;        5e0:  f81f83a0  stur    x0, [x29, #-8]
;;        5e4:  f90003f3  str     x19, [sp]
;;        5e8:  f90007f4  str     x20, [sp, #8]
;;        5ec:  f9000bf5  str     x21, [sp, #0x10]
;;        5f0:  f9000ff6  str     x22, [sp, #0x18]
;;        5f4:  fd0013e8  str     d8, [sp, #0x20]
;;        5f8:  aa0003f3  mov     x19, x0
;;        5fc:  aa0103f5  mov     x21, x1
;;        600:  b24d2bf0  mov     x16, #0x3ff8000000000000
;;        604:  9e670208  fmov    d8, x16
;;        608:  52800016  mov     w22, #0
;;        60c:  aa1603e1  mov     x1, x22
;;        610:  f940a010  ldr     x16, [x0, #0x140]
;;        614:  f940a400  ldr     x0, [x0, #0x148]
;;        618:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        61c:  aa0003f4  mov     x20, x0
;;        620:  aa1303e0  mov     x0, x19
;;        624:  aa1403e1  mov     x1, x20
;;        628:  aa1603e2  mov     x2, x22
;;        62c:  aa1503e3  mov     x3, x21
;;        630:  f940c010  ldr     x16, [x0, #0x180]
;;        634:  f940c400  ldr     x0, [x0, #0x188]
;;        638:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        63c:  320003e2  mov     w2, #1
;;        640:  aa1303e0  mov     x0, x19
;;        644:  aa1403e1  mov     x1, x20
;;        648:  1e604100  fmov    d0, d8
;;        64c:  f940d810  ldr     x16, [x0, #0x1b0]
;;        650:  f940dc00  ldr     x0, [x0, #0x1b8]
;;        654:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        658:  aa1303e0  mov     x0, x19
;;        65c:  aa1403e1  mov     x1, x20
;;        660:  f940a810  ldr     x16, [x0, #0x150]
;;        664:  f940ac00  ldr     x0, [x0, #0x158]
;;        668:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        66c:  f85f83a0  ldur    x0, [x29, #-8]
;;        670:  52800021  mov     w1, #1
;;        674:  97fffe63  bl      #0  ; trap site, wasm @0x2d
;;        678:  52800161  mov     w1, #0xb
;;        67c:  97fffe61  bl      #0  ; trap site, wasm @0x0
