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
;; 00000160 <[0] sum>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  f9400010  ldr     x16, [x0]
;;        16c:  f9400610  ldr     x16, [x16, #8]
;;        170:  d10043f1  sub     x17, sp, #0x10
;;        174:  eb10023f  cmp     x17, x16
;;        178:  540002a3  b.lo    #0x1cc
;;        17c:  9100023f  mov     sp, x17
;;        180:  f81f83a0  stur    x0, [x29, #-8]
;;        184:  aa0003e4  mov     x4, x0
;;        188:  52800000  mov     w0, #0
;;        18c:  f9400483  ldr     x3, [x4, #8]
;;        190:  f9400063  ldr     x3, [x3]
;;        194:  f9400484  ldr     x4, [x4, #8]
;;        198:  f9400484  ldr     x4, [x4, #8]
;;        19c:  d1001084  sub     x4, x4, #4
;;        1a0:  34000102  cbz     w2, #0x1c0
;;        1a4:  eb21409f  cmp     x4, w1, uxtw
;;        1a8:  5400016b  b.lt    #0x1d4
;;        1ac:  b8614865  ldr     w5, [x3, w1, uxtw]
;;        1b0:  0b050000  add     w0, w0, w5
;;        1b4:  11001021  add     w1, w1, #4
;;        1b8:  51000442  sub     w2, w2, #1
;;        1bc:  17fffff9  b       #0x1a0
;;        1c0:  910003bf  mov     sp, x29
;;        1c4:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        1c8:  d65f03c0  ret
;;        1cc:  52800161  mov     w1, #0xb
;;        1d0:  97ffff8c  bl      #0  ; trap site, wasm @0x0
;;        1d4:  f85f83a0  ldur    x0, [x29, #-8]
;;        1d8:  528000a1  mov     w1, #5
;;        1dc:  97ffff89  bl      #0  ; trap site, wasm @0x37
