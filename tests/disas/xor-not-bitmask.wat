(module (func (export "f") (param i32) (result i32) (i32.xor (local.get 0) (i32.const 0x12345))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = const bits=74565
;;      2  x0 = alu.eor x1, x0
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000123  b.lo    #0x18c
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  528468a0  mov     w0, #0x2345
;;        178:  72a00020  movk    w0, #1, lsl #16
;;        17c:  4a000020  eor     w0, w1, w0
;;        180:  910003bf  mov     sp, x29
;;        184:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        188:  d65f03c0  ret
;;        18c:  52800161  mov     w1, #0xb
;;        190:  97ffff9c  bl      #0  ; trap site, wasm @0x0
