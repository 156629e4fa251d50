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
;; 00000200 <[0] apply>:
;;        200:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        204:  910003fd  mov     x29, sp
;;        208:  f9400010  ldr     x16, [x0]
;;        20c:  f9400610  ldr     x16, [x16, #8]
;;        210:  d10043f1  sub     x17, sp, #0x10
;;        214:  eb10023f  cmp     x17, x16
;;        218:  54000183  b.lo    #0x248
;;        21c:  9100023f  mov     sp, x17
;;        220:  f81f83a0  stur    x0, [x29, #-8]
;;        224:  aa0103e3  mov     x3, x1
;;        228:  aa0203e1  mov     x1, x2
;;        22c:  b4000123  cbz     x3, #0x250
;;        230:  f9400071  ldr     x17, [x3]
;;        234:  f9400460  ldr     x0, [x3, #8]
;;        238:  d63f0220  blr     x17  ; call, wasm @0x37
;;        23c:  910003bf  mov     sp, x29
;;        240:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        244:  d65f03c0  ret
;;        248:  52800161  mov     w1, #0xb
;;        24c:  97ffff6d  bl      #0  ; trap site, wasm @0x0
;;        250:  f85f83a0  ldur    x0, [x29, #-8]
;;        254:  52800201  mov     w1, #0x10
;;        258:  97ffff6a  bl      #0  ; trap site, wasm @0x37
;;
;; 00000260 <[1] tail>:
;;        260:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        264:  910003fd  mov     x29, sp
;;        268:  f9400010  ldr     x16, [x0]
;;        26c:  f9400610  ldr     x16, [x16, #8]
;;        270:  d10043f1  sub     x17, sp, #0x10
;;        274:  eb10023f  cmp     x17, x16
;;        278:  54000183  b.lo    #0x2a8
;;        27c:  9100023f  mov     sp, x17
;;        280:  f81f83a0  stur    x0, [x29, #-8]
;;        284:  aa0103e3  mov     x3, x1
;;        288:  b4000143  cbz     x3, #0x2b0
;;        28c:  aa0203e1  mov     x1, x2
;;        290:  b4000163  cbz     x3, #0x2bc
;;        294:  f9400070  ldr     x16, [x3]
;;        298:  f9400460  ldr     x0, [x3, #8]
;;        29c:  910003bf  mov     sp, x29
;;        2a0:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        2a4:  d61f0200  br      x16
;;        2a8:  52800161  mov     w1, #0xb
;;        2ac:  97ffff55  bl      #0  ; trap site, wasm @0x0
;;        2b0:  f85f83a0  ldur    x0, [x29, #-8]
;;        2b4:  52800141  mov     w1, #0xa
;;        2b8:  97ffff52  bl      #0  ; trap site, wasm @0x40
;;        2bc:  f85f83a0  ldur    x0, [x29, #-8]
;;        2c0:  52800201  mov     w1, #0x10
;;        2c4:  97ffff4f  bl      #0  ; trap site, wasm @0x41
