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
;; 00000170 <[0] get>:
;;        170:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        174:  910003fd  mov     x29, sp
;;        178:  d10043ff  sub     sp, sp, #0x10
;;        17c:  f81f83a0  stur    x0, [x29, #-8]
;;        180:  b40001a1  cbz     x1, #0x1b4
;;        184:  52800003  mov     w3, #0
;;        188:  b240fbe0  mov     x0, #0x7fffffffffffffff
;;        18c:  8b234030  add     x16, x1, w3, uxtw
;;        190:  b9400a03  ldr     w3, [x16, #8]
;;        194:  6b03005f  cmp     w2, w3
;;        198:  1a9f27e3  cset    w3, lo
;;        19c:  b40000e3  cbz     x3, #0x1b8
;;        1a0:  8b224030  add     x16, x1, w2, uxtw
;;        1a4:  39c04200  ldrsb   w0, [x16, #0x10]
;;        1a8:  910003bf  mov     sp, x29
;;        1ac:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b0:  d65f03c0  ret
;;        1b4:  97ffffbc  bl      #0xa4  ; trap site, wasm @0x2b
;;        1b8:  97ffffbe  bl      #0xb0  ; trap site, wasm @0x2b
