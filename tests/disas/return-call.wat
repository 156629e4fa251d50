;;! stages = ir alloc asm
(module
  (func $f (export "f") (param i64 i64) (result i64)
    (return_call $g (local.get 1) (i64.add (local.get 0) (i64.const 1))))
  (func $g (param i64 i64) (result i64) (i64.sub (local.get 0) (local.get 1))))
;; ==== ir ====
;; ;; function [0] f
;; function u0:0 "f"(i64, i64) -> (i64) {
;; block0(v0: i64, v1: i64, v2: i64):
;;     v4 = i64.const 1
;;     v5 = i64.add v1, v4 @0x28
;;     return_call fn1, v0, v2, v5 @0x29
;; }
;;
;; ;; function [1] g
;; function u0:1 "g"(i64, i64) -> (i64) {
;; block0(v0: i64, v1: i64, v2: i64):
;;     v4 = i64.sub v1, v2 @0x32
;;     jump block1 @0x33
;; block1:
;;     return v4
;; }
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:
;;      0  x0, x1, x2 = args
;;         mov x3, x2
;;      1  x2 = alu_imm.add x1, is64, imm=1
;;         mov x1, x3
;;      2  return_call x0, x1, x2, func=1
;;
;; ;; function [1] g
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = alu.sub x1, x2, is64
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  f9400010  ldr     x16, [x0]
;;        10c:  f9400610  ldr     x16, [x16, #8]
;;        110:  d10043f1  sub     x17, sp, #0x10
;;        114:  eb10023f  cmp     x17, x16
;;        118:  54000123  b.lo    #0x13c
;;        11c:  9100023f  mov     sp, x17
;;        120:  f81f83a0  stur    x0, [x29, #-8]
;;        124:  aa0203e3  mov     x3, x2
;;        128:  91000422  add     x2, x1, #1
;;        12c:  aa0303e1  mov     x1, x3
;;        130:  910003bf  mov     sp, x29
;;        134:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        138:  14000002  b       #0x140  ; [1] g
;;        13c:  97ffffc4  bl      #0x4c  ; trap site, wasm @0x0
;;
;; 00000140 <[1] g>:
;;        140:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        144:  910003fd  mov     x29, sp
;;        148:  d10043ff  sub     sp, sp, #0x10
;;        14c:  f81f83a0  stur    x0, [x29, #-8]
;;        150:  cb020020  sub     x0, x1, x2
;;        154:  910003bf  mov     sp, x29
;;        158:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        15c:  d65f03c0  ret
