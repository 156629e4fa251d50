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
;;      2  x1 = memory_size x1, memory=1, slot=192
;;      3  jump block1
;; block1:
;;      4  ret x0, x1
;; ==== asm ====
;; 00000100 <[0] sizes>:
;;        100:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        104:  910003fd  mov     x29, sp
;;        108:  d10043ff  sub     sp, sp, #0x10
;;        10c:  f81f83a0  stur    x0, [x29, #-8]
;;        110:  aa0003e1  mov     x1, x0
;;        114:  f9400420  ldr     x0, [x1, #8]
;;        118:  f9400400  ldr     x0, [x0, #8]
;;        11c:  f9406030  ldr     x16, [x1, #0xc0]
;;        120:  f9400601  ldr     x1, [x16, #8]
;;        124:  d350fc21  lsr     x1, x1, #0x10
;;        128:  910003bf  mov     sp, x29
;;        12c:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        130:  d65f03c0  ret
