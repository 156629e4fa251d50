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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000163  b.lo    #0x194
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  350000a1  cbnz    w1, #0x188
;;        178:  32000be0  mov     w0, #7
;;        17c:  910003bf  mov     sp, x29
;;        180:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        184:  d65f03c0  ret
;;        188:  f85f83a0  ldur    x0, [x29, #-8]
;;        18c:  52800021  mov     w1, #1
;;        190:  97ffff9c  bl      #0  ; trap site, wasm @0x24
;;        194:  52800161  mov     w1, #0xb
;;        198:  97ffff9a  bl      #0  ; trap site, wasm @0x0
