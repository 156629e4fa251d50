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
;;     v20 = i64.load v18, v17, v19, offset=48 still=0 @0x2f
;;     v21 = i64.add v20, v16 @0x2f
;;     v24 = i64.load v18, v17, v19, offset=56 still=0 @0x2f
;;     v25 = i64.le_u v21, v24 @0x2f
;;     brif v25, block2, block3 @0x2f
;; block3:
;;     v42 = builtin gc.alloc, v0, v18, v18 @0x2f
;;     jump block4(v42) @0x2f
;; block2:
;;     i64.store v18, v21, v17, v19, offset=48 still=0 @0x2f
;;     v31 = i64.load v18, v0, v19, offset=24 still=0 @0x2f
;;     v34 = i32.load v18, v31, v19, offset=0 still=0 @0x2f
;;     i32.store v18, v34, v20, v19, offset=0 still=0 @0x2f
;;     v37 = i32.const 1 @0x2f
;;     i32.store v18, v37, v20, v19, offset=4 still=0 @0x2f
;;     jump block4(v20) @0x2f
;; block4(v26: anyref):
;;     i32.store v18, v1, v26, v19, offset=8 still=0 @0x2f
;;     i64.store v18, v2, v26, v19, offset=16 still=0 @0x2f
;;     null_check v26, null_struct_reference @0x32
;;     v49 = i32.load v18, v26, v19, offset=8 still=0 @0x32
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
;;        1b8:  54000703  b.lo    #0x298
;;        1bc:  9100023f  mov     sp, x17
;;        1c0:  f81f83a0  stur    x0, [x29, #-8]
;;        1c4:  f90003f3  str     x19, [sp]
;;        1c8:  f90007f4  str     x20, [sp, #8]
;;        1cc:  f9000bf5  str     x21, [sp, #0x10]
;;        1d0:  f9000ff6  str     x22, [sp, #0x18]
;;        1d4:  aa0003e3  mov     x3, x0
;;        1d8:  aa0103f6  mov     x22, x1
;;        1dc:  aa0203f4  mov     x20, x2
;;        1e0:  f9400061  ldr     x1, [x3]
;;        1e4:  52800013  mov     w19, #0
;;        1e8:  b240fbf5  mov     x21, #0x7fffffffffffffff
;;        1ec:  eb3342bf  cmp     x21, w19, uxtw
;;        1f0:  5400058b  b.lt    #0x2a0
;;        1f4:  8b334030  add     x16, x1, w19, uxtw
;;        1f8:  f9401a00  ldr     x0, [x16, #0x30]
;;        1fc:  91006002  add     x2, x0, #0x18
;;        200:  8b334030  add     x16, x1, w19, uxtw
;;        204:  f9401e04  ldr     x4, [x16, #0x38]
;;        208:  eb04005f  cmp     x2, x4
;;        20c:  54000109  b.ls    #0x22c
;;        210:  aa0303e0  mov     x0, x3
;;        214:  aa1303e1  mov     x1, x19
;;        218:  aa1303e2  mov     x2, x19
;;        21c:  f940a010  ldr     x16, [x0, #0x140]
;;        220:  f940a400  ldr     x0, [x0, #0x148]
;;        224:  d63f0200  blr     x16  ; trap site, wasm @0x2f
;;        228:  1400000c  b       #0x258
;;        22c:  eb3342bf  cmp     x21, w19, uxtw
;;        230:  540003eb  b.lt    #0x2ac
;;        234:  8b334030  add     x16, x1, w19, uxtw
;;        238:  f9001a02  str     x2, [x16, #0x30]
;;        23c:  8b334070  add     x16, x3, w19, uxtw
;;        240:  f9400e01  ldr     x1, [x16, #0x18]
;;        244:  b8734821  ldr     w1, [x1, w19, uxtw]
;;        248:  b8334801  str     w1, [x0, w19, uxtw]
;;        24c:  320003e1  mov     w1, #1
;;        250:  8b334010  add     x16, x0, w19, uxtw
;;        254:  b9000601  str     w1, [x16, #4]
;;        258:  eb3342bf  cmp     x21, w19, uxtw
;;        25c:  540002eb  b.lt    #0x2b8
;;        260:  8b334010  add     x16, x0, w19, uxtw
;;        264:  b9000a16  str     w22, [x16, #8]
;;        268:  8b334010  add     x16, x0, w19, uxtw
;;        26c:  f9000a14  str     x20, [x16, #0x10]
;;        270:  b40002a0  cbz     x0, #0x2c4
;;        274:  8b334010  add     x16, x0, w19, uxtw
;;        278:  b9400a00  ldr     w0, [x16, #8]
;;        27c:  f94003f3  ldr     x19, [sp]
;;        280:  f94007f4  ldr     x20, [sp, #8]
;;        284:  f9400bf5  ldr     x21, [sp, #0x10]
;;        288:  f9400ff6  ldr     x22, [sp, #0x18]
;;        28c:  910003bf  mov     sp, x29
;;        290:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        294:  d65f03c0  ret
;;        298:  52800161  mov     w1, #0xb
;;        29c:  97ffff59  bl      #0  ; trap site, wasm @0x0
;;        2a0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2a4:  528000a1  mov     w1, #5
;;        2a8:  97ffff56  bl      #0  ; trap site, wasm @0x2f
;;        2ac:  f85f83a0  ldur    x0, [x29, #-8]
;;        2b0:  528000a1  mov     w1, #5
;;        2b4:  97ffff53  bl      #0  ; trap site, wasm @0x2f
;;        2b8:  f85f83a0  ldur    x0, [x29, #-8]
;;        2bc:  528000a1  mov     w1, #5
;;        2c0:  97ffff50  bl      #0  ; trap site, wasm @0x2f
;;        2c4:  f85f83a0  ldur    x0, [x29, #-8]
;;        2c8:  52800261  mov     w1, #0x13
;;        2cc:  97ffff4d  bl      #0  ; trap site, wasm @0x32
