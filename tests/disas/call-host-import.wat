(module (import "env" "h" (func $h (param i64) (result i64)))
  (func (export "f") (param i64) (result i64) (i64.add (call $h (local.get 0)) (i64.const 1))))
;; ==== alloc ====
;; ;; function [1] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1 = args
;;      1  x0 = call_import x0, x1, slot=32, @0x2d
;;      2  x0 = alu_imm.add x0, is64, imm=1
;;      3  jump block1
;; block1:
;;      4  ret x0
;; ==== asm ====
;; 00000240 <[1] f>:
;;        240:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        244:  910003fd  mov     x29, sp
;;        248:  f9400010  ldr     x16, [x0]
;;        24c:  f9400610  ldr     x16, [x16, #8]
;;        250:  d10043f1  sub     x17, sp, #0x10
;;        254:  eb10023f  cmp     x17, x16
;;        258:  54000143  b.lo    #0x280
;;        25c:  9100023f  mov     sp, x17
;;        260:  f81f83a0  stur    x0, [x29, #-8]
;;        264:  f9401010  ldr     x16, [x0, #0x20]
;;        268:  f9401400  ldr     x0, [x0, #0x28]
;;        26c:  d63f0200  blr     x16  ; call, wasm @0x2d
;;        270:  91000400  add     x0, x0, #1
;;        274:  910003bf  mov     sp, x29
;;        278:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        27c:  d65f03c0  ret
;;        280:  97ffff89  bl      #0xa4  ; trap site, wasm @0x0
