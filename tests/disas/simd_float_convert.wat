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
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  6ee1b800  fcvtzu  v0.2d, v0.2d
;;        174:  2ea14800  uqxtn   v0.2s, v0.2d
;;        178:  910003bf  mov     sp, x29
;;        17c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        180:  d65f03c0  ret
;;
;; 00000190 <[1] convert_low>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  0f20a400  sshll   v0.2d, v0.2s, #0
;;        1a4:  4e61d800  scvtf   v0.2d, v0.2d
;;        1a8:  910003bf  mov     sp, x29
;;        1ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b0:  d65f03c0  ret
;;
;; 000001c0 <[2] demote_promote>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  0e616800  fcvtn   v0.2s, v0.2d
;;        1d4:  0e617800  fcvtl   v0.2d, v0.2s
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
