(module (func (export "f") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))
;; ==== alloc ====
;; ;; function [0] f
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0, x1, x2 = args
;;      1  x0 = div x1, x2, signed, @0x25
;;      2  jump block1
;; block1:
;;      3  ret x0
;; ==== asm ====
;; 00000100 <[0] f>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  34000122  cbz     w2, #0x134
;;        114:  3100045f  cmn     w2, #1
;;        118:  54000061  b.ne    #0x124
;;        11c:  7100043f  cmp     w1, #1
;;        120:  54000106  b.vs    #0x140
;;        124:  1ac20c20  sdiv    w0, w1, w2
;;        128:  910003bf  mov     sp, x29
;;        12c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        130:  d65f03c0  ret
;;        134:  f85f83a0  ldur    x0, [x29, #-8]
;;        138:  52800041  mov     w1, #2
;;        13c:  97ffffb1  bl      #0  ; trap site, wasm @0x25
;;        140:  f85f83a0  ldur    x0, [x29, #-8]
;;        144:  52800061  mov     w1, #3
;;        148:  97ffffae  bl      #0  ; trap site, wasm @0x25
