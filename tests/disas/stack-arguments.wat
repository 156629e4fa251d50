(module
  (func $g (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (i64.add (local.get 8) (local.get 9)))
  (func (export "f") (param i64) (result i64)
    (call $g (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)
             (local.get 0) (local.get 0) (local.get 0) (i64.const 8) (i64.const 9))))
;; ==== alloc ====
;; ;; function [0] g
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2, x3, x4, x5, x6, x7 = args
;;      1  x0 = load_incoming slot=0
;;      2  x0 = load_incoming slot=1
;;      3  x1 = load_incoming slot=2
;;      4  x0 = alu.add x0, x1, is64
;;      5  jump block1
;; block1:
;;      6  ret x0
;;
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x2 = const wide, bits=8
;;      2  x3 = const wide, bits=9
;;      3  store_outgoing x1, slot=0
;;      4  store_outgoing x2, slot=1
;;      5  store_outgoing x3, slot=2
;;         mov x2, x1
;;         mov x3, x1
;;         mov x4, x1
;;         mov x5, x1
;;         mov x6, x1
;;         mov x7, x1
;;      6  x0 = call x0, x1, x2, x3, x4, x5, x6, x7, func=0
;;      7  jump block1
;; block1:
;;      8  ret x0
;; ==== asm ====
;; 000001e0 <[0] g>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  f9400ba0  ldr     x0, [x29, #0x10]
;;        1f4:  f9400fa0  ldr     x0, [x29, #0x18]
;;        1f8:  f94013a1  ldr     x1, [x29, #0x20]
;;        1fc:  8b010000  add     x0, x0, x1
;;        200:  910003bf  mov     sp, x29
;;        204:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        208:  d65f03c0  ret
;;
;; 00000210 <[1] f>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d100c3f1  sub     x17, sp, #0x30
;;        224:  eb10023f  cmp     x17, x16
;;        228:  54000243  b.lo    #0x270
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  b27d03e2  mov     x2, #8
;;        238:  d2800123  mov     x3, #9
;;        23c:  f90003e1  str     x1, [sp]
;;        240:  f90007e2  str     x2, [sp, #8]
;;        244:  f9000be3  str     x3, [sp, #0x10]
;;        248:  aa0103e2  mov     x2, x1
;;        24c:  aa0103e3  mov     x3, x1
;;        250:  aa0103e4  mov     x4, x1
;;        254:  aa0103e5  mov     x5, x1
;;        258:  aa0103e6  mov     x6, x1
;;        25c:  aa0103e7  mov     x7, x1
;;        260:  97ffffe0  bl      #0x1e0  ; [0] g
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  97ffff77  bl      #0x4c  ; trap site, wasm @0x0
