;;! stages = asm
;; A guarded store wider than a byte loads its bytes first (no torn store), unless an access
;; of the block on the same address already reached as far: p[0]++ stores unprobed; the store
;; at offset 8 goes past the load's 4 bytes and is probed; the store at offset 4 then is not.
(module (memory 1)
  (func (export "bump") (param i32)
    (i32.store (local.get 0) (i32.add (i32.load (local.get 0)) (i32.const 1)))
    (i32.store offset=8 (local.get 0) (i32.const 7))
    (i32.store offset=4 (local.get 0) (i32.const 9))))
;; ==== asm ====
;; 00000150 <[0] bump>:
;;        150:  a9bf7bfd  stp     x29, x30, [sp, #-0x10]!
;;        154:  910003fd  mov     x29, sp
;;        158:  d10043ff  sub     sp, sp, #0x10
;;        15c:  f81f83a0  stur    x0, [x29, #-8]
;;        160:  f9400400  ldr     x0, [x0, #8]
;;        164:  f9400000  ldr     x0, [x0]
;;        168:  b8614802  ldr     w2, [x0, w1, uxtw]  ; trap site, wasm @0x2b
;;        16c:  11000442  add     w2, w2, #1
;;        170:  b8214802  str     w2, [x0, w1, uxtw]  ; trap site, wasm @0x31
;;        174:  32000be2  mov     w2, #7
;;        178:  8b214010  add     x16, x0, w1, uxtw
;;        17c:  b9400a1f  ldr     wzr, [x16, #8]
;;        180:  b9000a02  str     w2, [x16, #8]  ; trap site, wasm @0x38
;;        184:  52800122  mov     w2, #9
;;        188:  8b214010  add     x16, x0, w1, uxtw
;;        18c:  b9000602  str     w2, [x16, #4]  ; trap site, wasm @0x3f
;;        190:  910003bf  mov     sp, x29
;;        194:  a8c17bfd  ldp     x29, x30, [sp], #0x10
;;        198:  d65f03c0  ret
