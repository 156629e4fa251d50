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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  71000c3f  cmp     w1, #3
;;        164:  54000102  b.hs    #0x184
;;        168:  10000090  adr     x16, #0x178
;;        16c:  b8a15a11  ldrsw   x17, [x16, w1, uxtw #2]
;;        170:  8b110210  add     x16, x16, x17
;;        174:  d61f0200  br      x16
;;        178:  00000024  udf     #0x24
;;        17c:  0000001c  udf     #0x1c
;;        180:  00000014  udf     #0x14
;;        184:  52800500  mov     w0, #0x28
;;        188:  14000006  b       #0x1a0
;;        18c:  321f0fe0  mov     w0, #0x1e
;;        190:  14000004  b       #0x1a0
;;        194:  52800280  mov     w0, #0x14
;;        198:  14000002  b       #0x1a0
;;        19c:  52800140  mov     w0, #0xa
;;        1a0:  910003bf  mov     sp, x29
;;        1a4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a8:  d65f03c0  ret
