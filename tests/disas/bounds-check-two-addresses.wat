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
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000263  b.lo    #0x1c4
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  aa0003e3  mov     x3, x0
;;        188:  f9400460  ldr     x0, [x3, #8]
;;        18c:  f9400000  ldr     x0, [x0]
;;        190:  f9400463  ldr     x3, [x3, #8]
;;        194:  f9400463  ldr     x3, [x3, #8]
;;        198:  d1001063  sub     x3, x3, #4
;;        19c:  eb21407f  cmp     x3, w1, uxtw
;;        1a0:  5400016b  b.lt    #0x1cc
;;        1a4:  b8614801  ldr     w1, [x0, w1, uxtw]
;;        1a8:  eb22407f  cmp     x3, w2, uxtw
;;        1ac:  5400016b  b.lt    #0x1d8
;;        1b0:  b8624800  ldr     w0, [x0, w2, uxtw]
;;        1b4:  0b000020  add     w0, w1, w0
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;        1c4:  52800161  mov     w1, #0xb
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x0
;;        1cc:  f85f83a0  ldur    x0, [x29, #-8]
;;        1d0:  528000a1  mov     w1, #5
;;        1d4:  97ffff8b  bl      #0  ; trap site, wasm @0x28
;;        1d8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1dc:  528000a1  mov     w1, #5
;;        1e0:  97ffff88  bl      #0  ; trap site, wasm @0x2d
