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
;; 00000160 <[0] get>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  54000203  b.lo    #0x1b8
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  b40001e1  cbz     x1, #0x1c0
;;        188:  52800003  mov     w3, #0
;;        18c:  b240fbe0  mov     x0, #0x7fffffffffffffff
;;        190:  8b234030  add     x16, x1, w3, uxtw
;;        194:  b9400a03  ldr     w3, [x16, #8]
;;        198:  6b03005f  cmp     w2, w3
;;        19c:  1a9f27e3  cset    w3, lo
;;        1a0:  b4000163  cbz     x3, #0x1cc
;;        1a4:  8b224030  add     x16, x1, w2, uxtw
;;        1a8:  39c04200  ldrsb   w0, [x16, #0x10]
;;        1ac:  910003bf  mov     sp, x29
;;        1b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1b4:  d65f03c0  ret
;;        1b8:  52800161  mov     w1, #0xb
;;        1bc:  97ffff91  bl      #0  ; trap site, wasm @0x0
;;        1c0:  f85f83a0  ldur    x0, [x29, #-8]
;;        1c4:  528002c1  mov     w1, #0x16
;;        1c8:  97ffff8e  bl      #0  ; trap site, wasm @0x2b
;;        1cc:  f85f83a0  ldur    x0, [x29, #-8]
;;        1d0:  528002e1  mov     w1, #0x17
;;        1d4:  97ffff8b  bl      #0  ; trap site, wasm @0x2b
