"""Exception handling end to end (runtime/exceptions.py, aot/ir/build_exceptions.py): throws caught
across frames, payloads of every value type, values live across a guarded call under register
pressure, exceptions leaving an export as WasmException, host functions throwing into Wasm, and
two instances sharing a tag."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import Store, Tag, Trap, WasmException, load

from guest import wat_artifact

DEPTH = 10
PRESSURE = 24  # live values across a call: they fill the callee-saved registers

MODULE = f"""
(module
  (import "host" "call_back" (func $call_back (param i32) (result i32)))
  (import "host" "throw_imported" (func $throw_imported (param i32)))
  (import "host" "tag" (tag $imported (param i32)))
  (tag $e (export "e") (param i32))
  (tag $all (export "all") (param i32 i64 f32 f64 v128 externref))
  (func $thrower (export "thrower") (param i32) (throw $e (local.get 0)))
  (func $deep (param $n i32) (param $v i32)
    (if (i32.eqz (local.get $n))
      (then (call $thrower (local.get $v)))
      (else (call $deep (i32.sub (local.get $n) (i32.const 1)) (local.get $v)))))
  (func (export "across") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $deep (i32.const {DEPTH}) (local.get 0)))
      (i32.const -1)))
  (func (export "uncaught") (param i32) (call $deep (i32.const 3) (local.get 0)))
  (func (export "payload") (param i32 i64 f32 f64 v128 externref)
        (result i32 i64 f32 f64 v128 externref)
    (block $h (result i32 i64 f32 f64 v128 externref)
      (try_table (catch $all $h)
        (throw $all (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5)))
      (unreachable)))
  (func $sum (param i64) (result i64)
    (local $i i32) (local $acc i64)
    {" ".join(f"(local $x{k} i64)" for k in range(PRESSURE))}
    {" ".join(f"(local.set $x{k} (i64.mul (local.get 0) (i64.const {k + 1})))" for k in range(PRESSURE))}
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (call $busy (i64.const 99))
        (i32.const 0)))
    (local.set $i)
    {" ".join(f"(local.set $acc (i64.add (local.get $acc) (local.get $x{k})))" for k in range(PRESSURE))}
    (local.get $acc))
  (func $busy (param i64)
    (local $acc i64)
    {" ".join(f"(local $y{k} i64)" for k in range(PRESSURE))}
    {" ".join(f"(local.set $y{k} (i64.sub (local.get 0) (i64.const {k * 7 + 1})))" for k in range(PRESSURE))}
    (call $thrower (i32.const 1))
    {" ".join(f"(local.set $acc (i64.add (local.get $acc) (local.get $y{k})))" for k in range(PRESSURE))}
    (drop (local.get $acc)))
  (func (export "pressure") (param i64) (result i64) (call $sum (local.get 0)))
  (func (export "rethrow") (param i32) (result i32)
    (block $outer (result i32)
      (try_table (catch $e $outer)
        (block $inner (result exnref)
          (try_table (catch_all_ref $inner) (call $deep (i32.const 4) (local.get 0)))
          (return (i32.const -1)))
        (throw_ref))
      (i32.const -2)))
  (func (export "no_match") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $imported $h) (call $thrower (local.get 0)))
      (i32.const -1)))
  (func (export "through_host") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (drop (call $call_back (local.get 0))))
      (i32.const -1)))
  (func (export "host_throws") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $imported $h) (call $throw_imported (local.get 0)))
      (i32.const -1)))
  (func (export "catch_all") (result i32)
    (block $h (try_table (catch_all $h) (call $deep (i32.const 5) (i32.const 7))))
    (i32.const 42)))
"""

# A second module throws with the tag it imports from the first.
THROWER = """
(module
  (import "first" "e" (tag $e (param i32)))
  (func (export "throw") (param i32) (throw $e (i32.add (local.get 0) (i32.const 1000)))))
"""

CATCHER = """
(module
  (import "second" "throw" (func $throw (param i32)))
  (import "first" "e" (tag $e (param i32)))
  (func (export "catch") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $throw (local.get 0)))
      (i32.const -1))))
