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
;;      2  return_call x0, x1, x2, func=1, @0x29
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
;; 00000150 <[0] f>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  f9400010  ldr     x16, [x0]
;;        15c:  f9400610  ldr     x16, [x16, #8]
;;        160:  d10043f1  sub     x17, sp, #0x10
;;        164:  eb10023f  cmp     x17, x16
;;        168:  54000123  b.lo    #0x18c
;;        16c:  9100023f  mov     sp, x17
;;        170:  f81f83a0  stur    x0, [x29, #-8]
;;        174:  aa0203e3  mov     x3, x2
;;        178:  91000422  add     x2, x1, #1
;;        17c:  aa0303e1  mov     x1, x3
;;        180:  910003bf  mov     sp, x29
;;        184:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        188:  14000002  b       #0x190  ; [1] g
;;        18c:  97ffffc6  bl      #0xa4  ; trap site, wasm @0x0
;;
;; 00000190 <[1] g>:
;;        190:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        194:  910003fd  mov     x29, sp
;;        198:  d10043ff  sub     sp, sp, #0x10
;;        19c:  f81f83a0  stur    x0, [x29, #-8]
;;        1a0:  cb020020  sub     x0, x1, x2
;;        1a4:  910003bf  mov     sp, x29
;;        1a8:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1ac:  d65f03c0  ret
