;; The demo module: iterative Fibonacci and a checksum loop, in plain Wasm 1.0.
(module
  (func $fib (export "fib") (param $n i32) (result i64)
    (local $a i64) (local $b i64) (local $next i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $step
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $next (i64.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $next))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $step)))
    (local.get $a))

  ;; Fletcher-style checksum of the integers 1..n, mod 65535.
  (func (export "checksum") (param $n i32) (result i32)
    (local $i i32) (local $s1 i32) (local $s2 i32)
    (loop $next
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (local.set $s1 (i32.rem_u (i32.add (local.get $s1) (local.get $i)) (i32.const 65535)))
      (local.set $s2 (i32.rem_u (i32.add (local.get $s2) (local.get $s1)) (i32.const 65535)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (i32.or (i32.shl (local.get $s2) (i32.const 16)) (local.get $s1))))
