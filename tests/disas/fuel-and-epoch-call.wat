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
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  f9400000  ldr     x0, [x0]
;;        104:  f9401001  ldr     x1, [x0, #0x20]
;;        108:  f9401410  ldr     x16, [x0, #0x28]
;;        10c:  b5000130  cbnz    x16, #0x130
;;        110:  f1000422  subs    x2, x1, #1
;;        114:  5400014d  b.le    #0x13c
;;        118:  320003e1  mov     w1, #1
;;        11c:  f9001002  str     x2, [x0, #0x20]
;;        120:  aa0103e0  mov     x0, x1
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;        130:  f85f83a0  ldur    x0, [x29, #-8]
;;        134:  528001e1  mov     w1, #0xf
;;        138:  97ffffb2  bl      #0  ; trap site, wasm @0x20
;;        13c:  f85f83a0  ldur    x0, [x29, #-8]
;;        140:  f9400010  ldr     x16, [x0]
;;        144:  f900121f  str     xzr, [x16, #0x20]
;;        148:  528001c1  mov     w1, #0xe
;;        14c:  97ffffad  bl      #0  ; trap site, wasm @0x20
;;
;; 00000150 <[1] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000243  b.lo    #0x1b0
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  f90003f3  str     x19, [sp]
;;        178:  f9400013  ldr     x19, [x0]
;;        17c:  f9401261  ldr     x1, [x19, #0x20]
;;        180:  f9401670  ldr     x16, [x19, #0x28]
;;        184:  b50001b0  cbnz    x16, #0x1b8
;;        188:  f1000421  subs    x1, x1, #1
;;        18c:  540001cd  b.le    #0x1c4
;;        190:  f9001261  str     x1, [x19, #0x20]
;;        194:  97ffffd7  bl      #0xf0  ; [0] g
;;        198:  f9401261  ldr     x1, [x19, #0x20]
;;        19c:  f9001261  str     x1, [x19, #0x20]
;;        1a0:  f94003f3  ldr     x19, [sp]
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  52800161  mov     w1, #0xb
;;        1b4:  97ffff93  bl      #0  ; trap site, wasm @0x0
;;        1b8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1bc:  528001e1  mov     w1, #0xf
;;        1c0:  97ffff90  bl      #0  ; trap site, wasm @0x25
;;        1c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f900121f  str     xzr, [x16, #0x20]
;;        1d0:  528001c1  mov     w1, #0xe
;;        1d4:  97ffff8b  bl      #0  ; trap site, wasm @0x25
