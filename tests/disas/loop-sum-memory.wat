(module (memory 1) (func (export "sum") (param i32 i32) (result i32) (local i32)
  (block $done (loop $l
    (br_if $done (i32.eqz (local.get 1)))
    (local.set 2 (i32.add (local.get 2) (i32.load (local.get 0))))
    (local.set 0 (i32.add (local.get 0) (i32.const 4)))
    (local.set 1 (i32.sub (local.get 1) (i32.const 1)))
    (br $l)))
  (local.get 2)))
;; ==== alloc ====
;; ;; function [0] sum
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1(%v8, %v9, %v10)
;;      0  x0, x1, x2 = args
;;         mov x3, x0
;;      1  x0 = const bits=0
;;      2  x3 = heap_base x3
;;      3  jump block1
;; block1(x2, x0, x1):  ; succs: block3, block2
;;      4  cmp_branch x2, eq, imm=0, block3, block2
;; block2:  ; succs: block1(%v1, %v2, %v3)
;;      5  x4 = load x1, x3, x3, bytes=4, offset=0, still=guarded, @0x37
;;      6  x0 = alu.add x0, x4
;;      7  x1 = alu_imm.add x1, imm=4
;;      8  x2 = alu_imm.sub x2, imm=1
;;      9  jump block1
;; block3:  ; succs: block4
;;     10  jump block4
;; block4:
;;     11  ret x0
;; ==== asm ====
;; 00000160 <[0] sum>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  aa0003e3  mov     x3, x0
;;        174:  52800000  mov     w0, #0
;;        178:  f9400463  ldr     x3, [x3, #8]
;;        17c:  f9400063  ldr     x3, [x3]
;;        180:  340000c2  cbz     w2, #0x198
;;        184:  b8614864  ldr     w4, [x3, w1, uxtw]  ; trap site, wasm @0x37
;;        188:  0b040000  add     w0, w0, w4
;;        18c:  11001021  add     w1, w1, #4
;;        190:  51000442  sub     w2, w2, #1
;;        194:  17fffffb  b       #0x180
;;        198:  910003bf  mov     sp, x29
;;        19c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1a0:  d65f03c0  ret
