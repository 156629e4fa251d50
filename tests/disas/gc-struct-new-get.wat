;;! stages = opt asm
(module
  (type $pair (struct (field i32) (field (mut i64))))
  (func (export "first") (param i32 i64) (result i32)
    (struct.get $pair 0 (struct.new $pair (local.get 0) (local.get 1)))))
;; ==== opt ====
;; ;; function [0] first
;; function u0:0(i32, i64) -> (i32) {
;; block0(v0: i64, v1: i32, v2: i64):
;;     v16 = i64.const 32 @0x2f
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
;;     i32.store v18, v1, v26, v19, offset=16 still=None @0x2f
;;     i64.store v18, v2, v26, v19, offset=24 still=None @0x2f
;;     null_check v26, null_struct_reference @0x32
;;     v49 = i32.load v18, v26, v19, offset=16 still=None @0x32
;;     jump block1 @0x36
;; block1:
;;     return v49
;; }
;; ==== asm ====
;; 00000270 <[0] first>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d100c3f1  sub     x17, sp, #0x30
;;        284:  eb10023f  cmp     x17, x16
;;        288:  54000583  b.lo    #0x338
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  a90053f3  stp     x19, x20, [sp]
;;        298:  a9015bf5  stp     x21, x22, [sp, #0x10]
;;        29c:  aa0003e3  mov     x3, x0
;;        2a0:  aa0103f6  mov     x22, x1
;;        2a4:  aa0203f4  mov     x20, x2
;;        2a8:  f9400061  ldr     x1, [x3]
;;        2ac:  52800013  mov     w19, #0
;;        2b0:  b240fbf5  mov     x21, #0x7fffffffffffffff
;;        2b4:  8b334030  add     x16, x1, w19, uxtw
;;        2b8:  f9401e00  ldr     x0, [x16, #0x38]
;;        2bc:  91008002  add     x2, x0, #0x20
;;        2c0:  f9402204  ldr     x4, [x16, #0x40]
;;        2c4:  eb04005f  cmp     x2, x4
;;        2c8:  54000109  b.ls    #0x2e8
;;        2cc:  aa0303e0  mov     x0, x3
;;        2d0:  aa1303e1  mov     x1, x19
;;        2d4:  aa1303e2  mov     x2, x19
;;        2d8:  f940c010  ldr     x16, [x0, #0x180]
;;        2dc:  f940c400  ldr     x0, [x0, #0x188]
;;        2e0:  d63f0200  blr     x16  ; call, wasm @0x2f
;;        2e4:  1400000a  b       #0x30c
;;        2e8:  8b334030  add     x16, x1, w19, uxtw
;;        2ec:  f9001e02  str     x2, [x16, #0x38]
;;        2f0:  8b334070  add     x16, x3, w19, uxtw
;;        2f4:  f9400e01  ldr     x1, [x16, #0x18]
;;        2f8:  b8734821  ldr     w1, [x1, w19, uxtw]
;;        2fc:  b8334801  str     w1, [x0, w19, uxtw]
;;        300:  320003e1  mov     w1, #1
;;        304:  8b334010  add     x16, x0, w19, uxtw
;;        308:  b9000601  str     w1, [x16, #4]
;;        30c:  8b334010  add     x16, x0, w19, uxtw
;;        310:  b9001216  str     w22, [x16, #0x10]
;;        314:  f9000e14  str     x20, [x16, #0x18]
;;        318:  b4000120  cbz     x0, #0x33c
;;        31c:  8b334010  add     x16, x0, w19, uxtw
;;        320:  b9401200  ldr     w0, [x16, #0x10]
;;        324:  a94053f3  ldp     x19, x20, [sp]
;;        328:  a9415bf5  ldp     x21, x22, [sp, #0x10]
;;        32c:  910003bf  mov     sp, x29
;;        330:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        334:  d65f03c0  ret
;;        338:  97ffff5b  bl      #0xa4  ; trap site, wasm @0x0
;;        33c:  97ffff5c  bl      #0xac  ; trap site, wasm @0x32
