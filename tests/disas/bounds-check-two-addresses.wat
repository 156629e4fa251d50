;;! options = explicit_bounds_checks
(module (memory 1) (func (export "f") (param i32 i32) (result i32)
  (i32.add (i32.load (local.get 0)) (i32.load (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x3 = heap_size x3
;;      3  x3 = heap_limit x3, n=4
;;      4  x1 = load x1, x0, x3, bytes=4, offset=0, still=0, @0x28
;;      5  x0 = load x2, x0, x3, bytes=4, offset=0, still=0, @0x2d
;;      6  x0 = alu.add x1, x0
;;      7  jump block1
;; block1:
;;      8  ret x0
;; ==== asm ====
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000263  b.lo    #0x164
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  aa0003e3  mov     x3, x0
;;        128:  f9400460  ldr     x0, [x3, #8]
;;        12c:  f9400000  ldr     x0, [x0]
;;        130:  f9400463  ldr     x3, [x3, #8]
;;        134:  f9400463  ldr     x3, [x3, #8]
;;        138:  d1001063  sub     x3, x3, #4
;;        13c:  eb21407f  cmp     x3, w1, uxtw
;;        140:  5400016b  b.lt    #0x16c
;;        144:  b8614801  ldr     w1, [x0, w1, uxtw]
;;        148:  eb22407f  cmp     x3, w2, uxtw
;;        14c:  5400016b  b.lt    #0x178
;;        150:  b8624800  ldr     w0, [x0, w2, uxtw]
;;        154:  0b000020  add     w0, w1, w0
;;        158:  910003bf  mov     sp, x29
;;        15c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        160:  d65f03c0  ret
;;        164:  52800161  mov     w1, #0xb
;;        168:  97ffffa6  bl      #0  ; trap site, wasm @0x0
;;        16c:  f85f83a0  ldur    x0, [x29, #-8]
;;        170:  528000a1  mov     w1, #5
;;        174:  97ffffa3  bl      #0  ; trap site, wasm @0x28
;;        178:  f85f83a0  ldur    x0, [x29, #-8]
;;        17c:  528000a1  mov     w1, #5
;;        180:  97ffffa0  bl      #0  ; trap site, wasm @0x2d
