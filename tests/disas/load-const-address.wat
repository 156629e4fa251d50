(module (memory 1) (func (export "f") (result i32) (i32.load (i32.const 1024))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;      1  x0 = heap_base x0
;;      2  x1 = const bits=1024
;;      3  x0 = load x1, x0, x0, bytes=4, offset=0, still=guarded, @0x27
;;      4  jump block1
;; block1:
;;      5  ret x0
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  f9400010  ldr     x16, [x0]
;;         fc:  f9400610  ldr     x16, [x16, #8]
;;        100:  d10043f1  sub     x17, sp, #0x10
;;        104:  eb10023f  cmp     x17, x16
;;        108:  54000143  b.lo    #0x130
;;        10c:  9100023f  mov     sp, x17
;;        110:  f81f83a0  stur    x0, [x29, #-8]
;;        114:  f9400400  ldr     x0, [x0, #8]
;;        118:  f9400000  ldr     x0, [x0]
;;        11c:  321603e1  mov     w1, #0x400
;;        120:  b8614800  ldr     w0, [x0, w1, uxtw]  ; trap site, wasm @0x27
;;        124:  910003bf  mov     sp, x29
;;        128:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        12c:  d65f03c0  ret
;;        130:  52800161  mov     w1, #0xb
;;        134:  97ffffb3  bl      #0  ; trap site, wasm @0x0
