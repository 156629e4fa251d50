;;! stages = alloc asm
;;! func = f
(module
  ;; f's nine parameters leave 16 bytes of incoming area: g's two stack arguments fit
  ;; there and are stored into it (store_incoming); h's three do not: a call and a ret.
  (func $f (export "f") (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (if (result i64) (i64.eqz (local.get 0))
      (then (return_call $g (local.get 8) (local.get 7) (local.get 6) (local.get 5) (local.get 4)
                            (local.get 3) (local.get 2) (local.get 1) (local.get 0)))
      (else (return_call $h (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
                            (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 0)))))
  (func $g (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64) (local.get 8))
  (func $h (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64) (local.get 9)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block2, block1
;;      0  x0, x1, x2, x3, x4, x5, x6, x7 = args
;;         mov x11, x3
;;         mov x10, x4
;;         mov x9, x6
;;         mov x8, x7
;;      1  x13 = load_incoming slot=0
;;      2  x12 = load_incoming slot=1
;;      3  cmp_branch x1, is64, eq, imm=0, block2, block1
;; block1:
;;      4  store_outgoing x13, slot=0
;;      5  store_outgoing x12, slot=1
;;      6  store_outgoing x1, slot=2
;;      7  x0 = call x0, x1, x2, x3, x4, x5, x6, x7, func=2, @0x66
;;      8  ret x0
;; block2:
;;      9  store_incoming x2, slot=0
;;     10  store_incoming x1, slot=1
;;         mov x1, x12
;;         mov x2, x13
;;         mov x3, x8
;;         mov x4, x9
;;         mov x6, x10
;;         mov x7, x11
;;     11  return_call x0, x1, x2, x3, x4, x5, x6, x7, func=1, @0x4f
;; ==== asm ====
;; 00000260 <[0] f>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d100c3f1  sub     x17, sp, #0x30
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000383  b.lo    #0x2e8
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  aa0303eb  mov     x11, x3
;;        288:  aa0403ea  mov     x10, x4
;;        28c:  aa0603e9  mov     x9, x6
;;        290:  aa0703e8  mov     x8, x7
;;        294:  f9400bad  ldr     x13, [x29, #0x10]
;;        298:  f9400fac  ldr     x12, [x29, #0x18]
;;        29c:  b4000101  cbz     x1, #0x2bc
;;        2a0:  f90003ed  str     x13, [sp]
;;        2a4:  f90007ec  str     x12, [sp, #8]
;;        2a8:  f9000be1  str     x1, [sp, #0x10]
;;        2ac:  9400001d  bl      #0x320  ; [2] h, wasm @0x66
;;        2b0:  910003bf  mov     sp, x29
;;        2b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b8:  d65f03c0  ret
;;        2bc:  f9000ba2  str     x2, [x29, #0x10]
;;        2c0:  f9000fa1  str     x1, [x29, #0x18]
;;        2c4:  aa0c03e1  mov     x1, x12
;;        2c8:  aa0d03e2  mov     x2, x13
;;        2cc:  aa0803e3  mov     x3, x8
;;        2d0:  aa0903e4  mov     x4, x9
;;        2d4:  aa0a03e6  mov     x6, x10
;;        2d8:  aa0b03e7  mov     x7, x11
;;        2dc:  910003bf  mov     sp, x29
;;        2e0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2e4:  14000003  b       #0x2f0  ; [1] g
;;        2e8:  97ffff6f  bl      #0xa4  ; trap site, wasm @0x0
