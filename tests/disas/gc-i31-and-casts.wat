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
;; 00000160 <[0] i31>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  531f7820  lsl     w0, w1, #1
;;        174:  32000000  orr     w0, w0, #1
;;        178:  2a0003e1  mov     w1, w0
;;        17c:  92400420  and     x0, x1, #3
;;        180:  d342fc22  lsr     x2, x1, #2
;;        184:  b2410023  orr     x3, x1, #0x8000000000000000
;;        188:  d2800004  mov     x4, #0
;;        18c:  f100003f  cmp     x1, #0
;;        190:  9a841061  csel    x1, x3, x4, ne
;;        194:  f100081f  cmp     x0, #2
;;        198:  9a810040  csel    x0, x2, x1, eq
;;        19c:  9240f801  and     x1, x0, #0x7fffffffffffffff
;;        1a0:  d37ef402  lsl     x2, x0, #2
;;        1a4:  b27f0042  orr     x2, x2, #2
;;        1a8:  d2800003  mov     x3, #0
;;        1ac:  f100001f  cmp     x0, #0
;;        1b0:  9a831042  csel    x2, x2, x3, ne
;;        1b4:  f100001f  cmp     x0, #0
;;        1b8:  9a82b020  csel    x0, x1, x2, lt
;;        1bc:  92400001  and     x1, x0, #1
;;        1c0:  2a0103e1  mov     w1, w1
;;        1c4:  b40000e1  cbz     x1, #0x1e0
;;        1c8:  b40000e0  cbz     x0, #0x1e4
;;        1cc:  2a0003e0  mov     w0, w0
;;        1d0:  13017c00  asr     w0, w0, #1
;;        1d4:  910003bf  mov     sp, x29
;;        1d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1dc:  d65f03c0  ret
;;        1e0:  97ffffb4  bl      #0xb0  ; trap site, wasm @0x2a
;;        1e4:  97ffffb0  bl      #0xa4  ; trap site, wasm @0x2d
