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
;; 00000120 <[0] g>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  d10043ff  sub     sp, sp, #0x10
;;        12c:  f81f83a0  stur    x0, [x29, #-8]
;;        130:  f9400000  ldr     x0, [x0]
;;        134:  f9401001  ldr     x1, [x0, #0x20]
;;        138:  f9401410  ldr     x16, [x0, #0x28]
;;        13c:  b5000130  cbnz    x16, #0x160
;;        140:  f1000422  subs    x2, x1, #1
;;        144:  5400010d  b.le    #0x164
;;        148:  320003e1  mov     w1, #1
;;        14c:  f9001002  str     x2, [x0, #0x20]
;;        150:  aa0103e0  mov     x0, x1
;;        154:  910003bf  mov     sp, x29
;;        158:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        15c:  d65f03c0  ret
;;        160:  97ffffc2  bl      #0x68  ; trap site, wasm @0x20
;;        164:  97ffffbc  bl      #0x54  ; trap site, wasm @0x20
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
;;        1a4:  b5000190  cbnz    x16, #0x1d4
;;        1a8:  f1000421  subs    x1, x1, #1
;;        1ac:  5400016d  b.le    #0x1d8
;;        1b0:  f9001261  str     x1, [x19, #0x20]
;;        1b4:  97ffffdb  bl      #0x120  ; [0] g
;;        1b8:  f9401261  ldr     x1, [x19, #0x20]
;;        1bc:  f9001261  str     x1, [x19, #0x20]
;;        1c0:  f94003f3  ldr     x19, [sp]
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;        1d0:  97ffff9f  bl      #0x4c  ; trap site, wasm @0x0
;;        1d4:  97ffffa5  bl      #0x68  ; trap site, wasm @0x25
;;        1d8:  97ffff9f  bl      #0x54  ; trap site, wasm @0x25
