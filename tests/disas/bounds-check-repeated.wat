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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  aa0003e2  mov     x2, x0
;;        164:  f9400440  ldr     x0, [x2, #8]
;;        168:  f9400000  ldr     x0, [x0]
;;        16c:  f9400442  ldr     x2, [x2, #8]
;;        170:  f9400442  ldr     x2, [x2, #8]
;;        174:  d1001042  sub     x2, x2, #4
;;        178:  eb21405f  cmp     x2, w1, uxtw
;;        17c:  5400010b  b.lt    #0x19c
;;        180:  b8614803  ldr     w3, [x0, w1, uxtw]
;;        184:  11000463  add     w3, w3, #1
;;        188:  b8214803  str     w3, [x0, w1, uxtw]
;;        18c:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        190:  910003bf  mov     sp, x29
;;        194:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        198:  d65f03c0  ret
;;        19c:  97ffffc2  bl      #0xa4  ; trap site, wasm @0x29
