(module (memory 1)
  (func (export "f32") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64") (param i32 f64) (f64.store offset=8 (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f32
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, d0 = args
;;      1  x0 = heap_base x0
;;      2  store d0, x1, x0, x0, bytes=4, float, offset=0, still=guarded, @0x37
;;      3  jump block1
;; block1:
;;      4  ret
;;
;; ;; function [1] f64
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, d0 = args
;;      1  x0 = heap_base x0
;;      2  store d0, x1, x0, x0, bytes=8, wide, float, offset=8, still=guarded, @0x41
;;      3  jump block1
;; block1:
;;      4  ret
;; ==== asm ====
;; 00000190 <[0] f32>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  54000143  b.lo    #0x1d0
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  f9400400  ldr     x0, [x0, #8]
;;        1b8:  f9400000  ldr     x0, [x0]
;;        1bc:  b861481f  ldr     wzr, [x0, w1, uxtw]
;;        1c0:  bc214800  str     s0, [x0, w1, uxtw]  ; trap site, wasm @0x37
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;        1d0:  52800161  mov     w1, #0xb
;;        1d4:  97ffff8b  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[1] f64>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000163  b.lo    #0x224
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  f9400400  ldr     x0, [x0, #8]
;;        208:  f9400000  ldr     x0, [x0]
;;        20c:  8b214010  add     x16, x0, w1, uxtw
;;        210:  f940061f  ldr     xzr, [x16, #8]
;;        214:  fd000600  str     d0, [x16, #8]  ; trap site, wasm @0x41
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
