(module
  (func (export "f32x4") (param v128 v128) (result v128)
    (f32x4.div (f32x4.add (local.get 0) (local.get 1)) (f32x4.sqrt (local.get 1))))
  (func (export "f64x2") (param v128 v128) (result v128)
    (f64x2.max (f64x2.nearest (local.get 0)) (f64x2.min (local.get 0) (local.get 1)))))
;; ==== alloc ====
;; ;; function [0] f32x4
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = vfloat d0, d1, VecFloat(name='fadd', arrangement='4s')
;;      2  d1 = vfloat d1, VecFloat(name='fsqrt', arrangement='4s')
;;      3  d0 = vfloat d0, d1, VecFloat(name='fdiv', arrangement='4s')
;;      4  jump block1
;; block1:
;;      5  ret d0
;;
;; ;; function [1] f64x2
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;         mov d2, d0
;;      1  d0 = vfloat d2, VecFloat(name='frintn', arrangement='2d')
;;      2  d1 = vfloat d2, d1, VecFloat(name='fmin', arrangement='2d')
;;      3  d0 = vfloat d0, d1, VecFloat(name='fmax', arrangement='2d')
;;      4  jump block1
;; block1:
;;      5  ret d0
;; ==== asm ====
;; 00000110 <[0] f32x4>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  f9400010  ldr     x16, [x0]
;;        11c:  f9400610  ldr     x16, [x16, #8]
;;        120:  d10043f1  sub     x17, sp, #0x10
;;        124:  eb10023f  cmp     x17, x16
;;        128:  54000123  b.lo    #0x14c
;;        12c:  9100023f  mov     sp, x17
;;        130:  f81f83a0  stur    x0, [x29, #-8]
;;        134:  4e21d400  fadd    v0.4s, v0.4s, v1.4s
;;        138:  6ea1f821  fsqrt   v1.4s, v1.4s
;;        13c:  6e21fc00  fdiv    v0.4s, v0.4s, v1.4s
;;        140:  910003bf  mov     sp, x29
;;        144:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        148:  d65f03c0  ret
;;        14c:  52800161  mov     w1, #0xb
;;        150:  97ffffac  bl      #0  ; trap site, wasm @0x0
;;
;; 00000160 <[1] f64x2>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000143  b.lo    #0x1a0
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  4ea01c02  mov     v2.16b, v0.16b
;;        188:  4e618840  frintn  v0.2d, v2.2d
;;        18c:  4ee1f441  fmin    v1.2d, v2.2d, v1.2d
;;        190:  4e61f400  fmax    v0.2d, v0.2d, v1.2d
;;        194:  910003bf  mov     sp, x29
;;        198:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        19c:  d65f03c0  ret
;;        1a0:  52800161  mov     w1, #0xb
;;        1a4:  97ffff97  bl      #0  ; trap site, wasm @0x0
