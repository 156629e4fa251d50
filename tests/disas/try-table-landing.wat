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
;;      8  x0 = call_import x0, slot=128, @0x37
;;         mov x20, x0
;;      9  x21 = const bits=0
;;         mov x0, x19
;;         mov x1, x20
;;         mov x2, x21
;;     10  x0 = call_import x0, x1, x2, slot=144, @0x37
;;     11  condbr x0, block5, block4
;; block4:
;;         mov x0, x19
;;         mov x1, x20
;;     12  call_import x0, x1, slot=112, @0x37
;;     13  trap unreachable, @0x37
;; block5:  ; succs: block6(%v1)
;;         mov x0, x19
;;         mov x1, x20
;;         mov x2, x21
;;     14  x0 = call_import x0, x1, x2, slot=272, @0x37
;;     15  jump block6
;; block6(x0):  ; succs: block7
;;     16  jump block7
;; block7:
;;     17  ret x0
;; ==== asm ====
;; 000005e0 <[1] catcher>:
;;        5e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        5e4:  910003fd  mov     x29, sp
;;        5e8:  f9400010  ldr     x16, [x0]
;;        5ec:  f9400610  ldr     x16, [x16, #8]
;;        5f0:  d102c3f1  sub     x17, sp, #0xb0
;;        5f4:  eb10023f  cmp     x17, x16
;;        5f8:  54000743  b.lo    #0x6e0
;;        5fc:  9100023f  mov     sp, x17
;;        600:  f81f83a0  stur    x0, [x29, #-8]
;;        604:  a90153f3  stp     x19, x20, [sp, #0x10]
;;        608:  a9025bf5  stp     x21, x22, [sp, #0x20]
;;        60c:  a90363f7  stp     x23, x24, [sp, #0x30]
;;        610:  a9046bf9  stp     x25, x26, [sp, #0x40]
;;        614:  a90573fb  stp     x27, x28, [sp, #0x50]
;;        618:  6d0627e8  stp     d8, d9, [sp, #0x60]
;;        61c:  6d072fea  stp     d10, d11, [sp, #0x70]
;;        620:  6d0837ec  stp     d12, d13, [sp, #0x80]
;;        624:  6d093fee  stp     d14, d15, [sp, #0x90]
;;        628:  a90007e0  stp     x0, x1, [sp]
;;        62c:  97ffffe5  bl      #0x5c0  ; [0] f, wasm @0x32
;;        630:  d102c3bf  sub     sp, x29, #0xb0
;;        634:  a94007f3  ldp     x19, x1, [sp]
;;        638:  f9400262  ldr     x2, [x19]
;;        63c:  f9401842  ldr     x2, [x2, #0x30]
;;        640:  35000062  cbnz    w2, #0x64c
;;        644:  0b010000  add     w0, w0, w1
;;        648:  1400001a  b       #0x6b0
;;        64c:  aa1303e0  mov     x0, x19
;;        650:  f9404010  ldr     x16, [x0, #0x80]
;;        654:  f9404400  ldr     x0, [x0, #0x88]
;;        658:  d63f0200  blr     x16  ; call, wasm @0x37
;;        65c:  aa0003f4  mov     x20, x0
;;        660:  52800015  mov     w21, #0
;;        664:  aa1303e0  mov     x0, x19
;;        668:  aa1403e1  mov     x1, x20
;;        66c:  aa1503e2  mov     x2, x21
;;        670:  f9404810  ldr     x16, [x0, #0x90]
;;        674:  f9404c00  ldr     x0, [x0, #0x98]
;;        678:  d63f0200  blr     x16  ; call, wasm @0x37
;;        67c:  350000e0  cbnz    w0, #0x698
;;        680:  aa1303e0  mov     x0, x19
;;        684:  aa1403e1  mov     x1, x20
;;        688:  f9403810  ldr     x16, [x0, #0x70]
;;        68c:  f9403c00  ldr     x0, [x0, #0x78]
;;        690:  d63f0200  blr     x16  ; call, wasm @0x37
;;        694:  97fffe84  bl      #0xa4  ; trap site, wasm @0x37
;;        698:  aa1303e0  mov     x0, x19
;;        69c:  aa1403e1  mov     x1, x20
;;        6a0:  aa1503e2  mov     x2, x21
;;        6a4:  f9408810  ldr     x16, [x0, #0x110]
;;        6a8:  f9408c00  ldr     x0, [x0, #0x118]
;;        6ac:  d63f0200  blr     x16  ; call, wasm @0x37
;;        6b0:  a94153f3  ldp     x19, x20, [sp, #0x10]
;;        6b4:  a9425bf5  ldp     x21, x22, [sp, #0x20]
;;        6b8:  a94363f7  ldp     x23, x24, [sp, #0x30]
;;        6bc:  a9446bf9  ldp     x25, x26, [sp, #0x40]
;;        6c0:  a94573fb  ldp     x27, x28, [sp, #0x50]
;;        6c4:  6d4627e8  ldp     d8, d9, [sp, #0x60]
;;        6c8:  6d472fea  ldp     d10, d11, [sp, #0x70]
;;        6cc:  6d4837ec  ldp     d12, d13, [sp, #0x80]
;;        6d0:  6d493fee  ldp     d14, d15, [sp, #0x90]
;;        6d4:  910003bf  mov     sp, x29
;;        6d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        6dc:  d65f03c0  ret
;;        6e0:  97fffe74  bl      #0xb0  ; trap site, wasm @0x0
