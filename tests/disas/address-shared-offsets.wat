;;! stages = asm
;; Fields of one struct at several offsets: the first access puts base + address in x16, the
;; next ones reuse it (displaced_base) through ALU instructions that leave x16 alone (KEEP_X16);
;; a store into a register the sum used (local 0 reassigned), a call or an instruction outside
;; KEEP_X16 makes the next access compute it again.
(module (memory 1)
  (func $f (result i32) (i32.const 0))
  (func (export "fields") (param i32) (result i32) (local i32)
    (local.set 1 (i32.add (i32.load offset=4 (local.get 0)) (i32.load offset=8 (local.get 0))))
    (i32.store offset=12 (local.get 0) (i32.shl (local.get 1) (i32.const 3)))
    (local.set 0 (i32.load offset=16 (local.get 0)))
    (local.set 1 (i32.add (local.get 1) (i32.load offset=20 (local.get 0))))
    (drop (call $f))
    (i32.add (local.get 1) (i32.load offset=24 (local.get 0)))))
;; ==== asm ====
;; 000001f0 <[0] f>:
;;        1f0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1f4:  910003fd  mov     x29, sp
;;        1f8:  d10043ff  sub     sp, sp, #0x10
;;        1fc:  f81f83a0  stur    x0, [x29, #-8]
;;        200:  52800000  mov     w0, #0
;;        204:  910003bf  mov     sp, x29
;;        208:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        20c:  d65f03c0  ret
;;
;; 00000210 <[1] fields>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10083f1  sub     x17, sp, #0x20
;;        224:  eb10023f  cmp     x17, x16
;;        228:  540003e3  b.lo    #0x2a4
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  a90053f3  stp     x19, x20, [sp]
;;        238:  f9000bf5  str     x21, [sp, #0x10]
;;        23c:  aa0003f3  mov     x19, x0
;;        240:  f9400660  ldr     x0, [x19, #8]
;;        244:  f9400000  ldr     x0, [x0]
;;        248:  8b214010  add     x16, x0, w1, uxtw
;;        24c:  b9400602  ldr     w2, [x16, #4]  ; trap site, wasm @0x38
;;        250:  b9400a03  ldr     w3, [x16, #8]  ; trap site, wasm @0x3d
;;        254:  0b030042  add     w2, w2, w3
;;        258:  531d7043  lsl     w3, w2, #3
;;        25c:  b9400e1f  ldr     wzr, [x16, #0xc]
;;        260:  b9000e03  str     w3, [x16, #0xc]  ; trap site, wasm @0x4a
;;        264:  b9401214  ldr     w20, [x16, #0x10]  ; trap site, wasm @0x4f
;;        268:  8b344010  add     x16, x0, w20, uxtw
;;        26c:  b9401600  ldr     w0, [x16, #0x14]  ; trap site, wasm @0x58
;;        270:  0b000055  add     w21, w2, w0
;;        274:  aa1303e0  mov     x0, x19
;;        278:  97ffffde  bl      #0x1f0  ; [0] f, wasm @0x5e
;;        27c:  f9400660  ldr     x0, [x19, #8]
;;        280:  f9400000  ldr     x0, [x0]
;;        284:  8b344010  add     x16, x0, w20, uxtw
;;        288:  b9401a00  ldr     w0, [x16, #0x18]  ; trap site, wasm @0x65
;;        28c:  0b0002a0  add     w0, w21, w0
;;        290:  a94053f3  ldp     x19, x20, [sp]
;;        294:  f9400bf5  ldr     x21, [sp, #0x10]
;;        298:  910003bf  mov     sp, x29
;;        29c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a0:  d65f03c0  ret
;;        2a4:  97ffff80  bl      #0xa4  ; trap site, wasm @0x0
