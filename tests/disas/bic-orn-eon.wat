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
;; 00000240 <[0] bic>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  d10043ff  sub     sp, sp, #0x10
;;        24c:  f81f83a0  stur    x0, [x29, #-8]
;;        250:  0a220020  bic     w0, w1, w2
;;        254:  910003bf  mov     sp, x29
;;        258:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        25c:  d65f03c0  ret
;;
;; 00000260 <[1] orn64>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  d10043ff  sub     sp, sp, #0x10
;;        26c:  f81f83a0  stur    x0, [x29, #-8]
;;        270:  aa220020  orn     x0, x1, x2
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;
;; 00000280 <[2] eon>:
;;        280:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        284:  910003fd  mov     x29, sp
;;        288:  d10043ff  sub     sp, sp, #0x10
;;        28c:  f81f83a0  stur    x0, [x29, #-8]
;;        290:  4a220020  eon     w0, w1, w2
;;        294:  910003bf  mov     sp, x29
;;        298:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        29c:  d65f03c0  ret
;;
;; 000002a0 <[3] mvn>:
;;        2a0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        2a4:  910003fd  mov     x29, sp
;;        2a8:  d10043ff  sub     sp, sp, #0x10
;;        2ac:  f81f83a0  stur    x0, [x29, #-8]
;;        2b0:  aa2103e0  mvn     x0, x1
;;        2b4:  910003bf  mov     sp, x29
;;        2b8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2bc:  d65f03c0  ret
