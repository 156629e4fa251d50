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
;;      1  x0 = call.landing x0, x1, func=0
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
;; 00000420 <[1] catcher>:
;;        420:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        424:  910003fd  mov     x29, sp
;;        428:  f9400010  ldr     x16, [x0]
;;        42c:  f9400610  ldr     x16, [x16, #8]
;;        430:  d102c3f1  sub     x17, sp, #0xb0
;;        434:  eb10023f  cmp     x17, x16
;;        438:  54000743  b.lo    #0x520
;;        43c:  9100023f  mov     sp, x17
;;        440:  f81f83a0  stur    x0, [x29, #-8]
;;        444:  a90153f3  stp     x19, x20, [sp, #0x10]
;;        448:  a9025bf5  stp     x21, x22, [sp, #0x20]
;;        44c:  a90363f7  stp     x23, x24, [sp, #0x30]
;;        450:  a9046bf9  stp     x25, x26, [sp, #0x40]
;;        454:  a90573fb  stp     x27, x28, [sp, #0x50]
;;        458:  6d0627e8  stp     d8, d9, [sp, #0x60]
;;        45c:  6d072fea  stp     d10, d11, [sp, #0x70]
;;        460:  6d0837ec  stp     d12, d13, [sp, #0x80]
;;        464:  6d093fee  stp     d14, d15, [sp, #0x90]
;;        468:  a90007e0  stp     x0, x1, [sp]
;;        46c:  97ffffe5  bl      #0x400  ; [0] f
;;        470:  d102c3bf  sub     sp, x29, #0xb0
;;        474:  a94007f3  ldp     x19, x1, [sp]
;;        478:  f9400262  ldr     x2, [x19]
;;        47c:  f9401842  ldr     x2, [x2, #0x30]
;;        480:  35000062  cbnz    w2, #0x48c
;;        484:  0b010000  add     w0, w0, w1
;;        488:  1400001a  b       #0x4f0
;;        48c:  aa1303e0  mov     x0, x19
;;        490:  f940b010  ldr     x16, [x0, #0x160]
;;        494:  f940b400  ldr     x0, [x0, #0x168]
;;        498:  d63f0200  blr     x16  ; trap site, wasm @0x37
;;        49c:  aa0003f4  mov     x20, x0
;;        4a0:  52800015  mov     w21, #0
;;        4a4:  aa1303e0  mov     x0, x19
;;        4a8:  aa1403e1  mov     x1, x20
;;        4ac:  aa1503e2  mov     x2, x21
;;        4b0:  f940b810  ldr     x16, [x0, #0x170]
;;        4b4:  f940bc00  ldr     x0, [x0, #0x178]
;;        4b8:  d63f0200  blr     x16  ; trap site, wasm @0x37
;;        4bc:  350000e0  cbnz    w0, #0x4d8
;;        4c0:  aa1303e0  mov     x0, x19
;;        4c4:  aa1403e1  mov     x1, x20
;;        4c8:  f940a810  ldr     x16, [x0, #0x150]
;;        4cc:  f940ac00  ldr     x0, [x0, #0x158]
;;        4d0:  d63f0200  blr     x16  ; trap site, wasm @0x37
;;        4d4:  97fffede  bl      #0x4c  ; trap site, wasm @0x37
;;        4d8:  aa1303e0  mov     x0, x19
;;        4dc:  aa1403e1  mov     x1, x20
;;        4e0:  aa1503e2  mov     x2, x21
;;        4e4:  f940f810  ldr     x16, [x0, #0x1f0]
;;        4e8:  f940fc00  ldr     x0, [x0, #0x1f8]
;;        4ec:  d63f0200  blr     x16  ; trap site, wasm @0x37
;;        4f0:  a94153f3  ldp     x19, x20, [sp, #0x10]
;;        4f4:  a9425bf5  ldp     x21, x22, [sp, #0x20]
;;        4f8:  a94363f7  ldp     x23, x24, [sp, #0x30]
;;        4fc:  a9446bf9  ldp     x25, x26, [sp, #0x40]
;;        500:  a94573fb  ldp     x27, x28, [sp, #0x50]
;;        504:  6d4627e8  ldp     d8, d9, [sp, #0x60]
;;        508:  6d472fea  ldp     d10, d11, [sp, #0x70]
;;        50c:  6d4837ec  ldp     d12, d13, [sp, #0x80]
;;        510:  6d493fee  ldp     d14, d15, [sp, #0x90]
;;        514:  910003bf  mov     sp, x29
;;        518:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        51c:  d65f03c0  ret
;;        520:  97fffece  bl      #0x58  ; trap site, wasm @0x0
