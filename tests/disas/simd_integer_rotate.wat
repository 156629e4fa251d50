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
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  540000e3  b.lo    #0x194
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  6e600800  rev32   v0.8h, v0.8h
;;        188:  910003bf  mov     sp, x29
;;        18c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        190:  d65f03c0  ret
;;        194:  52800161  mov     w1, #0xb
;;        198:  97ffff9a  bl      #0  ; trap site, wasm @0x0
;;
;; 000001a0 <[1] rotl_i32x4_7>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d10043f1  sub     x17, sp, #0x10
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  54000123  b.lo    #0x1dc
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  4ea01c01  mov     v1.16b, v0.16b
;;        1c8:  6f270420  ushr    v0.4s, v1.4s, #0x19
;;        1cc:  6f275420  sli     v0.4s, v1.4s, #7
;;        1d0:  910003bf  mov     sp, x29
;;        1d4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1d8:  d65f03c0  ret
;;        1dc:  52800161  mov     w1, #0xb
;;        1e0:  97ffff88  bl      #0  ; trap site, wasm @0x0
;;
;; 000001f0 <[2] rotl_i64x2_32>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  f9400010  ldr     x16, [x0]
;;        1fc:  f9400610  ldr     x16, [x16, #8]
;;        200:  d10043f1  sub     x17, sp, #0x10
;;        204:  eb10023f  cmp     x17, x16
;;        208:  540000e3  b.lo    #0x224
;;        20c:  9100023f  mov     sp, x17
;;        210:  f81f83a0  stur    x0, [x29, #-8]
;;        214:  4ea00800  rev64   v0.4s, v0.4s
;;        218:  910003bf  mov     sp, x29
;;        21c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        220:  d65f03c0  ret
;;        224:  52800161  mov     w1, #0xb
;;        228:  97ffff76  bl      #0  ; trap site, wasm @0x0
;;
;; 00000230 <[3] no_rotate>:
;;        230:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        234:  910003fd  mov     x29, sp
;;        238:  f9400010  ldr     x16, [x0]
;;        23c:  f9400610  ldr     x16, [x16, #8]
;;        240:  d10043f1  sub     x17, sp, #0x10
;;        244:  eb10023f  cmp     x17, x16
;;        248:  54000143  b.lo    #0x270
;;        24c:  9100023f  mov     sp, x17
;;        250:  f81f83a0  stur    x0, [x29, #-8]
;;        254:  4ea01c01  mov     v1.16b, v0.16b
;;        258:  4f2c5420  shl     v0.4s, v1.4s, #0xc
;;        25c:  6f2d0421  ushr    v1.4s, v1.4s, #0x13
;;        260:  4ea11c00  orr     v0.16b, v0.16b, v1.16b
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  52800161  mov     w1, #0xb
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x0
