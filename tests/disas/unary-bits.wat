(module
  (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "ctz") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "popcnt") (param i32) (result i32) (i32.popcnt (local.get 0))))
;; ==== alloc ====
;; ;; function [0] clz
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.clz x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] ctz
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.ctz x1, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [2] popcnt
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = unary.popcnt x1
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000190 <[0] clz>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540000e3  b.lo    #0x1c4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  5ac01020  clz     w0, w1
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;        1c4:  52800161  mov     w1, #0xb
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x0
;;
;; 000001d0 <[1] ctz>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  54000103  b.lo    #0x208
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  dac00030  rbit    x16, x1
;;        1f8:  dac01200  clz     x0, x16
;;        1fc:  910003bf  mov     sp, x29
;;        200:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        204:  d65f03c0  ret
;;        208:  52800161  mov     w1, #0xb
;;        20c:  97ffff7d  bl      #0  ; trap site, wasm @0x0
;;
;; 00000210 <[2] popcnt>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10043f1  sub     x17, sp, #0x10
;;        224:  eb10023f  cmp     x17, x16
;;        228:  54000143  b.lo    #0x250
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  9e67003f  fmov    d31, x1
;;        238:  0e205bff  cnt     v31.8b, v31.8b
;;        23c:  0e31bbff  addv    b31, v31.8b
;;        240:  1e2603e0  fmov    w0, s31
;;        244:  910003bf  mov     sp, x29
;;        248:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        24c:  d65f03c0  ret
;;        250:  52800161  mov     w1, #0xb
;;        254:  97ffff6b  bl      #0  ; trap site, wasm @0x0
