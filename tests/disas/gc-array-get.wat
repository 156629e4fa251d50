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
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000203  b.lo    #0x158
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  b40001e1  cbz     x1, #0x160
;;        128:  52800003  mov     w3, #0
;;        12c:  b240fbe0  mov     x0, #0x7fffffffffffffff
;;        130:  8b234030  add     x16, x1, w3, uxtw
;;        134:  b9400a03  ldr     w3, [x16, #8]
;;        138:  6b03005f  cmp     w2, w3
;;        13c:  1a9f27e3  cset    w3, lo
;;        140:  b4000163  cbz     x3, #0x16c
;;        144:  8b224030  add     x16, x1, w2, uxtw
;;        148:  39c04200  ldrsb   w0, [x16, #0x10]
;;        14c:  910003bf  mov     sp, x29
;;        150:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        154:  d65f03c0  ret
;;        158:  52800161  mov     w1, #0xb
;;        15c:  97ffffa9  bl      #0  ; trap site, wasm @0x0
;;        160:  f85f83a0  ldur    x0, [x29, #-8]
;;        164:  528002c1  mov     w1, #0x16
;;        168:  97ffffa6  bl      #0  ; trap site, wasm @0x2b
;;        16c:  f85f83a0  ldur    x0, [x29, #-8]
;;        170:  528002e1  mov     w1, #0x17
;;        174:  97ffffa3  bl      #0  ; trap site, wasm @0x2b
