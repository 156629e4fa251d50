(module
  (func (export "pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "pmax_keeps_operands") (param v128 v128) (result v128)
    (f64x2.add (f64x2.pmax (local.get 0) (local.get 1)) (f64x2.sub (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] pmin
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;         mov d2, d0
;;      1  d0 = vfloat d2, d1, VecFloat(name='fcmgt', arrangement='4s')
;;      2  d0 = vfloat_acc d0, d1, d2, VecFloat(name='bsl', arrangement='16b')
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [1] pmax_keeps_operands
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d2 = vfloat d1, d0, VecFloat(name='fcmgt', arrangement='2d')
;;      2  d2 = vfloat_acc d2, d1, d0, VecFloat(name='bsl', arrangement='16b')
;;      3  d0 = vfloat d0, d1, VecFloat(name='fsub', arrangement='2d')
;;      4  d0 = vfloat d2, d0, VecFloat(name='fadd', arrangement='2d')
;;      5  jump block1
;; block1:
;;      6  ret d0
;; ==== asm ====
;; 00000110 <[0] pmin>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  f9400010  ldr     x16, [x0]
;;        11c:  f9400610  ldr     x16, [x16, #8]
;;        120:  d10043f1  sub     x17, sp, #0x10
;;        124:  eb10023f  cmp     x17, x16
;;        128:  54000123  b.lo    #0x14c
;;        12c:  9100023f  mov     sp, x17
;;        130:  f81f83a0  stur    x0, [x29, #-8]
;;        134:  4ea01c02  mov     v2.16b, v0.16b
;;        138:  6ea1e440  fcmgt   v0.4s, v2.4s, v1.4s
;;        13c:  6e621c20  bsl     v0.16b, v1.16b, v2.16b
;;        140:  910003bf  mov     sp, x29
;;        144:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        148:  d65f03c0  ret
;;        14c:  52800161  mov     w1, #0xb
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x0
;;
;; 00000160 <[1] pmax_keeps_operands>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000143  b.lo    #0x1a0
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  6ee0e422  fcmgt   v2.2d, v1.2d, v0.2d
;;        188:  6e601c22  bsl     v2.16b, v1.16b, v0.16b
;;        18c:  4ee1d400  fsub    v0.2d, v0.2d, v1.2d
;;        190:  4e60d440  fadd    v0.2d, v2.2d, v0.2d
;;        194:  910003bf  mov     sp, x29
;;        198:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        19c:  d65f03c0  ret
;;        1a0:  52800161  mov     w1, #0xb
;;        1a4:  97ffff97  bl      #0  ; trap site, wasm @0x0
