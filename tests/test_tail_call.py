"""Tail calls (return_call, return_call_indirect) end to end: constant stack, and the
stack-argument convention of isa/aarch64/callconv.py (stack arguments in the tail
caller's incoming area when they fit, a call and a return when they do not)."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import Trap, TrapCode, abi, load

from guest import wat_artifact

I64S = lambda count: " ".join(["i64"] * count)  # noqa: E731
F64S = lambda count: " ".join(["f64"] * count)  # noqa: E731


def _weighted(first: int, count: int, ty: str = "i64") -> str:
    """sum of k * local(first + k - 1), k = 1..count."""
    terms = [f"({ty}.mul ({ty}.const {k}) (local.get {first + k - 1}))" for k in range(1, count + 1)]
    text = terms[0]
    for term in terms[1:]:
        text = f"({ty}.add {text} {term})"
    return text


def _locals(indices) -> str:
    return " ".join(f"(local.get {i})" for i in indices)


MODULE = f"""
(module
  (import "host" "add" (func $host_add (param i64 i64) (result i64)))
  (type $t (func (param i64 i64) (result i64)))
  (table funcref (elem $even_i $odd_i $host_add))
  (func $even (export "even") (param $n i64) (param $acc i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (local.get $acc))
      (else (return_call $odd (i64.sub (local.get $n) (i64.const 1)) (i64.add (local.get $acc) (i64.const 1))))))
  (func $odd (param $n i64) (param $acc i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.sub (i64.const 0) (local.get $acc)))
      (else (return_call $even (i64.sub (local.get $n) (i64.const 1)) (i64.add (local.get $acc) (i64.const 3))))))
  (func $even_i (export "even_i") (type $t)
    (if (result i64) (i64.eqz (local.get 0))
      (then (local.get 1))
      (else (return_call_indirect (type $t) (i64.sub (local.get 0) (i64.const 1))
                                  (i64.add (local.get 1) (i64.const 1)) (i32.const 1)))))
  (func $odd_i (type $t)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.sub (i64.const 0) (local.get 1)))
      (else (return_call_indirect (type $t) (i64.sub (local.get 0) (i64.const 1))
                                  (i64.add (local.get 1) (i64.const 3)) (i32.const 0)))))

  ;; f has 10 parameters (3 on the stack), g 11 (4): each fits the other's incoming area.
  (func $f (export "f") (param $n i64) (param {I64S(9)}) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then {_weighted(1, 9)})
      (else (return_call $g (i64.sub (local.get $n) (i64.const 1)) {_locals(range(2, 10))} (local.get 1)
                            (local.get $n)))))
  (func $g (param $n i64) (param {I64S(10)}) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then {_weighted(1, 10)})
      (else (return_call $f (i64.sub (local.get $n) (i64.const 1))
                            (i64.add (local.get 1) (local.get 10)) {_locals(range(2, 10))}))))

  ;; ten f64 parameters: two on the stack.
  (func $h (export "h") (param $n i64) (param {F64S(10)}) (result f64)
    (if (result f64) (i64.eqz (local.get $n))
      (then {_weighted(1, 10, "f64")})
      (else (return_call $h (i64.sub (local.get $n) (i64.const 1)) {_locals(range(2, 11))}
                            (f64.add (local.get 1) (f64.const 1))))))

  ;; no stack arguments of its own, so the tail call of f is a call and a return.
  (func (export "small") (param $n i64) (result i64)
    (return_call $f (local.get $n) {" ".join(f"(i64.const {k})" for k in range(1, 10))}))

  ;; nine results: one on the stack, in the area the tail caller's caller reserved.
  (func $many (export "many") (param $n i64) (param $base i64) (result {I64S(9)})
    (if (result {I64S(9)}) (i64.eqz (local.get $n))
      (then {" ".join(f"(i64.add (local.get $base) (i64.const {k}))" for k in range(9))})
      (else (return_call $many (i64.sub (local.get $n) (i64.const 1)) (i64.add (local.get $base) (i64.const 2))))))

  ;; an imported host function: called, then returned from.
  (func (export "to_host") (param i64 i64) (result i64)
    (return_call $host_add (local.get 0) (local.get 1)))
  ;; the same function through a table: a tail call into its host trampoline.
  (func $host_via_table (export "host_via_table") (param i64 i64) (result i64)
    (return_call_indirect (type $t) (local.get 0) (local.get 1) (i32.const 2)))
  (func (export "above_host") (param i64 i64) (result i64)
    (i64.add (i64.const 1000) (call $host_via_table (local.get 0) (local.get 1))))

  (func $deep (export "deep") (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 0))
      (else (i64.add (i64.const 1) (call $deep (i64.sub (local.get $n) (i64.const 1)))))))
)
"""


def _signed(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >> 63 else value


def _even_model(n: int, acc: int) -> int:
    """even/odd: each step adds 1 (even) or 3 (odd); odd at 0 negates."""
    even = True
    while n:
        acc += 1 if even else 3
        n, even = n - 1, not even
    return acc if even else -acc


def _fg_model(n: int, args: list[int]) -> int:
    in_f = True
    while n:
        if in_f:
            args = args[1:] + [args[0], n]
        else:
            args = [args[0] + args[9]] + args[1:9]
        n, in_f = n - 1, not in_f
    return _signed(sum(k * a for k, a in enumerate(args, 1)))


def _h_model(n: int, xs: list[float]) -> float:
    for _ in range(n):
        xs = xs[1:] + [xs[0] + 1.0]
    total = 1.0 * xs[0]
    for k, x in enumerate(xs[1:], 2):
        total += k * x
    return total


@pytest.fixture(scope="module", params=["backtracking", "simple"])
def instance(request, tmp_path_factory):
    """The module from either allocator, its allocation checked."""
    path = tmp_path_factory.mktemp("tail") / "tail.so"
    wat_artifact(path, MODULE, check=True, regalloc=request.param)
    return load(str(path), imports={"host": {"add": _host_add}})


def _host_add(a: int, b: int) -> int:
    if a < 0:
        raise ValueError("negative")
    return a + b


def test_plain_recursion_this_deep_overflows(instance):
    """The depth below needs far more than the stack budget without tail calls."""
    assert 16 * 10_000_000 > abi.STACK_BUDGET
    with pytest.raises(Trap) as caught:
        instance.exports.deep(1_000_000)
    assert caught.value.code == TrapCode.STACK_OVERFLOW


@pytest.mark.parametrize("export", ["even", "even_i"])
@pytest.mark.parametrize("n", [0, 1, 4, 10_000_001])
def test_ten_million_tail_calls_run_in_constant_stack(instance, export, n):
    assert getattr(instance.exports, export)(n, 5) == _even_model(n, 5)


@pytest.mark.parametrize("n", [0, 1, 2, 7, 1_000_001])
def test_stack_arguments_of_different_counts(instance, n):
    args = [3 * k + 1 for k in range(9)]
    assert instance.exports.f(n, *args) == _fg_model(n, args)


@pytest.mark.parametrize("n", [0, 3, 1_000_000])
def test_float_stack_arguments(instance, n):
    xs = [float(k) for k in range(1, 11)]
    assert instance.exports.h(n, *xs) == _h_model(n, xs)


def test_tail_call_whose_stack_arguments_do_not_fit(instance):
    for n in (0, 5, 1000):
        assert instance.exports.small(n) == _fg_model(n, list(range(1, 10)))


@pytest.mark.parametrize("n", [0, 1, 1_000_000])
def test_stack_results(instance, n):
    assert list(instance.exports.many(n, 10)) == [10 + 2 * n + k for k in range(9)]


def test_tail_call_of_a_host_import(instance):
    assert instance.exports.to_host(40, 2) == 42
    assert instance.exports.host_via_table(40, 3) == 43
    assert instance.exports.above_host(40, 4) == 1044
    for export in (instance.exports.to_host, instance.exports.host_via_table, instance.exports.above_host):
        with pytest.raises(Trap) as caught:
            export(-1, 0)
        assert caught.value.code == TrapCode.HOST_EXCEPTION
    assert instance.exports.above_host(1, 1) == 1002


def test_fuel_is_charged_across_tail_calls(tmp_path):
    """Each step's fuel is stored before its tail call: a loop of tail calls runs out."""
    path = tmp_path / "fuel.so"
    wat_artifact(path, MODULE, consume_fuel=True)
    instance = load(str(path), imports={"host": {"add": lambda a, b: a + b}})
    instance.store.set_fuel(10_000)
    assert instance.exports.even(100, 0) == _even_model(100, 0)
    left = instance.store.get_fuel()
    assert 0 < left < 10_000 - 100 * 5
    with pytest.raises(Trap) as caught:
        instance.exports.even(10_000, 0)
    assert caught.value.code == TrapCode.OUT_OF_FUEL


TABLE64 = """
(module
  (type $t (func (result i64)))
  (table i64 2 funcref)
  (elem (i64.const 0) func $seven $seven)
  (func $seven (type $t) (i64.const 7))
  (func (export "through") (param i64) (result i64) (return_call_indirect (type $t) (local.get 0))))
"""


def test_return_call_indirect_through_a_64_bit_table_checks_the_whole_index(tmp_path):
    """An index whose low 32 bits are in range (1 << 32) is out of bounds, not element 0 (fuzz seed wasm3-160)."""
    path = tmp_path / "table64.so"
    wat_artifact(path, TABLE64)
    through = load(str(path)).exports.through
    assert through(1) == 7
    for index in (2, 1 << 32, (1 << 32) + 1, -1):
        with pytest.raises(Trap) as caught:
            through(index)
        assert caught.value.code == TrapCode.UNDEFINED_ELEMENT, hex(index)
