;;! func = f
(module (func $g) (elem declare func $g) (func (export "f") (result funcref) (ref.func $g)))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = ref_func x0, func=0
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000230 <[1] f>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000103  b.lo    #0x268
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  f9400800  ldr     x0, [x0, #0x10]
;;        258:  91000000  add     x0, x0, #0
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  52800161  mov     w1, #0xb
;;        26c:  97ffff65  bl      #0  ; trap site, wasm @0x0
