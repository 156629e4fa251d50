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
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540002c3  b.lo    #0x1c0
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  71000c3f  cmp     w1, #3
;;        178:  54000102  b.hs    #0x198
;;        17c:  10000090  adr     x16, #0x18c
;;        180:  b8a15a11  ldrsw   x17, [x16, w1, uxtw #2]
;;        184:  8b110210  add     x16, x16, x17
;;        188:  d61f0200  br      x16
;;        18c:  00000024  udf     #0x24
;;        190:  0000001c  udf     #0x1c
;;        194:  00000014  udf     #0x14
;;        198:  52800500  mov     w0, #0x28
;;        19c:  14000006  b       #0x1b4
;;        1a0:  321f0fe0  mov     w0, #0x1e
;;        1a4:  14000004  b       #0x1b4
;;        1a8:  52800280  mov     w0, #0x14
;;        1ac:  14000002  b       #0x1b4
;;        1b0:  52800140  mov     w0, #0xa
;;        1b4:  910003bf  mov     sp, x29
;;        1b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1bc:  d65f03c0  ret
;;        1c0:  52800161  mov     w1, #0xb
;;        1c4:  97ffff8f  bl      #0  ; trap site, wasm @0x0
