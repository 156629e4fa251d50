"""Typed function references end to end: call_ref and return_call_ref, the null checks and
their trap messages, br_on_null / br_on_non_null, typed values crossing into Python,
tables with an initial value, and imports matched by typed global types."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import FuncRef, LinkError, Trap, TrapCode, load

from guest import wat_artifact

MODULE = """
(module
  (type $ii (func (param i32) (result i32)))
  (type $many (func (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (table $t 2 (ref null $ii) (ref.func $double))
  (global $g (export "g") (ref $ii) (ref.func $inc))
  (elem declare func $inc $double $sum $count)
  (func $inc (export "inc") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $double (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1)))
  (func (export "apply") (param $f (ref null $ii)) (param $x i32) (result i32)
    (call_ref $ii (local.get $x) (local.get $f)))
  (func (export "apply_non_null") (param $f (ref $ii)) (param $x i32) (result i32)
    (call_ref $ii (local.get $x) (local.get $f)))
  (func (export "apply_twice") (param $x i32) (result i32)
    (local $f (ref $ii))
    (local.set $f (ref.func $double))
    (call_ref $ii (call_ref $ii (local.get $x) (local.get $f)) (local.get $f)))
  (func (export "from_table") (param $i i32) (param $x i32) (result i32)
    (call_ref $ii (local.get $x) (table.get $t (local.get $i))))
  (func (export "null_call") (result i32) (call_ref $ii (i32.const 1) (ref.null $ii)))
  (func (export "non_null") (param $f (ref null $ii)) (result (ref $ii)) (ref.as_non_null (local.get $f)))
  (func (export "inc_ref") (result (ref $ii)) (ref.func $inc))
  (func (export "on_null") (param $f (ref null $ii)) (result i32)
    (block $null
      (return (call_ref $ii (i32.const 10) (br_on_null $null (local.get $f)))))
    (i32.const -1))
  (func (export "on_non_null") (param $f (ref null $ii)) (result i32)
    (call_ref $ii (i32.const 20) (block $some (result (ref $ii))
      (br_on_non_null $some (local.get $f))
      (return (i32.const -2)))))
  (func $sum (type $many) (i64.add (local.get 0) (i64.mul (i64.const 10) (local.get 9))))
  ;; ten parameters, three on the stack: return_call_ref to itself runs in constant stack
  (func $count (export "count") (type $many)
    (if (result i64) (i64.eqz (local.get 0))
      (then (return_call_ref $many (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5)
                                   (local.get 6) (local.get 7) (local.get 8) (local.get 1) (local.get 9)
                                   (ref.func $sum)))
      (else (return_call_ref $many (i64.sub (local.get 0) (i64.const 1)) (i64.add (local.get 1) (i64.const 1))
                                   (local.get 2) (local.get 3) (local.get 4) (local.get 5) (local.get 6)
                                   (local.get 7) (local.get 8) (local.get 9) (ref.func $count)))))
  (func (export "tail_null") (result i64)
    (return_call_ref $many (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0)
                           (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0)
                           (ref.null $many)))
)
"""


def _load(tmp_path, name: str, wat: str, imports=None, regalloc: str = "backtracking"):
    path = tmp_path / f"{name}.so"
    wat_artifact(path, wat, check=True, regalloc=regalloc)
    return load(str(path), imports=imports or {})


@pytest.fixture(scope="module", params=["backtracking", "simple"])
def instance(request, tmp_path_factory):
    """The module from either allocator, its allocation checked."""
    return _load(tmp_path_factory.mktemp("typed"), "typed", MODULE, regalloc=request.param)


def test_call_ref(instance):
    inc = instance.exports.inc_ref()
    assert isinstance(inc, FuncRef)
    assert instance.exports.apply(inc, 41) == 42
    assert instance.exports.apply_twice(5) == 20


def test_a_non_nullable_parameter_refuses_none_from_python(instance):
    inc = instance.exports.inc_ref()
    assert instance.exports.apply_non_null(inc, 1) == 2
    with pytest.raises(TypeError, match="cannot be null"):
        instance.exports.apply_non_null(None, 1)


def test_table_with_an_initial_value(instance):
    assert instance.exports.from_table(0, 7) == 14
    assert instance.exports.from_table(1, 8) == 16


def test_null_checks_trap_with_the_spec_messages(instance):
    with pytest.raises(Trap) as caught:
        instance.exports.null_call()
    assert caught.value.code == TrapCode.NULL_FUNCTION_REFERENCE
    assert caught.value.message == "null function reference"
    with pytest.raises(Trap) as caught:
        instance.exports.apply(None, 1)
    assert caught.value.message == "null function reference"
    with pytest.raises(Trap) as caught:
        instance.exports.non_null(None)
    assert caught.value.message == "null reference"
    with pytest.raises(Trap) as caught:
        instance.exports.tail_null()
    assert caught.value.message == "null function reference"
    inc = instance.exports.inc_ref()
    assert instance.exports.non_null(inc) == inc


def test_br_on_null_and_non_null(instance):
    inc = instance.exports.inc_ref()
    assert instance.exports.on_null(inc) == 11
    assert instance.exports.on_null(None) == -1
    assert instance.exports.on_non_null(inc) == 21
    assert instance.exports.on_non_null(None) == -2


def test_return_call_ref_runs_in_constant_stack(instance):
    n = 1_000_000
    args = [n, 0, 3, 4, 5, 6, 7, 8, 9, 2]
    # count adds 1 to its second argument n times, then sum gets (n, 3, ..., 9, n, 2): n + 10 * 2
    assert instance.exports.count(*args) == n + 20


def test_typed_globals_link_by_subtyping(tmp_path, instance):
    """An immutable (ref $ii) global matches imports of its supertypes, in another module
    whose type index for $ii differs; not (ref extern), another function type, or a mutable import."""
    imports = {"m": {"g": instance.exports.g}}
    for declared in ("(ref $ii)", "(ref null $ii)"):
        user = _load(tmp_path, "user", f"""(module (type $other (func)) (type $ii (func (param i32) (result i32)))
          (global $g (import "m" "g") {declared})
          (func (export "call") (param i32) (result i32) (call_ref $ii (local.get 0) (global.get $g))))""", imports)
        assert user.exports.call(1) == 2
    for declared in ("(ref func)", "funcref"):
        _load(tmp_path, "user", f'(module (global (import "m" "g") {declared}))', imports)
    for declared in ("(ref extern)", "(mut (ref $ii))", "(ref $other)"):
        with pytest.raises(LinkError):
            _load(tmp_path, "unlinkable", f"""(module (type $other (func)) (type $ii (func (param i32) (result i32)))
              (global (import "m" "g") {declared}))""", imports)
