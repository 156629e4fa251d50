;;! stages = opt asm
(module
  (func (export "i31") (param i32) (result i32)
    (i31.get_s (ref.cast (ref i31) (any.convert_extern (extern.convert_any (ref.i31 (local.get 0))))))))
;; ==== opt ====
;; ;; function [0] i31
;; function u0:0(i32) -> (i32) {
;; block0(v0: i64, v1: i32):
;;     v15 = i32.const 1 @0x24
;;     v16 = i32.shl v1, v15 @0x24
;;     v18 = i32.or v16, v15 @0x24
;;     v19 = i64.extend_i32_u v18 @0x24
;;     v20 = i64.const 3 @0x26
;;     v21 = i64.and v19, v20 @0x26
;;     v22 = i64.const 2 @0x26
;;     v23 = i64.shr_u v19, v22 @0x26
;;     v24 = i64.const -9223372036854775808 @0x26
;;     v25 = i64.or v19, v24 @0x26
;;     v26 = externref.const 0 @0x26
;;     v27 = i64.const 0 @0x26
;;     v28 = i64.ne v19, v27 @0x26
;;     v29 = select v25, v26, v28 @0x26
;;     v31 = i64.eq v21, v22 @0x26
;;     v32 = select v23, v29, v31 @0x26
;;     v33 = i64.const 9223372036854775807 @0x28
;;     v34 = i64.and v32, v33 @0x28
;;     v36 = i64.shl v32, v22 @0x28
;;     v38 = i64.or v36, v22 @0x28
;;     v39 = anyref.const 0 @0x28
;;     v41 = i64.ne v32, v27 @0x28
;;     v42 = select v38, v39, v41 @0x28
;;     v44 = i64.lt_s v32, v27 @0x28
;;     v45 = select v34, v42, v44 @0x28
;;     v47 = i64.const 1 @0x2a
;;     v48 = i64.and v45, v47 @0x2a
;;     v49 = i32.wrap_i64 v48 @0x2a
;;     null_check v49, cast_failure @0x2a
;;     null_check v45, null_i31_reference @0x2d
;;     v50 = i32.wrap_i64 v45 @0x2d
;;     v52 = i32.shr_s v50, v15 @0x2d
;;     jump block1 @0x2f
;; block1:
;;     return v52
;; }
;; ==== asm ====
;; 00000150 <[0] i31>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  540003e3  b.lo    #0x1e4
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  531f7820  lsl     w0, w1, #1
;;        178:  32000000  orr     w0, w0, #1
;;        17c:  2a0003e1  mov     w1, w0
;;        180:  92400420  and     x0, x1, #3
;;        184:  d342fc22  lsr     x2, x1, #2
;;        188:  b2410023  orr     x3, x1, #0x8000000000000000
;;        18c:  d2800004  mov     x4, #0
;;        190:  f100003f  cmp     x1, #0
;;        194:  9a841061  csel    x1, x3, x4, ne
;;        198:  f100081f  cmp     x0, #2
;;        19c:  9a810040  csel    x0, x2, x1, eq
;;        1a0:  9240f801  and     x1, x0, #0x7fffffffffffffff
;;        1a4:  d37ef402  lsl     x2, x0, #2
;;        1a8:  b27f0042  orr     x2, x2, #2
;;        1ac:  d2800003  mov     x3, #0
;;        1b0:  f100001f  cmp     x0, #0
;;        1b4:  9a831042  csel    x2, x2, x3, ne
;;        1b8:  f100001f  cmp     x0, #0
;;        1bc:  9a82b020  csel    x0, x1, x2, lt
;;        1c0:  92400001  and     x1, x0, #1
;;        1c4:  2a0103e1  mov     w1, w1
;;        1c8:  b4000121  cbz     x1, #0x1ec
;;        1cc:  b4000160  cbz     x0, #0x1f8
;;        1d0:  2a0003e0  mov     w0, w0
;;        1d4:  13017c00  asr     w0, w0, #1
;;        1d8:  910003bf  mov     sp, x29
;;        1dc:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1e0:  d65f03c0  ret
;;        1e4:  52800161  mov     w1, #0xb
;;        1e8:  97ffff86  bl      #0  ; trap site, wasm @0x0
;;        1ec:  f85f83a0  ldur    x0, [x29, #-8]
;;        1f0:  52800281  mov     w1, #0x14
;;        1f4:  97ffff83  bl      #0  ; trap site, wasm @0x2a
;;        1f8:  f85f83a0  ldur    x0, [x29, #-8]
;;        1fc:  52800261  mov     w1, #0x13
;;        200:  97ffff80  bl      #0  ; trap site, wasm @0x2d