"""


def _artifact(tmp_path, name: str, text: str) -> str:
    return wat_artifact(tmp_path / f"{name}.so", text, check=True)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("exceptions")
    imported = Tag(["i32"])
    state = {}

    def call_back(value):
        return state["instance"].exports.thrower(value + 1)  # its exception passes through this host call

    def throw_imported(value):
        raise WasmException(imported, [value * 3])

    instance = load(_artifact(tmp_path, "exceptions", MODULE),
                    imports={"host": {"call_back": call_back, "throw_imported": throw_imported, "tag": imported}})
    state["instance"] = instance
    return instance.exports


def test_a_throw_is_caught_ten_frames_up(exports):
    assert exports.across(5) == 5
    assert exports.across(-7) == -7


def test_an_uncaught_exception_leaves_the_export_with_its_tag_and_payload(exports):
    with pytest.raises(WasmException) as caught:
        exports.uncaught(9)
    assert caught.value.tag == exports.e and caught.value.payload == [9]


def test_every_value_type_travels_in_a_payload(exports):
    marker = object()
    assert exports.payload(-3, 1 << 40, 1.5, -2.25, (1 << 100) + 5, marker) == \
        (-3, 1 << 40, 1.5, -2.25, (1 << 100) + 5, marker)


def test_values_live_across_a_guarded_call_survive_the_throw(exports):
    assert exports.pressure(3) == 3 * sum(range(1, PRESSURE + 1))


def test_catch_all_ref_and_throw_ref_rethrow_to_the_outer_handler(exports):
    assert exports.rethrow(11) == 11


def test_a_clause_of_another_tag_lets_the_exception_pass(exports):
    with pytest.raises(WasmException) as caught:
        exports.no_match(4)
    assert caught.value.tag == exports.e


def test_an_exception_passes_through_a_host_function(exports):
    assert exports.through_host(20) == 21


def test_a_host_function_throws_into_wasm(exports):
    assert exports.host_throws(5) == 15


def test_a_python_exception_in_a_host_function_stays_a_trap(tmp_path):
    def fail(value):
        raise ValueError("not a Wasm exception")
    instance = load(_artifact(tmp_path, "exceptions", MODULE),
                    imports={"host": {"call_back": fail, "throw_imported": fail, "tag": Tag(["i32"])}})
    with pytest.raises(Trap):
        instance.exports.through_host(1)


def test_catch_all(exports):
    assert exports.catch_all() == 42


def test_two_instances_share_an_imported_tag(tmp_path, exports):
    first = {"e": exports.e}
    second = load(_artifact(tmp_path, "thrower", THROWER), imports={"first": first})
    catcher = load(_artifact(tmp_path, "catcher", CATCHER), imports={"first": first, "second": second})
    assert catcher.exports.catch(1) == 1001
    with pytest.raises(WasmException) as caught:
        second.exports.throw(2)
    assert caught.value.tag == exports.e and caught.value.payload == [1002]


def test_an_exception_from_the_start_function_leaves_the_instantiation(tmp_path):
    path = _artifact(tmp_path, "start", """
(module
  (tag $e (export "e") (param i64))
  (func $start (throw $e (i64.const -5)))
  (start $start))
""")
    with pytest.raises(WasmException) as caught:
        load(path)
    assert caught.value.payload == [-5]


EXNREFS = """
(module
  (tag $e (export "e") (param i32))
  (table $t 2 exnref)
  (global $g (mut exnref) (ref.null exn))
  (func $pass (param exnref) (result exnref) (local.get 0))
  (func (export "to_table") (param i32) (local $x exnref)
    (block $h (result i32 exnref)
      (try_table (catch_ref $e $h) (throw $e (local.get 0)))
      (unreachable))
    (local.set $x)
    (drop)
    (table.set $t (i32.const 1) (local.get $x)))
  (func (export "to_global") (param i32)
    (block $h (result exnref)
      (try_table (catch_all_ref $h) (throw $e (local.get 0)))
      (unreachable))
    (call $pass)
    (global.set $g))
  (func (export "from_table") (throw_ref (table.get $t (i32.const 1))))
  (func (export "from_global") (throw_ref (global.get $g)))
  (func (export "null") (throw_ref (ref.null exn))))
"""


def test_exnrefs_in_locals_params_results_tables_and_globals(tmp_path):
    exports = load(_artifact(tmp_path, "exnrefs", EXNREFS)).exports
    exports.to_table(7)
    exports.to_global(8)
    for rethrow, payload in ((exports.from_table, [7]), (exports.from_global, [8])):
        with pytest.raises(WasmException) as caught:
            rethrow()
        assert caught.value.tag == exports.e and caught.value.payload == payload
    with pytest.raises(Trap, match="null exception reference"):
        exports.null()


def test_a_catch_with_fuel_and_epochs_on(tmp_path):
    """The dispatch block reloads the fuel the guarded call stored; the checks still run."""
    text = """
(module
  (tag $e (param i32))
  (func $thrower (param i32) (throw $e (local.get 0)))
  (func (export "catch") (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $thrower (local.get 0)))
      (i32.const -1))))
"""
    path = tmp_path / "metered.so"
    wat_artifact(path, text, consume_fuel=True, epoch_interruption=True)
    store = Store()
    exports = load(str(path), store=store).exports
    store.set_fuel(1000)
    store.set_epoch_deadline(1 << 40)
    assert exports.catch(6) == 6
    assert 0 < store.get_fuel() < 1000


LIVE_INDEX = """(module (type $v (func)) (table 2 funcref) (tag $e) (elem (i32.const 1) $g)
  (global $n (mut i32) (i32.const 0))
  (func $g (global.set $n (i32.add (global.get $n) (i32.const 1))))
  (func (export "loop") (param i32) (result i32)
    (loop $l
      (block $h (try_table (catch_all $h) (call $g) (call_indirect (type $v) (i32.const 1))))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (global.get $n)))
"""


def test_a_call_indirect_index_live_across_guarded_calls(tmp_path):
    """The table index of a guarded call_indirect stays live around the loop (fuzz exceptions seed 945):
    a landing site keeps no register, so the index reaches the call in a fixed one."""
    assert load(_artifact(tmp_path, "live_index", LIVE_INDEX)).exports.loop(3) == 6
