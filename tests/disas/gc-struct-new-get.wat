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
;; 000001a0 <[0] first>:
;;        1a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1a4:  910003fd  mov     x29, sp
;;        1a8:  f9400010  ldr     x16, [x0]
;;        1ac:  f9400610  ldr     x16, [x16, #8]
;;        1b0:  d100c3f1  sub     x17, sp, #0x30
;;        1b4:  eb10023f  cmp     x17, x16
;;        1b8:  540005c3  b.lo    #0x270
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  a90053f3  stp     x19, x20, [sp]
;;        1c8:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        1cc:  aa0003e3  mov     x3, x0
;;        1d0:  aa0103f6  mov     x22, x1
;;        1d4:  aa0203f4  mov     x20, x2
;;        1d8:  f9400061  ldr     x1, [x3]
;;        1dc:  52800013  mov     w19, #0
;;        1e0:  b240fbf5  mov     x21, #0x7fffffffffffffff
;;        1e4:  8b334030  add     x16, x1, w19, uxtw
;;        1e8:  f9401e00  ldr     x0, [x16, #0x38]
;;        1ec:  91006002  add     x2, x0, #0x18
;;        1f0:  8b334030  add     x16, x1, w19, uxtw
;;        1f4:  f9402204  ldr     x4, [x16, #0x40]
;;        1f8:  eb04005f  cmp     x2, x4
;;        1fc:  54000109  b.ls    #0x21c
;;        200:  aa0303e0  mov     x0, x3
;;        204:  aa1303e1  mov     x1, x19
;;        208:  aa1303e2  mov     x2, x19
;;        20c:  f9413010  ldr     x16, [x0, #0x260]
;;        210:  f9413400  ldr     x0, [x0, #0x268]
;;        214:  d63f0200  blr     x16  ; trap site, wasm @0x2f
;;        218:  1400000a  b       #0x240
;;        21c:  8b334030  add     x16, x1, w19, uxtw
;;        220:  f9001e02  str     x2, [x16, #0x38]
;;        224:  8b334070  add     x16, x3, w19, uxtw
;;        228:  f9400e01  ldr     x1, [x16, #0x18]
;;        22c:  b8734821  ldr     w1, [x1, w19, uxtw]
;;        230:  b8334801  str     w1, [x0, w19, uxtw]
;;        234:  320003e1  mov     w1, #1
;;        238:  8b334010  add     x16, x0, w19, uxtw
;;        23c:  b9000601  str     w1, [x16, #4]
;;        240:  8b334010  add     x16, x0, w19, uxtw
;;        244:  b9000a16  str     w22, [x16, #8]
;;        248:  8b334010  add     x16, x0, w19, uxtw
;;        24c:  f9000a14  str     x20, [x16, #0x10]
;;        250:  b4000140  cbz     x0, #0x278
;;        254:  8b334010  add     x16, x0, w19, uxtw
;;        258:  b9400a00  ldr     w0, [x16, #8]
;;        25c:  a94053f3  ldp     x19, x20, [sp]
;;        260:  a9415bf5  ldp     x21, x22, [sp, #0x10]
;;        264:  910003bf  mov     sp, x29
;;        268:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        26c:  d65f03c0  ret
;;        270:  52800161  mov     w1, #0xb
;;        274:  97ffff63  bl      #0  ; trap site, wasm @0x0
;;        278:  f85f83a0  ldur    x0, [x29, #-8]
;;        27c:  528002a1  mov     w1, #0x15
;;        280:  97ffff60  bl      #0  ; trap site, wasm @0x32
