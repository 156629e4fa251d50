(module (func (export "f") (param i32) (result i32) (if (local.get 0) (then unreachable)) (i32.const 7)))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block4, block1
;;      0  x0, x1 = args
;;      1  condbr x1, block4, block1
;; block1:  ; succs: block2
;;      2  jump block2
;; block2:  ; succs: block3
;;      3  x0 = const bits=7
;;      4  jump block3
;; block3:
;;      5  ret x0
;; block4:
;;      6  trap unreachable, @0x24
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000163  b.lo    #0x134
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  350000a1  cbnz    w1, #0x128
;;        118:  32000be0  mov     w0, #7
;;        11c:  910003bf  mov     sp, x29
;;        120:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        124:  d65f03c0  ret
;;        128:  f85f83a0  ldur    x0, [x29, #-8]
;;        12c:  52800021  mov     w1, #1
;;        130:  97ffffb4  bl      #0  ; trap site, wasm @0x24
;;        134:  52800161  mov     w1, #0xb
;;        138:  97ffffb2  bl      #0  ; trap site, wasm @0x0
