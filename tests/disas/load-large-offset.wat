(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load offset=0x12345 (local.get 0))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x2, x0
;;      1  x0 = heap_base x2
;;      2  x2 = heap_size x2
;;      3  x0 = load x1, x0, x2, bytes=4, offset=74565, still=74569, @0x27
;;      4  jump block1
;; block1:
;;      5  ret x0
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
;;        180:  f9400442  ldr     x2, [x2, #8]
;;        184:  f9400442  ldr     x2, [x2, #8]
;;        188:  d2846931  mov     x17, #0x2349
;;        18c:  f2a00031  movk    x17, #1, lsl #16
;;        190:  cb110051  sub     x17, x2, x17
;;        194:  eb21423f  cmp     x17, w1, uxtw
;;        198:  5400016b  b.lt    #0x1c4
;;        19c:  8b214010  add     x16, x0, w1, uxtw
;;        1a0:  d28468b1  mov     x17, #0x2345
;;        1a4:  f2a00031  movk    x17, #1, lsl #16
;;        1a8:  8b110210  add     x16, x16, x17
;;        1ac:  b9400200  ldr     w0, [x16]
;;        1b0:  910003bf  mov     sp, x29
;;        1b4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b8:  d65f03c0  ret
;;        1bc:  52800161  mov     w1, #0xb
;;        1c0:  97ffff90  bl      #0  ; trap site, wasm @0x0
;;        1c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c8:  528000a1  mov     w1, #5
;;        1cc:  97ffff8d  bl      #0  ; trap site, wasm @0x27
