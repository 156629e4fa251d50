(module (memory 1) (memory 2)
  (func (export "copy") (param i32) (i32.store (local.get 0) (i32.load 1 offset=4 (local.get 0))))
  (func (export "size") (result i32) (memory.size 1)))
;; ==== alloc ====
;; ;; function [0] copy
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x3, x0
;;      1  x0 = heap_base x3
;;      2  x2 = heap_size x3
;;      3  x4 = heap_base x3, memory=1, slot=192
;;      4  x3 = heap_size x3, memory=1, slot=192
;;      5  x3 = heap_limit x3, n=8
;;      6  x3 = load x1, x4, x3, bytes=4, offset=4, still=0, @0x39
;;      7  x2 = heap_limit x2, n=4
;;      8  store x3, x1, x0, x2, bytes=4, offset=0, still=0, @0x3d
;;      9  jump block1
;; block1:
;;     10  ret
;;
;; ;; function [1] size
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = memory_size x0, memory=1, slot=192
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000190 <[0] copy>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000303  b.lo    #0x208
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  aa0003e3  mov     x3, x0
;;        1b8:  f9400460  ldr     x0, [x3, #8]
;;        1bc:  f9400000  ldr     x0, [x0]
;;        1c0:  f9400462  ldr     x2, [x3, #8]
;;        1c4:  f9400442  ldr     x2, [x2, #8]
;;        1c8:  f9406064  ldr     x4, [x3, #0xc0]
;;        1cc:  f9400084  ldr     x4, [x4]
;;        1d0:  f9406063  ldr     x3, [x3, #0xc0]
;;        1d4:  f9400463  ldr     x3, [x3, #8]
;;        1d8:  d1002063  sub     x3, x3, #8
;;        1dc:  eb21407f  cmp     x3, w1, uxtw
;;        1e0:  5400018b  b.lt    #0x210
;;        1e4:  8b214090  add     x16, x4, w1, uxtw
;;        1e8:  b9400603  ldr     w3, [x16, #4]
;;        1ec:  d1001042  sub     x2, x2, #4
;;        1f0:  eb21405f  cmp     x2, w1, uxtw
;;        1f4:  5400014b  b.lt    #0x21c
;;        1f8:  b8214803  str     w3, [x0, w1, uxtw]
;;        1fc:  910003bf  mov     sp, x29
;;        200:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        204:  d65f03c0  ret
;;        208:  52800161  mov     w1, #0xb
;;        20c:  97ffff7d  bl      #0  ; trap site, wasm @0x0
;;        210:  f85f83a0  ldur    x0, [x29, #-8]
;;        214:  528000a1  mov     w1, #5
;;        218:  97ffff7a  bl      #0  ; trap site, wasm @0x39
;;        21c:  f85f83a0  ldur    x0, [x29, #-8]
;;        220:  528000a1  mov     w1, #5
;;        224:  97ffff77  bl      #0  ; trap site, wasm @0x3d
;;
;; 00000230 <[1] size>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000123  b.lo    #0x26c
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  f9406010  ldr     x16, [x0, #0xc0]
;;        258:  f9400600  ldr     x0, [x16, #8]
;;        25c:  d350fc00  lsr     x0, x0, #0x10
;;        260:  910003bf  mov     sp, x29
;;        264:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        268:  d65f03c0  ret
;;        26c:  52800161  mov     w1, #0xb
;;        270:  97ffff64  bl      #0  ; trap site, wasm @0x0
