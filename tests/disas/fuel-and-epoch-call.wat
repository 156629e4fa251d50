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
;; 00000170 <[0] g>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  f9400000  ldr     x0, [x0]
;;        184:  f9401001  ldr     x1, [x0, #0x20]
;;        188:  f9401410  ldr     x16, [x0, #0x28]
;;        18c:  b5000130  cbnz    x16, #0x1b0
;;        190:  f1000422  subs    x2, x1, #1
;;        194:  5400010d  b.le    #0x1b4
;;        198:  320003e1  mov     w1, #1
;;        19c:  f9001002  str     x2, [x0, #0x20]
;;        1a0:  aa0103e0  mov     x0, x1
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  97ffffc4  bl      #0xc0  ; trap site, wasm @0x20
;;        1b4:  97ffffbe  bl      #0xac  ; trap site, wasm @0x20
;;
;; 000001c0 <[1] f>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f9400610  ldr     x16, [x16, #8]
;;        1d0:  d10043f1  sub     x17, sp, #0x10
;;        1d4:  eb10023f  cmp     x17, x16
;;        1d8:  54000243  b.lo    #0x220
;;        1dc:  9100023f  mov     sp, x17
;;        1e0:  f81f83a0  stur    x0, [x29, #-8]
;;        1e4:  f90003f3  str     x19, [sp]
;;        1e8:  f9400013  ldr     x19, [x0]
;;        1ec:  f9401261  ldr     x1, [x19, #0x20]
;;        1f0:  f9401670  ldr     x16, [x19, #0x28]
;;        1f4:  b5000190  cbnz    x16, #0x224
;;        1f8:  f1000421  subs    x1, x1, #1
;;        1fc:  5400016d  b.le    #0x228
;;        200:  f9001261  str     x1, [x19, #0x20]
;;        204:  97ffffdb  bl      #0x170  ; [0] g, wasm @0x25
;;        208:  f9401261  ldr     x1, [x19, #0x20]
;;        20c:  f9001261  str     x1, [x19, #0x20]
;;        210:  f94003f3  ldr     x19, [sp]
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;        220:  97ffffa1  bl      #0xa4  ; trap site, wasm @0x0
;;        224:  97ffffa7  bl      #0xc0  ; trap site, wasm @0x25
;;        228:  97ffffa1  bl      #0xac  ; trap site, wasm @0x25
