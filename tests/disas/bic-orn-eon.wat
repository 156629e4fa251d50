;;! stages = asm
;; A complemented operand folds into its and/or/xor: bic, orn, eon (either operand order);
;; a complement used otherwise is one mvn, not a materialised -1 and an eor.
(module
  (func (export "bic") (param i32 i32) (result i32)
    (i32.and (local.get 0) (i32.xor (local.get 1) (i32.const -1))))
  (func (export "orn64") (param i64 i64) (result i64)
    (i64.or (i64.xor (i64.const -1) (local.get 1)) (local.get 0)))
  (func (export "eon") (param i32 i32) (result i32)
    (i32.xor (i32.xor (local.get 1) (i32.const -1)) (local.get 0)))
  (func (export "mvn") (param i64) (result i64)
    (i64.xor (local.get 0) (i64.const -1))))
;; ==== asm ====
;; 000002a0 <[0] bic>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  d10043ff  sub     sp, sp, #0x10
;;        2ac:  f81f83a0  stur    x0, [x29, #-8]
;;        2b0:  0a220020  bic     w0, w1, w2
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
;;
;; 000002c0 <[1] orn64>:
;;        2c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2c4:  910003fd  mov     x29, sp
;;        2c8:  d10043ff  sub     sp, sp, #0x10
;;        2cc:  f81f83a0  stur    x0, [x29, #-8]
;;        2d0:  aa220020  orn     x0, x1, x2
;;        2d4:  910003bf  mov     sp, x29
;;        2d8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2dc:  d65f03c0  ret
;;
;; 000002e0 <[2] eon>:
;;        2e0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2e4:  910003fd  mov     x29, sp
;;        2e8:  d10043ff  sub     sp, sp, #0x10
;;        2ec:  f81f83a0  stur    x0, [x29, #-8]
;;        2f0:  4a220020  eon     w0, w1, w2
;;        2f4:  910003bf  mov     sp, x29
;;        2f8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2fc:  d65f03c0  ret
;;
;; 00000300 <[3] mvn>:
;;        300:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        304:  910003fd  mov     x29, sp
;;        308:  d10043ff  sub     sp, sp, #0x10
;;        30c:  f81f83a0  stur    x0, [x29, #-8]
;;        310:  aa2103e0  mvn     x0, x1
;;        314:  910003bf  mov     sp, x29
;;        318:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        31c:  d65f03c0  ret
