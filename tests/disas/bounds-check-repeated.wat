;;! options = explicit_bounds_checks
(module (memory 1) (func (export "f") (param i32) (result i32)
  (i32.store (local.get 0) (i32.add (i32.load (local.get 0)) (i32.const 1)))
  (i32.load (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x2 = heap_limit x2, n=4
;;      4  x3 = load x1, x0, x2, bytes=4, offset=0, still=0, @0x29
;;      5  x3 = alu_imm.add x3, imm=1
;;      6  store x3, x1, x0, x2, bytes=4, offset=0, still=0, @0x2f
;;      7  x0 = load x1, x0, x2, bytes=4, offset=0, still=0, @0x34
;;      8  jump block1
;; block1:
;;      9  ret x0
;; ==== asm ====
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e2  mov     x2, x0
;;        114:  f9400440  ldr     x0, [x2, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  f9400442  ldr     x2, [x2, #8]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  d1001042  sub     x2, x2, #4
;;        128:  eb21405f  cmp     x2, w1, uxtw
;;        12c:  5400010b  b.lt    #0x14c
;;        130:  b8614803  ldr     w3, [x0, w1, uxtw]
;;        134:  11000463  add     w3, w3, #1
;;        138:  b8214803  str     w3, [x0, w1, uxtw]
;;        13c:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        140:  910003bf  mov     sp, x29
;;        144:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        148:  d65f03c0  ret
;;        14c:  97ffffc0  bl      #0x4c  ; trap site, wasm @0x29
