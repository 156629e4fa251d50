;;! stages = ir alloc asm
;;! func = catcher
;; A call inside a try_table is a landing site: `call.landing` clobbers every register (the
;; live value is spilled across it), sp is reset from fp right after the `bl`, and the store's
;; pending exception branches to the dispatch block (exn.take, exn.is, exn.get.i32).  The
;; function saves every callee-saved register.
(module
  (tag $e (param i32))
  (func $f (param i32) (result i32) (local.get 0))
  (func $catcher (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (i32.add (call $f (local.get 0)) (local.get 0))))))
;; ==== ir ====
;; ;; function [1] catcher
;; function u0:1 "catcher"(i32) -> (i32) {
;; block0(v0: i64, v1: i32):
;;     v5 = call fn0, v0, v1 @0x32
;;     v6 = store_ptr v0
;;     v7 = exn_pending v6
;;     brif v7, block4, block5 @0x32
;; block5:
;;     v8 = i32.add v5, v1 @0x36
;;     jump block3 @0x37
;; block3:
;;     jump block2(v8) @0x38
;; block4:
;;     v9 = builtin exn.take, v0 @0x37
;;     v10 = i32.const 0
;;     v11 = builtin exn.is, v0, v9, v10 @0x37
;;     brif v11, block6, block7 @0x37
;; block7:
;;     builtin exn.throw, v0, v9 @0x37
;;     trap unreachable @0x37
;; block6:
;;     v12 = i32.const 0
;;     v13 = builtin exn.get.i32, v0, v9, v12 @0x37
;;     jump block2(v13) @0x37
;; block2(v3: i32):
;;     jump block1 @0x39
;; block1:
;;     return v3
;; }
;; ==== alloc ====
;; ;; function [1] catcher
;; ; spill slots: 2, callee-saved: x19, x20, x21
;; block0:  ; succs: block3, block1
;;      0  x0, x1 = args
;;         mov ss1, x1
;;         mov ss0, x0
;;      1  x0 = call.landing x0, x1, func=0, @0x32
;;         mov x1, ss1
;;         mov x19, ss0
;;      2  x2 = load_word x19, offset=0
;;      3  x2 = load_word x2, offset=48
;;      4  condbr x2, block3, block1
;; block1:  ; succs: block2
;;      5  x0 = alu.add x0, x1
;;      6  jump block2
;; block2:  ; succs: block6(%v6)
;;      7  jump block6
;; block3:  ; succs: block5, block4
;;         mov x0, x19
;;      8  x0 = call_import x0, slot=352, @0x37
;;         mov x20, x0
;;      9  x21 = const bits=0
;;         mov x0, x19
;;         mov x1, x20
;;         mov x2, x21
;;     10  x0 = call_import x0, x1, x2, slot=368, @0x37
;;     11  condbr x0, block5, block4
;; block4:
;;         mov x0, x19
;;         mov x1, x20
;;     12  call_import x0, x1, slot=336, @0x37
;;     13  trap unreachable, @0x37
;; block5:  ; succs: block6(%v1)
;;         mov x0, x19
;;         mov x1, x20
;;         mov x2, x21
;;     14  x0 = call_import x0, x1, x2, slot=496, @0x37
;;     15  jump block6
;; block6(x0):  ; succs: block7
;;     16  jump block7
;; block7:
;;     17  ret x0
;; ==== asm ====
;; 000005f0 <[1] catcher>:
;;        5f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5f4:  910003fd  mov     x29, sp
;;        5f8:  f9400010  ldr     x16, [x0]
;;        5fc:  f9400610  ldr     x16, [x16, #8]
;;        600:  d102c3f1  sub     x17, sp, #0xb0
;;        604:  eb10023f  cmp     x17, x16
;;        608:  54000a03  b.lo    #0x748
;;        60c:  9100023f  mov     sp, x17
;;        610:  f81f83a0  stur    x0, [x29, #-8]
;;        614:  f9000bf3  str     x19, [sp, #0x10]
;;        618:  f9000ff4  str     x20, [sp, #0x18]
;;        61c:  f90013f5  str     x21, [sp, #0x20]
;;        620:  f90017f6  str     x22, [sp, #0x28]
;;        624:  f9001bf7  str     x23, [sp, #0x30]
;;        628:  f9001ff8  str     x24, [sp, #0x38]
;;        62c:  f90023f9  str     x25, [sp, #0x40]
;;        630:  f90027fa  str     x26, [sp, #0x48]
;;        634:  f9002bfb  str     x27, [sp, #0x50]
;;        638:  f9002ffc  str     x28, [sp, #0x58]
;;        63c:  fd0033e8  str     d8, [sp, #0x60]
;;        640:  fd0037e9  str     d9, [sp, #0x68]
;;        644:  fd003bea  str     d10, [sp, #0x70]
;;        648:  fd003feb  str     d11, [sp, #0x78]
;;        64c:  fd0043ec  str     d12, [sp, #0x80]
;;        650:  fd0047ed  str     d13, [sp, #0x88]
;;        654:  fd004bee  str     d14, [sp, #0x90]
;;        658:  fd004fef  str     d15, [sp, #0x98]
;;        65c:  f90007e1  str     x1, [sp, #8]
;;        660:  f90003e0  str     x0, [sp]
;;        664:  97ffffd3  bl      #0x5b0  ; [0] f, wasm @0x32
;;        668:  d102c3bf  sub     sp, x29, #0xb0
;;        66c:  f94007e1  ldr     x1, [sp, #8]
;;        670:  f94003f3  ldr     x19, [sp]
;;        674:  f9400262  ldr     x2, [x19]
;;        678:  f9401842  ldr     x2, [x2, #0x30]
;;        67c:  35000062  cbnz    w2, #0x688
;;        680:  0b010000  add     w0, w0, w1
;;        684:  1400001c  b       #0x6f4
;;        688:  aa1303e0  mov     x0, x19
;;        68c:  f940b010  ldr     x16, [x0, #0x160]
;;        690:  f940b400  ldr     x0, [x0, #0x168]
;;        694:  d63f0200  blr     x16  ; call, wasm @0x37
;;        698:  aa0003f4  mov     x20, x0
;;        69c:  52800015  mov     w21, #0
;;        6a0:  aa1303e0  mov     x0, x19
;;        6a4:  aa1403e1  mov     x1, x20
;;        6a8:  aa1503e2  mov     x2, x21
;;        6ac:  f940b810  ldr     x16, [x0, #0x170]
;;        6b0:  f940bc00  ldr     x0, [x0, #0x178]
;;        6b4:  d63f0200  blr     x16  ; call, wasm @0x37
;;        6b8:  35000120  cbnz    w0, #0x6dc
;;        6bc:  aa1303e0  mov     x0, x19
;;        6c0:  aa1403e1  mov     x1, x20
;;        6c4:  f940a810  ldr     x16, [x0, #0x150]
;;        6c8:  f940ac00  ldr     x0, [x0, #0x158]
;;        6cc:  d63f0200  blr     x16  ; call, wasm @0x37
;;        6d0:  f85f83a0  ldur    x0, [x29, #-8]
;;        6d4:  52800021  mov     w1, #1
;;        6d8:  97fffe4a  bl      #0  ; trap site, wasm @0x37
;;        6dc:  aa1303e0  mov     x0, x19
;;        6e0:  aa1403e1  mov     x1, x20
;;        6e4:  aa1503e2  mov     x2, x21
;;        6e8:  f940f810  ldr     x16, [x0, #0x1f0]
;;        6ec:  f940fc00  ldr     x0, [x0, #0x1f8]
;;        6f0:  d63f0200  blr     x16  ; call, wasm @0x37
;;        6f4:  f9400bf3  ldr     x19, [sp, #0x10]
;;        6f8:  f9400ff4  ldr     x20, [sp, #0x18]
;;        6fc:  f94013f5  ldr     x21, [sp, #0x20]
;;        700:  f94017f6  ldr     x22, [sp, #0x28]
;;        704:  f9401bf7  ldr     x23, [sp, #0x30]
;;        708:  f9401ff8  ldr     x24, [sp, #0x38]
;;        70c:  f94023f9  ldr     x25, [sp, #0x40]
;;        710:  f94027fa  ldr     x26, [sp, #0x48]
;;        714:  f9402bfb  ldr     x27, [sp, #0x50]
;;        718:  f9402ffc  ldr     x28, [sp, #0x58]
;;        71c:  fd4033e8  ldr     d8, [sp, #0x60]
;;        720:  fd4037e9  ldr     d9, [sp, #0x68]
;;        724:  fd403bea  ldr     d10, [sp, #0x70]
;;        728:  fd403feb  ldr     d11, [sp, #0x78]
;;        72c:  fd4043ec  ldr     d12, [sp, #0x80]
;;        730:  fd4047ed  ldr     d13, [sp, #0x88]
;;        734:  fd404bee  ldr     d14, [sp, #0x90]
;;        738:  fd404fef  ldr     d15, [sp, #0x98]
;;        73c:  910003bf  mov     sp, x29
;;        740:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        744:  d65f03c0  ret
;;        748:  52800161  mov     w1, #0xb
;;        74c:  97fffe2d  bl      #0  ; trap site, wasm @0x0
