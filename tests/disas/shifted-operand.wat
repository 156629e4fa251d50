;;! stages = asm
;; A constant shift used only by an add/sub/and/or/xor becomes its shifted operand:
;; lsl/lsr/asr for all, ror (rotr, and rotl as ror) for the logical ones only.
(module
  (func (export "add_lsl") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 3))))
  (func (export "sub_asr64") (param i64 i64) (result i64)
    (i64.sub (local.get 0) (i64.shr_s (local.get 1) (i64.const 60))))
  (func (export "xor_lsr_left") (param i32 i32) (result i32)
    (i32.xor (i32.shr_u (local.get 1) (i32.const 3)) (local.get 0)))
  (func (export "eor_rotl") (param i32 i32) (result i32)
    (i32.xor (local.get 0) (i32.rotl (local.get 1) (i32.const 8))))
  (func (export "add_rotr_not_fused") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.rotr (local.get 1) (i32.const 8))))
  (func (export "sub_shifted_left_not_fused") (param i32 i32) (result i32)
    (i32.sub (i32.shl (local.get 1) (i32.const 2)) (local.get 0))))
;; ==== asm ====
;; 00000200 <[0] add_lsl>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  0b020c20  add     w0, w1, w2, lsl #3
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;
;; 00000220 <[1] sub_asr64>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  cb82f020  sub     x0, x1, x2, asr #60
;;        234:  910003bf  mov     sp, x29
;;        238:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        23c:  d65f03c0  ret
;;
;; 00000240 <[2] xor_lsr_left>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  4a420c20  eor     w0, w1, w2, lsr #3
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
;;
;; 00000260 <[3] eor_rotl>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  4ac26020  eor     w0, w1, w2, ror #24
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;
;; 00000280 <[4] add_rotr_not_fused>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  13822040  ror     w0, w2, #8
;;        294:  0b000020  add     w0, w1, w0
;;        298:  910003bf  mov     sp, x29
;;        29c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a0:  d65f03c0  ret
;;
;; 000002b0 <[5] sub_shifted_left_not_fused>:
;;        2b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2b4:  910003fd  mov     x29, sp
;;        2b8:  d10043ff  sub     sp, sp, #0x10
;;        2bc:  f81f83a0  stur    x0, [x29, #-8]
;;        2c0:  531e7440  lsl     w0, w2, #2
;;        2c4:  4b010000  sub     w0, w0, w1
;;        2c8:  910003bf  mov     sp, x29
;;        2cc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2d0:  d65f03c0  ret
