(module
  (func (export "lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "ne") (param v128 v128) (result v128) (f64x2.ne (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] lt
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = vfloat d1, d0, VecFloat(name='fcmgt', arrangement='4s')
;;      2  jump block1
;; block1:
;;      3  ret d0
;;
;; ;; function [1] ne
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1 = args
;;      1  d0 = vfloat d0, d1, VecFloat(name='fcmeq', arrangement='2d')
;;      2  d0 = vfloat d0, VecFloat(name='not', arrangement='16b')
;;      3  jump block1
;; block1:
;;      4  ret d0
;; ==== asm ====
;; 00000110 <[0] lt>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  f9400010  ldr     x16, [x0]
;;        11c:  f9400610  ldr     x16, [x16, #8]
;;        120:  d10043f1  sub     x17, sp, #0x10
;;        124:  eb10023f  cmp     x17, x16
;;        128:  540000e3  b.lo    #0x144
;;        12c:  9100023f  mov     sp, x17
;;        130:  f81f83a0  stur    x0, [x29, #-8]
;;        134:  6ea0e420  fcmgt   v0.4s, v1.4s, v0.4s
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  52800161  mov     w1, #0xb
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x0
;;
;; 00000150 <[1] ne>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000103  b.lo    #0x188
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  4e61e400  fcmeq   v0.2d, v0.2d, v1.2d
;;        178:  6e205800  mvn     v0.16b, v0.16b
;;        17c:  910003bf  mov     sp, x29
;;        180:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        184:  d65f03c0  ret
;;        188:  52800161  mov     w1, #0xb
;;        18c:  97ffff9d  bl      #0  ; trap site, wasm @0x0
