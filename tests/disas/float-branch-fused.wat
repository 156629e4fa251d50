;;! stages = asm
;; A float compare used only by a br_if is fused into it: fcmp then b.cond, no cset/cbnz.
;; Inverted to fall through (the `if`), the condition is the flags' exact negation, true
;; when unordered: b.lt skips the `then` for x < 2.5 and for a NaN x.
(module (func (export "f") (param f64 f64) (result i32) (local i32)
  (block $out
    (br_if $out (f64.lt (local.get 0) (local.get 1)))
    (return (i32.const 7)))
  (local.set 2 (i32.const 1))
  (if (f64.ge (local.get 0) (f64.const 2.5)) (then (local.set 2 (i32.add (local.get 2) (i32.const 3)))))
  (local.get 2)))
;; ==== asm ====
;; 00000160 <[0] f>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  1e612000  fcmp    d0, d1
;;        174:  54000064  b.mi    #0x180
;;        178:  32000be0  mov     w0, #7
;;        17c:  14000006  b       #0x194
;;        180:  320003e0  mov     w0, #1
;;        184:  1e609001  fmov    d1, #2.50000000
;;        188:  1e612000  fcmp    d0, d1
;;        18c:  5400004b  b.lt    #0x194
;;        190:  321e03e0  mov     w0, #4
;;        194:  910003bf  mov     sp, x29
;;        198:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        19c:  d65f03c0  ret
