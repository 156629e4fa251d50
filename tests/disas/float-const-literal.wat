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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  1e604002  fmov    d2, d0
;;        164:  1e604023  fmov    d3, d1
;;        168:  5c000240  ldr     d0, #0x1b0
;;        16c:  1e600841  fmul    d1, d2, d0
;;        170:  1e6c1004  fmov    d4, #0.50000000
;;        174:  1e642821  fadd    d1, d1, d4
;;        178:  529999b0  mov     w16, #0xcccd
;;        17c:  72a7b990  movk    w16, #0x3dcc, lsl #16
;;        180:  1e270204  fmov    s4, w16
;;        184:  1e240863  fmul    s3, s3, s4
;;        188:  1e22c063  fcvt    d3, s3
;;        18c:  b24003f0  mov     x16, #1
;;        190:  9e670204  fmov    d4, x16
;;        194:  1e642842  fadd    d2, d2, d4
;;        198:  1e621800  fdiv    d0, d0, d2
;;        19c:  1e602860  fadd    d0, d3, d0
;;        1a0:  1e602820  fadd    d0, d1, d0
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
;;        1b0:  d2f1a9fc  mov     x28, #-0x72b1000000000000
