;;! stages = opt asm
(module
  (type $bytes (array (mut i8)))
  (func (export "get") (param (ref $bytes) i32) (result i32)
    (array.get_s $bytes (local.get 0) (local.get 1))))
;; ==== opt ====
;; ;; function [0] get
;; function u0:0(anyref, i32) -> (i32) {
;; block0(v0: i64, v1: anyref, v2: i32):
;;     null_check v1, null_array_reference @0x2b
;;     v16 = i32.const 0 @0x2b
;;     v17 = i64.const 9223372036854775807 @0x2b
;;     v18 = i32.load v16, v1, v17, offset=8 still=None @0x2b
;;     v19 = i32.lt_u v2, v18 @0x2b
;;     null_check v19, array_out_of_bounds @0x2b
;;     v23 = i32.load8_s v2, v1, v17, offset=16 still=None @0x2b
;;     jump block1 @0x2e
;; block1:
;;     return v23
;; }
;; ==== asm ====
;; 00000100 <[0] get>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  b40001a1  cbz     x1, #0x144
;;        114:  52800003  mov     w3, #0
;;        118:  b240fbe0  mov     x0, #0x7fffffffffffffff
;;        11c:  8b234030  add     x16, x1, w3, uxtw
;;        120:  b9400a03  ldr     w3, [x16, #8]
;;        124:  6b03005f  cmp     w2, w3
;;        128:  1a9f27e3  cset    w3, lo
;;        12c:  b4000123  cbz     x3, #0x150
;;        130:  8b224030  add     x16, x1, w2, uxtw
;;        134:  39c04200  ldrsb   w0, [x16, #0x10]
;;        138:  910003bf  mov     sp, x29
;;        13c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        140:  d65f03c0  ret
;;        144:  f85f83a0  ldur    x0, [x29, #-8]
;;        148:  528002c1  mov     w1, #0x16
;;        14c:  97ffffad  bl      #0  ; trap site, wasm @0x2b
;;        150:  f85f83a0  ldur    x0, [x29, #-8]
;;        154:  528002e1  mov     w1, #0x17
;;        158:  97ffffaa  bl      #0  ; trap site, wasm @0x2b
