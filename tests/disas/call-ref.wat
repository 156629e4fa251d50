;;! stages = ir alloc asm
(module
  (type $ii (func (param i32) (result i32)))
  ;; a null check before the call: cbz to a null_function_reference trap
  (func (export "apply") (param $f (ref null $ii)) (param i32) (result i32)
    (call_ref $ii (local.get 1) (local.get $f)))
  ;; ref.as_non_null is a null_check; the value itself is unchanged
  (func (export "tail") (param $f (ref null $ii)) (param i32) (result i32)
    (return_call_ref $ii (local.get 1) (ref.as_non_null (local.get $f)))))
;; ==== ir ====
;; ;; function [0] apply
;; function u0:0(funcref, i32) -> (i32) {
;; block0(v0: i64, v1: funcref, v2: i32):
;;     v4 = call_ref v0, v2, v1, type0 @0x37
;;     jump block1 @0x39
;; block1:
;;     return v4
;; }
;;
;; ;; function [1] tail
;; function u0:1(funcref, i32) -> (i32) {
;; block0(v0: i64, v1: funcref, v2: i32):
;;     null_check v1, null_reference @0x40
;;     return_call_ref v0, v2, v1, type0 @0x41
;; }
;; ==== alloc ====
;; ;; function [0] apply
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;         mov x3, x1
;;         mov x1, x2
;;      1  x0 = call_ref x0, x1, x3, @0x37
;;      2  jump block1
;; block1:
;;      3  ret x0
;;
;; ;; function [1] tail
;; ; spill slots: 0, callee-saved: none
;; block0:
;;      0  x0, x1, x2 = args
;;         mov x3, x1
;;      1  null_check x3, null_reference, @0x40
;;         mov x1, x2
;;      2  return_call_ref x0, x1, x3, @0x41
;; ==== asm ====
;; 00000220 <[0] apply>:
;;        220:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        224:  910003fd  mov     x29, sp
;;        228:  f9400010  ldr     x16, [x0]
;;        22c:  f9400610  ldr     x16, [x16, #8]
;;        230:  d10043f1  sub     x17, sp, #0x10
;;        234:  eb10023f  cmp     x17, x16
;;        238:  54000183  b.lo    #0x268
;;        23c:  9100023f  mov     sp, x17
;;        240:  f81f83a0  stur    x0, [x29, #-8]
;;        244:  aa0103e3  mov     x3, x1
;;        248:  aa0203e1  mov     x1, x2
;;        24c:  b4000103  cbz     x3, #0x26c
;;        250:  f9400071  ldr     x17, [x3]
;;        254:  f9400460  ldr     x0, [x3, #8]
;;        258:  d63f0220  blr     x17  ; call, wasm @0x37
;;        25c:  910003bf  mov     sp, x29
;;        260:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        264:  d65f03c0  ret
;;        268:  97ffff92  bl      #0xb0  ; trap site, wasm @0x0
;;        26c:  97ffff93  bl      #0xb8  ; trap site, wasm @0x37
;;
;; 00000270 <[1] tail>:
;;        270:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        274:  910003fd  mov     x29, sp
;;        278:  f9400010  ldr     x16, [x0]
;;        27c:  f9400610  ldr     x16, [x16, #8]
;;        280:  d10043f1  sub     x17, sp, #0x10
;;        284:  eb10023f  cmp     x17, x16
;;        288:  54000183  b.lo    #0x2b8
;;        28c:  9100023f  mov     sp, x17
;;        290:  f81f83a0  stur    x0, [x29, #-8]
;;        294:  aa0103e3  mov     x3, x1
;;        298:  b4000123  cbz     x3, #0x2bc
;;        29c:  aa0203e1  mov     x1, x2
;;        2a0:  b4000103  cbz     x3, #0x2c0
;;        2a4:  f9400070  ldr     x16, [x3]
;;        2a8:  f9400460  ldr     x0, [x3, #8]
;;        2ac:  910003bf  mov     sp, x29
;;        2b0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2b4:  d61f0200  br      x16
;;        2b8:  97ffff7e  bl      #0xb0  ; trap site, wasm @0x0
;;        2bc:  97ffff7a  bl      #0xa4  ; trap site, wasm @0x40
;;        2c0:  97ffff7e  bl      #0xb8  ; trap site, wasm @0x41
