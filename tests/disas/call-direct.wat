;;! func = f
(module
  (func $g (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "f") (param i32) (result i32) (i32.mul (call $g (local.get 0)) (local.get 0))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: x19
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;         mov x19, x1
;;      1  x0 = call x0, x1, func=0
;;      2  x0 = alu.mul x0, x19
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000120 <[1] f>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  f9400010  ldr     x16, [x0]
;;        12c:  f9400610  ldr     x16, [x16, #8]
;;        130:  d10043f1  sub     x17, sp, #0x10
;;        134:  eb10023f  cmp     x17, x16
;;        138:  54000163  b.lo    #0x164
;;        13c:  9100023f  mov     sp, x17
;;        140:  f81f83a0  stur    x0, [x29, #-8]
;;        144:  f90003f3  str     x19, [sp]
;;        148:  aa0103f3  mov     x19, x1
;;        14c:  97ffffed  bl      #0x100  ; [0] g
;;        150:  1b137c00  mul     w0, w0, w19
;;        154:  f94003f3  ldr     x19, [sp]
;;        158:  910003bf  mov     sp, x29
;;        15c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        160:  d65f03c0  ret
;;        164:  97ffffba  bl      #0x4c  ; trap site, wasm @0x0
