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
;; 00000100 <[0] rotl_i32x4_16>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  6e600800  rev32   v0.8h, v0.8h
;;        114:  910003bf  mov     sp, x29
;;        118:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        11c:  d65f03c0  ret
;;
;; 00000120 <[1] rotl_i32x4_7>:
;;        120:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        124:  910003fd  mov     x29, sp
;;        128:  d10043ff  sub     sp, sp, #0x10
;;        12c:  f81f83a0  stur    x0, [x29, #-8]
;;        130:  4ea01c01  mov     v1.16b, v0.16b
;;        134:  6f270420  ushr    v0.4s, v1.4s, #0x19
;;        138:  6f275420  sli     v0.4s, v1.4s, #7
;;        13c:  910003bf  mov     sp, x29
;;        140:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        144:  d65f03c0  ret
;;
;; 00000150 <[2] rotl_i64x2_32>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  4ea00800  rev64   v0.4s, v0.4s
;;        164:  910003bf  mov     sp, x29
;;        168:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        16c:  d65f03c0  ret
;;
;; 00000170 <[3] no_rotate>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  4ea01c01  mov     v1.16b, v0.16b
;;        184:  4f2c5420  shl     v0.4s, v1.4s, #0xc
;;        188:  6f2d0421  ushr    v1.4s, v1.4s, #0x13
;;        18c:  4ea11c00  orr     v0.16b, v0.16b, v1.16b
;;        190:  910003bf  mov     sp, x29
;;        194:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        198:  d65f03c0  ret
