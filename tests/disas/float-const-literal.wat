;;! stages = asm
;; Float constants: fmov #imm when encodable (0.5), through x16 when that takes at most two
;; words (0.1f, and 2^-1074's bits), else one ldr from a 16-byte literal in the function's
;; last island (0.001, which GVN shares between its two uses).
(module (func (export "f") (param f64 f32) (result f64)
  (f64.add
    (f64.add (f64.mul (local.get 0) (f64.const 0.001)) (f64.const 0.5))
    (f64.add (f64.promote_f32 (f32.mul (local.get 1) (f32.const 0.1)))
             (f64.div (f64.const 0.001) (f64.add (local.get 0) (f64.const 0x0.0000000000001p-1022)))))))
;; ==== asm ====
;; 000000f0 <[0] f>:
;;         f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;         f4:  910003fd  mov     x29, sp
;;         f8:  d10043ff  sub     sp, sp, #0x10
;;         fc:  f81f83a0  stur    x0, [x29, #-8]
;;        100:  1e604002  fmov    d2, d0
;;        104:  1e604023  fmov    d3, d1
;;        108:  5c000240  ldr     d0, #0x150
;;        10c:  1e600841  fmul    d1, d2, d0
;;        110:  1e6c1004  fmov    d4, #0.50000000
;;        114:  1e642821  fadd    d1, d1, d4
;;        118:  529999b0  mov     w16, #0xcccd
;;        11c:  72a7b990  movk    w16, #0x3dcc, lsl #16
;;        120:  1e270204  fmov    s4, w16
;;        124:  1e240863  fmul    s3, s3, s4
;;        128:  1e22c063  fcvt    d3, s3
;;        12c:  b24003f0  mov     x16, #1
;;        130:  9e670204  fmov    d4, x16
;;        134:  1e642842  fadd    d2, d2, d4
;;        138:  1e621800  fdiv    d0, d0, d2
;;        13c:  1e602860  fadd    d0, d3, d0
;;        140:  1e602820  fadd    d0, d1, d0
;;        144:  910003bf  mov     sp, x29
;;        148:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        14c:  d65f03c0  ret
;;        150:  d2f1a9fc  mov     x28, #-0x72b1000000000000
