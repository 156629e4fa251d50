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
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  540000e3  b.lo    #0x134
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  6e600800  rev32   v0.8h, v0.8h
;;        128:  910003bf  mov     sp, x29
;;        12c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        130:  d65f03c0  ret
;;        134:  52800161  mov     w1, #0xb
;;        138:  97ffffb2  bl      #0  ; trap site, wasm @0x0
;;
;; 00000140 <[1] rotl_i32x4_7>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  f9400010  ldr     x16, [x0]
;;        14c:  f9400610  ldr     x16, [x16, #8]
;;        150:  d10043f1  sub     x17, sp, #0x10
;;        154:  eb10023f  cmp     x17, x16
;;        158:  54000123  b.lo    #0x17c
;;        15c:  9100023f  mov     sp, x17
;;        160:  f81f83a0  stur    x0, [x29, #-8]
;;        164:  4ea01c01  mov     v1.16b, v0.16b
;;        168:  6f270420  ushr    v0.4s, v1.4s, #0x19
;;        16c:  6f275420  sli     v0.4s, v1.4s, #7
;;        170:  910003bf  mov     sp, x29
;;        174:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        178:  d65f03c0  ret
;;        17c:  52800161  mov     w1, #0xb
;;        180:  97ffffa0  bl      #0  ; trap site, wasm @0x0
;;
;; 00000190 <[2] rotl_i64x2_32>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  f9400010  ldr     x16, [x0]
;;        19c:  f9400610  ldr     x16, [x16, #8]
;;        1a0:  d10043f1  sub     x17, sp, #0x10
;;        1a4:  eb10023f  cmp     x17, x16
;;        1a8:  540000e3  b.lo    #0x1c4
;;        1ac:  9100023f  mov     sp, x17
;;        1b0:  f81f83a0  stur    x0, [x29, #-8]
;;        1b4:  4ea00800  rev64   v0.4s, v0.4s
;;        1b8:  910003bf  mov     sp, x29
;;        1bc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c0:  d65f03c0  ret
;;        1c4:  52800161  mov     w1, #0xb
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x0
;;
;; 000001d0 <[3] no_rotate>:
;;        1d0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1d4:  910003fd  mov     x29, sp
;;        1d8:  f9400010  ldr     x16, [x0]
;;        1dc:  f9400610  ldr     x16, [x16, #8]
;;        1e0:  d10043f1  sub     x17, sp, #0x10
;;        1e4:  eb10023f  cmp     x17, x16
;;        1e8:  54000143  b.lo    #0x210
;;        1ec:  9100023f  mov     sp, x17
;;        1f0:  f81f83a0  stur    x0, [x29, #-8]
;;        1f4:  4ea01c01  mov     v1.16b, v0.16b
;;        1f8:  4f2c5420  shl     v0.4s, v1.4s, #0xc
;;        1fc:  6f2d0421  ushr    v1.4s, v1.4s, #0x13
;;        200:  4ea11c00  orr     v0.16b, v0.16b, v1.16b
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;        210:  52800161  mov     w1, #0xb
;;        214:  97ffff7b  bl      #0  ; trap site, wasm @0x0
