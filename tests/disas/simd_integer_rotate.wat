;;! stages = asm
(module
  (func (export "rotl_i32x4_16") (param v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 16)) (i32x4.shr_u (local.get 0) (i32.const 16))))
  (func (export "rotl_i32x4_7") (param v128) (result v128)
    (v128.or (i32x4.shr_u (local.get 0) (i32.const 25)) (i32x4.shl (local.get 0) (i32.const 7))))
  (func (export "rotl_i64x2_32") (param v128) (result v128)
    (v128.or (i64x2.shl (local.get 0) (i32.const 32)) (i64x2.shr_u (local.get 0) (i32.const 32))))
  (func (export "no_rotate") (param v128) (result v128)
    (v128.or (i32x4.shl (local.get 0) (i32.const 12)) (i32x4.shr_u (local.get 0) (i32.const 19)))))
;; ==== asm ====
;; 00000160 <[0] rotl_i32x4_16>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  6e600800  rev32   v0.8h, v0.8h
;;        174:  910003bf  mov     sp, x29
;;        178:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        17c:  d65f03c0  ret
;;
;; 00000180 <[1] rotl_i32x4_7>:
;;        180:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        184:  910003fd  mov     x29, sp
;;        188:  d10043ff  sub     sp, sp, #0x10
;;        18c:  f81f83a0  stur    x0, [x29, #-8]
;;        190:  4ea01c01  mov     v1.16b, v0.16b
;;        194:  6f270420  ushr    v0.4s, v1.4s, #0x19
;;        198:  6f275420  sli     v0.4s, v1.4s, #7
;;        19c:  910003bf  mov     sp, x29
;;        1a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a4:  d65f03c0  ret
;;
;; 000001b0 <[2] rotl_i64x2_32>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  d10043ff  sub     sp, sp, #0x10
;;        1bc:  f81f83a0  stur    x0, [x29, #-8]
;;        1c0:  4ea00800  rev64   v0.4s, v0.4s
;;        1c4:  910003bf  mov     sp, x29
;;        1c8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1cc:  d65f03c0  ret
;;
;; 000001d0 <[3] no_rotate>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  d10043ff  sub     sp, sp, #0x10
;;        1dc:  f81f83a0  stur    x0, [x29, #-8]
;;        1e0:  4ea01c01  mov     v1.16b, v0.16b
;;        1e4:  4f2c5420  shl     v0.4s, v1.4s, #0xc
;;        1e8:  6f2d0421  ushr    v1.4s, v1.4s, #0x13
;;        1ec:  4ea11c00  orr     v0.16b, v0.16b, v1.16b
;;        1f0:  910003bf  mov     sp, x29
;;        1f4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1f8:  d65f03c0  ret
