;; memory.size of a memory of 1-byte pages (custom-page-sizes) is its byte size: no shift,
;; where 64 KiB pages take an lsr #16.
(module
  (memory $bytes 1 (pagesize 1))
  (memory $large 1)
  (func (export "sizes") (result i32 i32) (memory.size $bytes) (memory.size $large)))
;; ==== alloc ====
;; ;; function [0] sizes
;; ; spill slots: 0, callee-saved: none
;; block0:  ; succs: block1
;;      0  x0 = args
;;         mov x1, x0
;;      1  x0 = heap_size x1
;;      2  x1 = memory_size x1, memory=1, slot=560
;;      3  jump block1
;; block1:
;;      4  ret x0, x1
;; ==== asm ====
;; 00000160 <[0] sizes>:
;;        160:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        164:  910003fd  mov     x29, sp
;;        168:  d10043ff  sub     sp, sp, #0x10
;;        16c:  f81f83a0  stur    x0, [x29, #-8]
;;        170:  aa0003e1  mov     x1, x0
;;        174:  f9400420  ldr     x0, [x1, #8]
;;        178:  f9400400  ldr     x0, [x0, #8]
;;        17c:  f9411830  ldr     x16, [x1, #0x230]
;;        180:  f9400601  ldr     x1, [x16, #8]
;;        184:  d350fc21  lsr     x1, x1, #0x10
;;        188:  910003bf  mov     sp, x29
;;        18c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        190:  d65f03c0  ret
