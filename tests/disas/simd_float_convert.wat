(module
  (func (export "trunc_sat_zero") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0)))
  (func (export "convert_low") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "demote_promote") (param v128) (result v128)
    (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get 0)))))
;; ==== alloc ====
;; ;; function [0] trunc_sat_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = vfloat d0, VecFloat(name='fcvtzu', arrangement='2d')
;;      2  d0 = vfloat d0, VecFloat(name='uqxtn', arrangement='2s')
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [1] convert_low
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = vfloat d0, VecFloat(name='sxtl', arrangement='2s')
;;      2  d0 = vfloat d0, VecFloat(name='scvtf', arrangement='2d')
;;      3  jump block1
;; block1:
;;      4  ret d0
;;
;; ;; function [2] demote_promote
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, d0 = args
;;      1  d0 = vfloat d0, VecFloat(name='fcvtn', arrangement='2s')
;;      2  d0 = vfloat d0, VecFloat(name='fcvtl', arrangement='2s')
;;      3  jump block1
;; block1:
;;      4  ret d0
;; ==== asm ====
;; 00000100 <[0] trunc_sat_zero>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000103  b.lo    #0x138
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  6ee1b800  fcvtzu  v0.2d, v0.2d
;;        128:  2ea14800  uqxtn   v0.2s, v0.2d
;;        12c:  910003bf  mov     sp, x29
;;        130:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        134:  d65f03c0  ret
;;        138:  52800161  mov     w1, #0xb
;;        13c:  97ffffb1  bl      #0  ; trap site, wasm @0x0
;;
;; 00000140 <[1] convert_low>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  f9400010  ldr     x16, [x0]
;;        14c:  f9400610  ldr     x16, [x16, #8]
;;        150:  d10043f1  sub     x17, sp, #0x10
;;        154:  eb10023f  cmp     x17, x16
;;        158:  54000103  b.lo    #0x178
;;        15c:  9100023f  mov     sp, x17
;;        160:  f81f83a0  stur    x0, [x29, #-8]
;;        164:  0f20a400  sshll   v0.2d, v0.2s, #0
;;        168:  4e61d800  scvtf   v0.2d, v0.2d
;;        16c:  910003bf  mov     sp, x29
;;        170:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        174:  d65f03c0  ret
;;        178:  52800161  mov     w1, #0xb
;;        17c:  97ffffa1  bl      #0  ; trap site, wasm @0x0
;;
;; 00000180 <[2] demote_promote>:
;;        180:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        184:  910003fd  mov     x29, sp
;;        188:  f9400010  ldr     x16, [x0]
;;        18c:  f9400610  ldr     x16, [x16, #8]
;;        190:  d10043f1  sub     x17, sp, #0x10
;;        194:  eb10023f  cmp     x17, x16
;;        198:  54000103  b.lo    #0x1b8
;;        19c:  9100023f  mov     sp, x17
;;        1a0:  f81f83a0  stur    x0, [x29, #-8]
;;        1a4:  0e616800  fcvtn   v0.2s, v0.2d
;;        1a8:  0e617800  fcvtl   v0.2d, v0.2s
;;        1ac:  910003bf  mov     sp, x29
;;        1b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b4:  d65f03c0  ret
;;        1b8:  52800161  mov     w1, #0xb
;;        1bc:  97ffff91  bl      #0  ; trap site, wasm @0x0
