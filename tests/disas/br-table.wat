(module (func (export "f") (param i32) (result i32)
  (block (block (block (block (br_table 0 1 2 3 (local.get 0))) (return (i32.const 10))) (return (i32.const 20))) (return (i32.const 30))) (i32.const 40)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block4, block3, block2, block1
;;      0  x0, x1 = args
;;      1  br_table x1, [block4, block3, block2], block1
;; block1:  ; succs: block5(%v4)
;;      2  x0 = const bits=40
;;      3  jump block5
;; block2:  ; succs: block5(%v3)
;;      4  x0 = const bits=30
;;      5  jump block5
;; block3:  ; succs: block5(%v2)
;;      6  x0 = const bits=20
;;      7  jump block5
;; block4:  ; succs: block5(%v1)
;;      8  x0 = const bits=10
;;      9  jump block5
;; block5(x0):
;;     10  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540002c3  b.lo    #0x160
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  71000c3f  cmp     w1, #3
;;        118:  54000102  b.hs    #0x138
;;        11c:  10000090  adr     x16, #0x12c
;;        120:  b8a15a11  ldrsw   x17, [x16, w1, uxtw #2]
;;        124:  8b110210  add     x16, x16, x17
;;        128:  d61f0200  br      x16
;;        12c:  00000024  udf     #0x24
;;        130:  0000001c  udf     #0x1c
;;        134:  00000014  udf     #0x14
;;        138:  52800500  mov     w0, #0x28
;;        13c:  14000006  b       #0x154
;;        140:  321f0fe0  mov     w0, #0x1e
;;        144:  14000004  b       #0x154
;;        148:  52800280  mov     w0, #0x14
;;        14c:  14000002  b       #0x154
;;        150:  52800140  mov     w0, #0xa
;;        154:  910003bf  mov     sp, x29
;;        158:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        15c:  d65f03c0  ret
;;        160:  52800161  mov     w1, #0xb
;;        164:  97ffffa7  bl      #0  ; trap site, wasm @0x0
