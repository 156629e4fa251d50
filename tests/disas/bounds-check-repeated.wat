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
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000243  b.lo    #0x150
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  aa0003e2  mov     x2, x0
;;        118:  f9400440  ldr     x0, [x2, #8]
;;        11c:  f9400000  ldr     x0, [x0]
;;        120:  f9400442  ldr     x2, [x2, #8]
;;        124:  f9400442  ldr     x2, [x2, #8]
;;        128:  d1001042  sub     x2, x2, #4
;;        12c:  eb21405f  cmp     x2, w1, uxtw
;;        130:  5400014b  b.lt    #0x158
;;        134:  b8614803  ldr     w3, [x0, w1, uxtw]
;;        138:  11000463  add     w3, w3, #1
;;        13c:  b8214803  str     w3, [x0, w1, uxtw]
;;        140:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        144:  910003bf  mov     sp, x29
;;        148:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        14c:  d65f03c0  ret
;;        150:  52800161  mov     w1, #0xb
;;        154:  97ffffab  bl      #0  ; trap site, wasm @0x0
;;        158:  f85f83a0  ldur    x0, [x29, #-8]
;;        15c:  528000a1  mov     w1, #5
;;        160:  97ffffa8  bl      #0  ; trap site, wasm @0x29
