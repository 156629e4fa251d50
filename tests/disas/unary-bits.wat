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
;; 000001f0 <[0] clz>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540000e3  b.lo    #0x224
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  5ac01020  clz     w0, w1
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
;;
;; 00000230 <[1] ctz>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000103  b.lo    #0x268
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  dac00030  rbit    x16, x1
;;        258:  dac01200  clz     x0, x16
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  52800161  mov     w1, #0xb
;;        26c:  97ffff65  bl      #0  ; trap site, wasm @0x0
;;
;; 00000270 <[2] popcnt>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  54000143  b.lo    #0x2b0
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  9e67003f  fmov    d31, x1
;;        298:  0e205bff  cnt     v31.8b, v31.8b
;;        29c:  0e31bbff  addv    b31, v31.8b
;;        2a0:  1e2603e0  fmov    w0, s31
;;        2a4:  910003bf  mov     sp, x29
;;        2a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2ac:  d65f03c0  ret
;;        2b0:  52800161  mov     w1, #0xb
;;        2b4:  97ffff53  bl      #0  ; trap site, wasm @0x0
