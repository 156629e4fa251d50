(module (memory 1)
  (func (export "l8s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "l8u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "l16s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "l16u") (param i32) (result i32) (i32.load16_u (local.get 0))))
;; ==== alloc ====
;; ;; function [0] l8s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=1, signed, offset=0, still=guarded, @0x40
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [1] l8u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=1, offset=0, still=guarded, @0x48
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [2] l16s
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=2, signed, offset=0, still=guarded, @0x50
;;      3  jump block1
;; block1:
;;      4  ret x0
;;
;; ;; function [3] l16u
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = heap_base x0
;;      2  x0 = load x1, x0, x0, bytes=2, offset=0, still=guarded, @0x58
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 000000f0 <[0] l8s>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000123  b.lo    #0x12c
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9400400  ldr     x0, [x0, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  38e14800  ldrsb   w0, [x0, w1, uxtw]  ; trap site, wasm @0x40
;;        120:  910003bf  mov     sp, x29
;;        124:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        128:  d65f03c0  ret
;;        12c:  52800161  mov     w1, #0xb
;;        130:  97ffffb4  bl      #0  ; trap site, wasm @0x0
;;
;; 00000140 <[1] l8u>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  f9400010  ldr     x16, [x0]
;;        14c:  f9400610  ldr     x16, [x16, #8]
;;        150:  d10043f1  sub     x17, sp, #0x10
;;        154:  eb10023f  cmp     x17, x16
;;        158:  54000123  b.lo    #0x17c
;;        15c:  9100023f  mov     sp, x17
;;        160:  f81f83a0  stur    x0, [x29, #-8]
;;        164:  f9400400  ldr     x0, [x0, #8]
;;        168:  f9400000  ldr     x0, [x0]
;;        16c:  38614800  ldrb    w0, [x0, w1, uxtw]  ; trap site, wasm @0x48
;;        170:  910003bf  mov     sp, x29
;;        174:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        178:  d65f03c0  ret
;;        17c:  52800161  mov     w1, #0xb
;;        180:  97ffffa0  bl      #0  ; trap site, wasm @0x0
;;
;; 00000190 <[2] l16s>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000123  b.lo    #0x1cc
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f9400400  ldr     x0, [x0, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  78e14800  ldrsh   w0, [x0, w1, uxtw]  ; trap site, wasm @0x50
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
;;        1cc:  52800161  mov     w1, #0xb
;;        1d0:  97ffff8c  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[3] l16u>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000123  b.lo    #0x21c
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  f9400400  ldr     x0, [x0, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  78614800  ldrh    w0, [x0, w1, uxtw]  ; trap site, wasm @0x58
;;        210:  910003bf  mov     sp, x29
;;        214:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        218:  d65f03c0  ret
;;        21c:  52800161  mov     w1, #0xb
;;        220:  97ffff78  bl      #0  ; trap site, wasm @0x0
