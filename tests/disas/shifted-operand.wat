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
;; 000001a0 <[0] add_lsl>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  d10043ff  sub     sp, sp, #0x10
;;        1ac:  f81f83a0  stur    x0, [x29, #-8]
;;        1b0:  0b020c20  add     w0, w1, w2, lsl #3
;;        1b4:  910003bf  mov     sp, x29
;;        1b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1bc:  d65f03c0  ret
;;
;; 000001c0 <[1] sub_asr64>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  d10043ff  sub     sp, sp, #0x10
;;        1cc:  f81f83a0  stur    x0, [x29, #-8]
;;        1d0:  cb82f020  sub     x0, x1, x2, asr #60
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;
;; 000001e0 <[2] xor_lsr_left>:
;;        1e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1e4:  910003fd  mov     x29, sp
;;        1e8:  d10043ff  sub     sp, sp, #0x10
;;        1ec:  f81f83a0  stur    x0, [x29, #-8]
;;        1f0:  4a420c20  eor     w0, w1, w2, lsr #3
;;        1f4:  910003bf  mov     sp, x29
;;        1f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1fc:  d65f03c0  ret
;;
;; 00000200 <[3] eor_rotl>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  d10043ff  sub     sp, sp, #0x10
;;        20c:  f81f83a0  stur    x0, [x29, #-8]
;;        210:  4ac26020  eor     w0, w1, w2, ror #24
;;        214:  910003bf  mov     sp, x29
;;        218:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        21c:  d65f03c0  ret
;;
;; 00000220 <[4] add_rotr_not_fused>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  d10043ff  sub     sp, sp, #0x10
;;        22c:  f81f83a0  stur    x0, [x29, #-8]
;;        230:  13822040  ror     w0, w2, #8
;;        234:  0b000020  add     w0, w1, w0
;;        238:  910003bf  mov     sp, x29
;;        23c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        240:  d65f03c0  ret
;;
;; 00000250 <[5] sub_shifted_left_not_fused>:
;;        250:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        254:  910003fd  mov     x29, sp
;;        258:  d10043ff  sub     sp, sp, #0x10
;;        25c:  f81f83a0  stur    x0, [x29, #-8]
;;        260:  531e7440  lsl     w0, w2, #2
;;        264:  4b010000  sub     w0, w0, w1
;;        268:  910003bf  mov     sp, x29
;;        26c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        270:  d65f03c0  ret
