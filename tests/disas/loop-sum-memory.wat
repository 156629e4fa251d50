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
;; block0:  ; succs: block1(%v9, %v10, %v11)
;;      0  x0, x1, x2 = args
;;         mov x4, x0
;;      1  x0 = const bits=0
;;      2  x3 = heap_base x4
;;      3  x4 = heap_size x4
;;      4  x4 = heap_limit x4, n=4
;;      5  jump block1
;; block1(x2, x0, x1):  ; succs: block3, block2
;;      6  cmp_branch x2, eq, imm=0, block3, block2
;; block2:  ; succs: block1(%v1, %v2, %v3)
;;      7  x5 = load x1, x3, x4, bytes=4, offset=0, still=0, @0x37
;;      8  x0 = alu.add x0, x5
;;      9  x1 = alu_imm.add x1, imm=4
;;     10  x2 = alu_imm.sub x2, imm=1
;;     11  jump block1
;; block3:  ; succs: block4
;;     12  jump block4
;; block4:
;;     13  ret x0
;; ==== asm ====
;; 00000110 <[0] sum>:
;;        110:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        114:  910003fd  mov     x29, sp
;;        118:  d10043ff  sub     sp, sp, #0x10
;;        11c:  f81f83a0  stur    x0, [x29, #-8]
;;        120:  aa0003e4  mov     x4, x0
;;        124:  52800000  mov     w0, #0
;;        128:  f9400483  ldr     x3, [x4, #8]
;;        12c:  f9400063  ldr     x3, [x3]
;;        130:  f9400484  ldr     x4, [x4, #8]
;;        134:  f9400484  ldr     x4, [x4, #8]
;;        138:  d1001084  sub     x4, x4, #4
;;        13c:  34000102  cbz     w2, #0x15c
;;        140:  eb21409f  cmp     x4, w1, uxtw
;;        144:  5400012b  b.lt    #0x168
;;        148:  b8614865  ldr     w5, [x3, w1, uxtw]
;;        14c:  0b050000  add     w0, w0, w5
;;        150:  11001021  add     w1, w1, #4
;;        154:  51000442  sub     w2, w2, #1
;;        158:  17fffff9  b       #0x13c
;;        15c:  910003bf  mov     sp, x29
;;        160:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        164:  d65f03c0  ret
;;        168:  97ffffb9  bl      #0x4c  ; trap site, wasm @0x37
