(module
  (func (export "madd") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "nmadd_accumulator_live") (param v128 v128 v128) (result v128)
    (f64x2.add (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)) (local.get 2))))
;; ==== alloc ====
;; ;; function [0] madd
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1, d2 = args
;;      1  d2 = vfloat_acc d2, d0, d1, VecFloat(name='fmla', arrangement='4s')
;;      2  jump block1
;; block1:
;;         mov d0, d2
;;      3  ret d0
;;
;; ;; function [1] nmadd_accumulator_live
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0, d1, d2 = args
;;         mov d3, d0
;;         mov d0, d2
;;      1  d0 = vfloat_acc d0, d3, d1, VecFloat(name='fmls', arrangement='2d')
;;      2  d0 = vfloat d0, d2, VecFloat(name='fadd', arrangement='2d')
;;      3  jump block1
;; block1:
;;      4  ret d0
;; ==== asm ====
;; 00000120 <[0] madd>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  f9400010  ldr     x16, [x0]
;;        12c:  f9400610  ldr     x16, [x16, #8]
;;        130:  d10043f1  sub     x17, sp, #0x10
;;        134:  eb10023f  cmp     x17, x16
;;        138:  54000103  b.lo    #0x158
;;        13c:  9100023f  mov     sp, x17
;;        140:  f81f83a0  stur    x0, [x29, #-8]
;;        144:  4e21cc02  fmla    v2.4s, v0.4s, v1.4s
;;        148:  4ea21c40  mov     v0.16b, v2.16b
;;        14c:  910003bf  mov     sp, x29
;;        150:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        154:  d65f03c0  ret
;;        158:  52800161  mov     w1, #0xb
;;        15c:  97ffffa9  bl      #0  ; trap site, wasm @0x0
;;
;; 00000160 <[1] nmadd_accumulator_live>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000143  b.lo    #0x1a0
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  4ea01c03  mov     v3.16b, v0.16b
;;        188:  4ea21c40  mov     v0.16b, v2.16b
;;        18c:  4ee1cc60  fmls    v0.2d, v3.2d, v1.2d
;;        190:  4e62d400  fadd    v0.2d, v0.2d, v2.2d
;;        194:  910003bf  mov     sp, x29
;;        198:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        19c:  d65f03c0  ret
;;        1a0:  52800161  mov     w1, #0xb
;;        1a4:  97ffff97  bl      #0  ; trap site, wasm @0x0
