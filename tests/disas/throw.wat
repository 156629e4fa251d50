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
;; 000005d0 <[0]>:
;;        5d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5d4:  910003fd  mov     x29, sp
;;        5d8:  f9400010  ldr     x16, [x0]
;;        5dc:  f9400610  ldr     x16, [x16, #8]
;;        5e0:  d100c3f1  sub     x17, sp, #0x30
;;        5e4:  eb10023f  cmp     x17, x16
;;        5e8:  54000463  b.lo    #0x674
;;        5ec:  9100023f  mov     sp, x17
;;        5f0:  f81f83a0  stur    x0, [x29, #-8]
;;        5f4:  a90053f3  stp     x19, x20, [sp]
;;        5f8:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        5fc:  fd0013e8  str     d8, [sp, #0x20]
;;        600:  aa0003f3  mov     x19, x0
;;        604:  aa0103f5  mov     x21, x1
;;        608:  1e6f1008  fmov    d8, #1.50000000
;;        60c:  52800016  mov     w22, #0
;;        610:  aa1603e1  mov     x1, x22
;;        614:  f9403010  ldr     x16, [x0, #0x60]
;;        618:  f9403400  ldr     x0, [x0, #0x68]
;;        61c:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        620:  aa0003f4  mov     x20, x0
;;        624:  aa1303e0  mov     x0, x19
;;        628:  aa1403e1  mov     x1, x20
;;        62c:  aa1603e2  mov     x2, x22
;;        630:  aa1503e3  mov     x3, x21
;;        634:  f9405010  ldr     x16, [x0, #0xa0]
;;        638:  f9405400  ldr     x0, [x0, #0xa8]
;;        63c:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        640:  320003e2  mov     w2, #1
;;        644:  aa1303e0  mov     x0, x19
;;        648:  aa1403e1  mov     x1, x20
;;        64c:  1e604100  fmov    d0, d8
;;        650:  f9406810  ldr     x16, [x0, #0xd0]
;;        654:  f9406c00  ldr     x0, [x0, #0xd8]
;;        658:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        65c:  aa1303e0  mov     x0, x19
;;        660:  aa1403e1  mov     x1, x20
;;        664:  f9403810  ldr     x16, [x0, #0x70]
;;        668:  f9403c00  ldr     x0, [x0, #0x78]
;;        66c:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        670:  97fffe8d  bl      #0xa4  ; trap site, wasm @0x2d
;;        674:  97fffe8f  bl      #0xb0  ; trap site, wasm @0x0
