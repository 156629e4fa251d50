;; The module README's Python examples load: a host import, fib, a trapping div and an endless loop.
(module
  (import "env" "log" (func $log (param i64)))

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

  ;; Hands fib(n) to the host's env.log.
  (func (export "log_fib") (param $n i32)
    (call $log (call $fib (local.get $n))))

  ;; Traps with "integer divide by zero" when $d is 0.
  (func (export "div") (param $x i32) (param $d i32) (result i32)
    (i32.div_s (local.get $x) (local.get $d)))

  ;; Runs until fuel, an epoch deadline or a timeout stops it.
  (func (export "work")
    (loop $forever (br $forever))))
