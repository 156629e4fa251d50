;;! options = consume_fuel epoch_interruption
(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (result i32) (call $g)))
;; ==== alloc ====
;; ;; function [0] g
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = load_word x0, offset=0
;;      2  x1 = load_word x0, offset=32
;;      3  epoch_check x0, @0x20
;;      4  x2 = fuel_check x1, cost=1, @0x20
;;      5  x1 = const bits=1
;;      6  jump block1
;; block1:
;;      7  store_word x2, x0, offset=32
;;         mov x0, x1
;;      8  ret x0
;;
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: x19
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x19 = load_word x0, offset=0
;;      2  x1 = load_word x19, offset=32
;;      3  epoch_check x19, @0x25
;;      4  x1 = fuel_check x1, cost=1, @0x25
;;      5  store_word x1, x19, offset=32
;;      6  x0 = call x0, func=0, @0x25
;;      7  x1 = load_word x19, offset=32
;;      8  jump block1
;; block1:
;;      9  store_word x1, x19, offset=32
;;     10  ret x0
;; ==== asm ====
;; 00000150 <[0] g>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540001e3  b.lo    #0x1a4
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  f9400000  ldr     x0, [x0]
;;        178:  f9401001  ldr     x1, [x0, #0x20]
;;        17c:  f9401410  ldr     x16, [x0, #0x28]
;;        180:  b5000170  cbnz    x16, #0x1ac
;;        184:  f1000422  subs    x2, x1, #1
;;        188:  5400018d  b.le    #0x1b8
;;        18c:  320003e1  mov     w1, #1
;;        190:  f9001002  str     x2, [x0, #0x20]
;;        194:  aa0103e0  mov     x0, x1
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
;;        1a4:  52800161  mov     w1, #0xb
;;        1a8:  97ffff96  bl      #0  ; trap site, wasm @0x0
;;        1ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        1b0:  528001e1  mov     w1, #0xf
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x20
;;        1b8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1bc:  f9400010  ldr     x16, [x0]
;;        1c0:  f900121f  str     xzr, [x16, #0x20]
;;        1c4:  528001c1  mov     w1, #0xe
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x20
;;
;; 000001d0 <[1] f>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  54000243  b.lo    #0x230
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  f90003f3  str     x19, [sp]
;;        1f8:  f9400013  ldr     x19, [x0]
;;        1fc:  f9401261  ldr     x1, [x19, #0x20]
;;        200:  f9401670  ldr     x16, [x19, #0x28]
;;        204:  b50001b0  cbnz    x16, #0x238
;;        208:  f1000421  subs    x1, x1, #1
;;        20c:  540001cd  b.le    #0x244
;;        210:  f9001261  str     x1, [x19, #0x20]
;;        214:  97ffffcf  bl      #0x150  ; [0] g, wasm @0x25
;;        218:  f9401261  ldr     x1, [x19, #0x20]
;;        21c:  f9001261  str     x1, [x19, #0x20]
;;        220:  f94003f3  ldr     x19, [sp]
;;        224:  910003bf  mov     sp, x29
;;        228:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        22c:  d65f03c0  ret
;;        230:  52800161  mov     w1, #0xb
;;        234:  97ffff73  bl      #0  ; trap site, wasm @0x0
;;        238:  f85f83a0  ldur    x0, [x29, #-8]
;;        23c:  528001e1  mov     w1, #0xf
;;        240:  97ffff70  bl      #0  ; trap site, wasm @0x25
;;        244:  f85f83a0  ldur    x0, [x29, #-8]
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f900121f  str     xzr, [x16, #0x20]
;;        250:  528001c1  mov     w1, #0xe
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x25
