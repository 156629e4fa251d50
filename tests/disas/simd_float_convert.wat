(module
  (func (export "trunc_sat_zero") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0)))
  (func (export "convert_low") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "demote_promote") (param v128) (result v128)
    (f64x2.promote_low_f32x4 (f32x4.demote_f64x2_zero (local.get 0)))))
;; ==== alloc ====
;; ;; function [0] trunc_sat_zero
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcvtzu q0, arrangement=2d
;;      2  q0 = vfloat.uqxtn q0, arrangement=2s
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [1] convert_low
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.sxtl q0, arrangement=2s
;;      2  q0 = vfloat.scvtf q0, arrangement=2d
;;      3  jump block1
;; block1:
;;      4  ret q0
;;
;; ;; function [2] demote_promote
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, q0 = args
;;      1  q0 = vfloat.fcvtn q0, arrangement=2s
;;      2  q0 = vfloat.fcvtl q0, arrangement=2s
;;      3  jump block1
;; block1:
;;      4  ret q0
;; ==== asm ====
;; 00000160 <[0] trunc_sat_zero>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000103  b.lo    #0x198
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  6ee1b800  fcvtzu  v0.2d, v0.2d
;;        188:  2ea14800  uqxtn   v0.2s, v0.2d
;;        18c:  910003bf  mov     sp, x29
;;        190:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        194:  d65f03c0  ret
;;        198:  52800161  mov     w1, #0xb
;;        19c:  97ffff99  bl      #0  ; trap site, wasm @0x0
;;
;; 000001a0 <[1] convert_low>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  54000103  b.lo    #0x1d8
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  0f20a400  sshll   v0.2d, v0.2s, #0
;;        1c8:  4e61d800  scvtf   v0.2d, v0.2d
;;        1cc:  910003bf  mov     sp, x29
;;        1d0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d4:  d65f03c0  ret
;;        1d8:  52800161  mov     w1, #0xb
;;        1dc:  97ffff89  bl      #0  ; trap site, wasm @0x0
;;
;; 000001e0 <[2] demote_promote>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  f9400010  ldr     x16, [x0]
;;        1ec:  f9400610  ldr     x16, [x16, #8]
;;        1f0:  d10043f1  sub     x17, sp, #0x10
;;        1f4:  eb10023f  cmp     x17, x16
;;        1f8:  54000103  b.lo    #0x218
;;        1fc:  9100023f  mov     sp, x17
;;        200:  f81f83a0  stur    x0, [x29, #-8]
;;        204:  0e616800  fcvtn   v0.2s, v0.2d
;;        208:  0e617800  fcvtl   v0.2d, v0.2s
;;        20c:  910003bf  mov     sp, x29
;;        210:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        214:  d65f03c0  ret
;;        218:  52800161  mov     w1, #0xb
;;        21c:  97ffff79  bl      #0  ; trap site, wasm @0x0
