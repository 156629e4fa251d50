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
;;      7  x0 = call x0, x1, x2, x3, x4, x5, x6, x7, func=2
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
;;     11  return_call x0, x1, x2, x3, x4, x5, x6, x7, func=1
;; ==== asm ====
;; 00000210 <[0] f>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d100c3f1  sub     x17, sp, #0x30
;;        224:  eb10023f  cmp     x17, x16
;;        228:  54000383  b.lo    #0x298
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  aa0303eb  mov     x11, x3
;;        238:  aa0403ea  mov     x10, x4
;;        23c:  aa0603e9  mov     x9, x6
;;        240:  aa0703e8  mov     x8, x7
;;        244:  f9400bad  ldr     x13, [x29, #0x10]
;;        248:  f9400fac  ldr     x12, [x29, #0x18]
;;        24c:  b4000101  cbz     x1, #0x26c
;;        250:  f90003ed  str     x13, [sp]
;;        254:  f90007ec  str     x12, [sp, #8]
;;        258:  f9000be1  str     x1, [sp, #0x10]
;;        25c:  9400001d  bl      #0x2d0  ; [2] h
;;        260:  910003bf  mov     sp, x29
;;        264:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        268:  d65f03c0  ret
;;        26c:  f9000ba2  str     x2, [x29, #0x10]
;;        270:  f9000fa1  str     x1, [x29, #0x18]
;;        274:  aa0c03e1  mov     x1, x12
;;        278:  aa0d03e2  mov     x2, x13
;;        27c:  aa0803e3  mov     x3, x8
;;        280:  aa0903e4  mov     x4, x9
;;        284:  aa0a03e6  mov     x6, x10
;;        288:  aa0b03e7  mov     x7, x11
;;        28c:  910003bf  mov     sp, x29
;;        290:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        294:  14000003  b       #0x2a0  ; [1] g
;;        298:  97ffff6d  bl      #0x4c  ; trap site, wasm @0x0
