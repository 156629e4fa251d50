;;! stages = opt asm
(module
  (type $pair (struct (field i32) (field (mut i64))))
  (func (export "first") (param i32 i64) (result i32)
    (struct.get $pair 0 (struct.new $pair (local.get 0) (local.get 1)))))
;; ==== opt ====
;; ;; function [0] first
;; function u0:0(i32, i64) -> (i32) {
;; block0(v0: i64, v1: i32, v2: i64):
;;     v16 = i64.const 24 @0x2f
;;     v17 = store_ptr v0
;;     v18 = i32.const 0 @0x2f
;;     v19 = i64.const 9223372036854775807 @0x2f
;;     v20 = i64.load v18, v17, v19, offset=56 still=None @0x2f
;;     v21 = i64.add v20, v16 @0x2f
;;     v24 = i64.load v18, v17, v19, offset=64 still=None @0x2f
;;     v25 = i64.le_u v21, v24 @0x2f
;;     brif v25, block2, block3 @0x2f
;; block3:
;;     v42 = builtin gc.alloc, v0, v18, v18 @0x2f
;;     jump block4(v42) @0x2f
;; block2:
;;     i64.store v18, v21, v17, v19, offset=56 still=None @0x2f
;;     v31 = i64.load v18, v0, v19, offset=24 still=None @0x2f
;;     v34 = i32.load v18, v31, v19, offset=0 still=None @0x2f
;;     i32.store v18, v34, v20, v19, offset=0 still=None @0x2f
;;     v37 = i32.const 1 @0x2f
;;     i32.store v18, v37, v20, v19, offset=4 still=None @0x2f
;;     jump block4(v20) @0x2f
;; block4(v26: anyref):
;;     i32.store v18, v1, v26, v19, offset=8 still=None @0x2f
;;     i64.store v18, v2, v26, v19, offset=16 still=None @0x2f
;;     null_check v26, null_struct_reference @0x32
;;     v49 = i32.load v18, v26, v19, offset=8 still=None @0x32
;;     jump block1 @0x36
;; block1:
;;     return v49
;; }
;; ==== asm ====
;; 000001b0 <[0] first>:
;;        1b0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1b4:  910003fd  mov     x29, sp
;;        1b8:  f9400010  ldr     x16, [x0]
;;        1bc:  f9400610  ldr     x16, [x16, #8]
;;        1c0:  d100c3f1  sub     x17, sp, #0x30
;;        1c4:  eb10023f  cmp     x17, x16
;;        1c8:  540005c3  b.lo    #0x280
;;        1cc:  9100023f  mov     sp, x17
;;        1d0:  f81f83a0  stur    x0, [x29, #-8]
;;        1d4:  a90053f3  stp     x19, x20, [sp]
;;        1d8:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        1dc:  aa0003e3  mov     x3, x0
;;        1e0:  aa0103f6  mov     x22, x1
;;        1e4:  aa0203f4  mov     x20, x2
;;        1e8:  f9400061  ldr     x1, [x3]
;;        1ec:  52800013  mov     w19, #0
;;        1f0:  b240fbf5  mov     x21, #0x7fffffffffffffff
;;        1f4:  8b334030  add     x16, x1, w19, uxtw
;;        1f8:  f9401e00  ldr     x0, [x16, #0x38]
;;        1fc:  91006002  add     x2, x0, #0x18
;;        200:  8b334030  add     x16, x1, w19, uxtw
;;        204:  f9402204  ldr     x4, [x16, #0x40]
;;        208:  eb04005f  cmp     x2, x4
;;        20c:  54000109  b.ls    #0x22c
;;        210:  aa0303e0  mov     x0, x3
;;        214:  aa1303e1  mov     x1, x19
;;        218:  aa1303e2  mov     x2, x19
;;        21c:  f9413010  ldr     x16, [x0, #0x260]
;;        220:  f9413400  ldr     x0, [x0, #0x268]
;;        224:  d63f0200  blr     x16  ; trap site, wasm @0x2f
;;        228:  1400000a  b       #0x250
;;        22c:  8b334030  add     x16, x1, w19, uxtw
;;        230:  f9001e02  str     x2, [x16, #0x38]
;;        234:  8b334070  add     x16, x3, w19, uxtw
;;        238:  f9400e01  ldr     x1, [x16, #0x18]
;;        23c:  b8734821  ldr     w1, [x1, w19, uxtw]
;;        240:  b8334801  str     w1, [x0, w19, uxtw]
;;        244:  320003e1  mov     w1, #1
;;        248:  8b334010  add     x16, x0, w19, uxtw
;;        24c:  b9000601  str     w1, [x16, #4]
;;        250:  8b334010  add     x16, x0, w19, uxtw
;;        254:  b9000a16  str     w22, [x16, #8]
;;        258:  8b334010  add     x16, x0, w19, uxtw
;;        25c:  f9000a14  str     x20, [x16, #0x10]
;;        260:  b4000120  cbz     x0, #0x284
;;        264:  8b334010  add     x16, x0, w19, uxtw
;;        268:  b9400a00  ldr     w0, [x16, #8]
;;        26c:  a94053f3  ldp     x19, x20, [sp]
;;        270:  a9415bf5  ldp     x21, x22, [sp, #0x10]
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  97ffff73  bl      #0x4c  ; trap site, wasm @0x0
;;        284:  97ffff74  bl      #0x54  ; trap site, wasm @0x32
