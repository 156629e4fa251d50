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
;; 000001c0 <[0] apply>:
;;        1c0:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        1c4:  910003fd  mov     x29, sp
;;        1c8:  f9400010  ldr     x16, [x0]
;;        1cc:  f9400610  ldr     x16, [x16, #8]
;;        1d0:  d10043f1  sub     x17, sp, #0x10
;;        1d4:  eb10023f  cmp     x17, x16
;;        1d8:  54000183  b.lo    #0x208
;;        1dc:  9100023f  mov     sp, x17
;;        1e0:  f81f83a0  stur    x0, [x29, #-8]
;;        1e4:  aa0103e3  mov     x3, x1
;;        1e8:  aa0203e1  mov     x1, x2
;;        1ec:  b4000103  cbz     x3, #0x20c
;;        1f0:  f9400071  ldr     x17, [x3]
;;        1f4:  f9400460  ldr     x0, [x3, #8]
;;        1f8:  d63f0220  blr     x17
;;        1fc:  910003bf  mov     sp, x29
;;        200:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        204:  d65f03c0  ret
;;        208:  97ffff94  bl      #0x58  ; trap site, wasm @0x0
;;        20c:  97ffff95  bl      #0x60  ; trap site, wasm @0x37
;;
;; 00000210 <[1] tail>:
;;        210:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        214:  910003fd  mov     x29, sp
;;        218:  f9400010  ldr     x16, [x0]
;;        21c:  f9400610  ldr     x16, [x16, #8]
;;        220:  d10043f1  sub     x17, sp, #0x10
;;        224:  eb10023f  cmp     x17, x16
;;        228:  54000183  b.lo    #0x258
;;        22c:  9100023f  mov     sp, x17
;;        230:  f81f83a0  stur    x0, [x29, #-8]
;;        234:  aa0103e3  mov     x3, x1
;;        238:  b4000123  cbz     x3, #0x25c
;;        23c:  aa0203e1  mov     x1, x2
;;        240:  b4000103  cbz     x3, #0x260
;;        244:  f9400070  ldr     x16, [x3]
;;        248:  f9400460  ldr     x0, [x3, #8]
;;        24c:  910003bf  mov     sp, x29
;;        250:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        254:  d61f0200  br      x16
;;        258:  97ffff80  bl      #0x58  ; trap site, wasm @0x0
;;        25c:  97ffff7c  bl      #0x4c  ; trap site, wasm @0x40
;;        260:  97ffff80  bl      #0x60  ; trap site, wasm @0x41
