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
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000243  b.lo    #0x1b0
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  aa0003e2  mov     x2, x0
;;        178:  f9400440  ldr     x0, [x2, #8]
;;        17c:  f9400000  ldr     x0, [x0]
;;        180:  f9400442  ldr     x2, [x2, #8]
;;        184:  f9400442  ldr     x2, [x2, #8]
;;        188:  d1001042  sub     x2, x2, #4
;;        18c:  eb21405f  cmp     x2, w1, uxtw
;;        190:  5400014b  b.lt    #0x1b8
;;        194:  b8614803  ldr     w3, [x0, w1, uxtw]
;;        198:  11000463  add     w3, w3, #1
;;        19c:  b8214803  str     w3, [x0, w1, uxtw]
;;        1a0:  b8614800  ldr     w0, [x0, w1, uxtw]
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  52800161  mov     w1, #0xb
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x0
;;        1b8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1bc:  528000a1  mov     w1, #5
;;        1c0:  97ffff90  bl      #0  ; trap site, wasm @0x29
