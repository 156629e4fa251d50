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
;;      6  x0 = call x0, x1, x2, x3, x4, x5, x6, x7, func=0, @0x4b
;;      7  jump block1
;; block1:
;;      8  ret x0
;; ==== asm ====
;; 00000230 <[0] g>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  d10043ff  sub     sp, sp, #0x10
;;        23c:  f81f83a0  stur    x0, [x29, #-8]
;;        240:  f9400ba0  ldr     x0, [x29, #0x10]
;;        244:  f9400fa0  ldr     x0, [x29, #0x18]
;;        248:  f94013a1  ldr     x1, [x29, #0x20]
;;        24c:  8b010000  add     x0, x0, x1
;;        250:  910003bf  mov     sp, x29
;;        254:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        258:  d65f03c0  ret
;;
;; 00000260 <[1] f>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d100c3f1  sub     x17, sp, #0x30
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000243  b.lo    #0x2c0
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  b27d03e2  mov     x2, #8
;;        288:  d2800123  mov     x3, #9
;;        28c:  f90003e1  str     x1, [sp]
;;        290:  f90007e2  str     x2, [sp, #8]
;;        294:  f9000be3  str     x3, [sp, #0x10]
;;        298:  aa0103e2  mov     x2, x1
;;        29c:  aa0103e3  mov     x3, x1
;;        2a0:  aa0103e4  mov     x4, x1
;;        2a4:  aa0103e5  mov     x5, x1
;;        2a8:  aa0103e6  mov     x6, x1
;;        2ac:  aa0103e7  mov     x7, x1
;;        2b0:  97ffffe0  bl      #0x230  ; [0] g, wasm @0x4b
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
;;        2c0:  97ffff79  bl      #0xa4  ; trap site, wasm @0x0
