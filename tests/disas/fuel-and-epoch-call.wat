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
;;      6  x0 = call x0, func=0
;;      7  x1 = load_word x19, offset=32
;;      8  jump block1
;; block1:
;;      9  store_word x1, x19, offset=32
;;     10  ret x0
;; ==== asm ====
;; 000000f0 <[0] g>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  540001e3  b.lo    #0x144
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9400000  ldr     x0, [x0]
;;        118:  f9401001  ldr     x1, [x0, #0x20]
;;        11c:  f9401410  ldr     x16, [x0, #0x28]
;;        120:  b5000170  cbnz    x16, #0x14c
;;        124:  f1000422  subs    x2, x1, #1
;;        128:  5400018d  b.le    #0x158
;;        12c:  320003e1  mov     w1, #1
;;        130:  f9001002  str     x2, [x0, #0x20]
;;        134:  aa0103e0  mov     x0, x1
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  52800161  mov     w1, #0xb
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x0
;;        14c:  f85f83a0  ldur    x0, [x29, #-8]
;;        150:  528001e1  mov     w1, #0xf
;;        154:  97ffffab  bl      #0  ; trap site, wasm @0x20
;;        158:  f85f83a0  ldur    x0, [x29, #-8]
;;        15c:  f9400010  ldr     x16, [x0]
;;        160:  f900121f  str     xzr, [x16, #0x20]
;;        164:  528001c1  mov     w1, #0xe
;;        168:  97ffffa6  bl      #0  ; trap site, wasm @0x20
;;
;; 00000170 <[1] f>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  f9400010  ldr     x16, [x0]
;;        17c:  f9400610  ldr     x16, [x16, #8]
;;        180:  d10043f1  sub     x17, sp, #0x10
;;        184:  eb10023f  cmp     x17, x16
;;        188:  54000243  b.lo    #0x1d0
;;        18c:  9100023f  mov     sp, x17
;;        190:  f81f83a0  stur    x0, [x29, #-8]
;;        194:  f90003f3  str     x19, [sp]
;;        198:  f9400013  ldr     x19, [x0]
;;        19c:  f9401261  ldr     x1, [x19, #0x20]
;;        1a0:  f9401670  ldr     x16, [x19, #0x28]
;;        1a4:  b50001b0  cbnz    x16, #0x1d8
;;        1a8:  f1000421  subs    x1, x1, #1
;;        1ac:  540001cd  b.le    #0x1e4
;;        1b0:  f9001261  str     x1, [x19, #0x20]
;;        1b4:  97ffffcf  bl      #0xf0  ; [0] g
;;        1b8:  f9401261  ldr     x1, [x19, #0x20]
;;        1bc:  f9001261  str     x1, [x19, #0x20]
;;        1c0:  f94003f3  ldr     x19, [sp]
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;        1d0:  52800161  mov     w1, #0xb
;;        1d4:  97ffff8b  bl      #0  ; trap site, wasm @0x0
;;        1d8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1dc:  528001e1  mov     w1, #0xf
;;        1e0:  97ffff88  bl      #0  ; trap site, wasm @0x25
;;        1e4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f900121f  str     xzr, [x16, #0x20]
;;        1f0:  528001c1  mov     w1, #0xe
;;        1f4:  97ffff83  bl      #0  ; trap site, wasm @0x25
