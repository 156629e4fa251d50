(module (memory 1) (func (export "f") (param i32) (result i32)
  (i32.add (i32.load (local.get 0)) (i32.load offset=4 (local.get 0)))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x3 = heap_size x2
;;      3  x2 = heap_limit x3, n=4
;;      4  x2 = load x1, x0, x2, bytes=4, offset=0, still=0, @0x27
;;      5  x3 = heap_limit x3, n=8
;;      6  x0 = load x1, x0, x3, bytes=4, offset=4, still=0, @0x2c
;;      7  x0 = alu.add x2, x0
;;      8  jump block1
;; block1:
;;      9  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540002a3  b.lo    #0x1bc
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  aa0003e2  mov     x2, x0
;;        178:  f9400440  ldr     x0, [x2, #8]
;;        17c:  f9400000  ldr     x0, [x0]
;;        180:  f9400443  ldr     x3, [x2, #8]
;;        184:  f9400463  ldr     x3, [x3, #8]
;;        188:  d1001062  sub     x2, x3, #4
;;        18c:  eb21405f  cmp     x2, w1, uxtw
;;        190:  540001ab  b.lt    #0x1c4
;;        194:  b8614802  ldr     w2, [x0, w1, uxtw]
;;        198:  d1002063  sub     x3, x3, #8
;;        19c:  eb21407f  cmp     x3, w1, uxtw
;;        1a0:  5400018b  b.lt    #0x1d0
;;        1a4:  8b214010  add     x16, x0, w1, uxtw
;;        1a8:  b9400600  ldr     w0, [x16, #4]
;;        1ac:  0b000040  add     w0, w2, w0
;;        1b0:  910003bf  mov     sp, x29
;;        1b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b8:  d65f03c0  ret
;;        1bc:  52800161  mov     w1, #0xb
;;        1c0:  97ffff90  bl      #0  ; trap site, wasm @0x0
;;        1c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c8:  528000a1  mov     w1, #5
;;        1cc:  97ffff8d  bl      #0  ; trap site, wasm @0x27
;;        1d0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1d4:  528000a1  mov     w1, #5
;;        1d8:  97ffff8a  bl      #0  ; trap site, wasm @0x2c
