"""Differential fuzzing against wasmtime: the harness's own checks, and a small fixed-seed batch for CI."""

from __future__ import annotations

import subprocess
from collections import Counter

import pytest

from wasmoon_aot.aot.wasm.features import FEATURES

from fuzz import differential
from fuzz.differential import check_module, check_seed
from fuzz.host import HOST_FUNCTIONS
from fuzz.oracle import WasmtimeEngine, export_signatures
from fuzz.smith import argument_bits, generate, wasm_tools, within_profile
from fuzz.subject import WasmoonEngine
from fuzz.trace import UNOBSERVED, first_difference, make_plan, run_plan

CI_BATCH = [(profile, seed) for profile in ("wasm2", "wasm2-traps", "simd", "wasm3", "exceptions", "gc",
                                           "wide-arithmetic", "custom-page-sizes", "threads")
            for seed in range(15)]
SNAN_F32 = 0x7FA00001
NAN_F64_PAYLOAD = 0xFFF4000000000123


def wat(text: str) -> bytes:
    return subprocess.run([wasm_tools(), "parse", "-"], input=text.encode(), capture_output=True, check=True).stdout


def agreeing_trace(wasm: bytes, plan) -> list:
    """Our engine's trace of `plan`, once it is checked to agree with wasmtime's."""
    subject = WasmoonEngine(wasm)
    subject.compile()
    ours, theirs = run_plan(subject, plan), run_plan(WasmtimeEngine(wasm), plan)
    assert first_difference(theirs, ours) is None
    return ours


def choose_args(plan, chosen: dict) -> None:
    """Give the k-th call of export `name` the arguments chosen[(name, k)], where there are some."""
    seen = Counter()
    for call in plan.calls:
        call.args = chosen.get((call.name, seen[call.name]), call.args)
        seen[call.name] += 1


PASS_THROUGH = wat("""(module
  (func (export "swap") (param f32 f64) (result f64 f32) local.get 1 local.get 0)
  (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "add") (param i64 i64) (result i64) local.get 0 local.get 1 i64.add)
  (func (export "boom") unreachable))""")


def test_oracle_keeps_nan_payloads_and_reports_spec_trap_messages():
    engine = WasmtimeEngine(PASS_THROUGH)
    assert engine.instantiate() == ("ok",)
    assert engine.call("swap", [SNAN_F32, NAN_F64_PAYLOAD]) == ("ok", [NAN_F64_PAYLOAD, SNAN_F32])
    assert engine.call("div", [7, 0]) == ("trap", "integer divide by zero")
    assert engine.call("div", [0x80000000, 0xFFFFFFFF]) == ("trap", "integer overflow")
    assert engine.call("boom", []) == ("trap", "unreachable")


V128_LANES = wat("""(module
  (global (export "g") (mut v128) (v128.const i64x2 0 0))
  (func (export "same") (param v128) (result v128) local.get 0)
  (func (export "double") (param v128) (result v128)
    (global.set 0 (local.get 0))
    (i32x4.add (local.get 0) (local.get 0))))""")


def test_oracle_passes_v128_values_as_128_bit_ints():
    engine = WasmtimeEngine(V128_LANES)
    assert engine.instantiate() == ("ok",)
    value = 0x7FC00001_80000000_FFFFFFFF_00000001
    assert engine.call("same", [value]) == ("ok", [value])
    doubled = sum((((value >> 32 * lane) & 0xFFFFFFFF) * 2 & 0xFFFFFFFF) << 32 * lane for lane in range(4))
    assert engine.call("double", [value]) == ("ok", [doubled])
    assert engine.global_bits("g") == value


@pytest.mark.skipif(not FEATURES["simd"].compile, reason="simd is unsupported in the feature table")
def test_engines_agree_on_v128_arguments_results_and_globals():
    plan = make_plan(5, *export_signatures(V128_LANES))
    ours = agreeing_trace(V128_LANES, plan)
    assert any(event[0] == "call" and event[3][1][0] >= 1 << 64 for event in ours), "a result used the high half"


WASM3_VALUES = wat("""(module
  (type $f (func (param i64) (result i64)))
  (memory $small 1 1)
  (memory $m (export "m") i64 1 2)
  (global $g (export "g") (mut (ref null $f)) (ref.null $f))
  (table $t (export "t") i64 2 (ref null $f))
  (elem declare func $inc)
  (func $inc (type $f) (i64.add (local.get 0) (i64.const 1)))
  (func $pick (export "pick") (param i32) (result (ref null $f))
    (if (result (ref null $f)) (local.get 0) (then (ref.func $inc)) (else (ref.null $f))))
  (func (export "same") (param (ref null $f)) (result (ref null $f) i32) (local.get 0) (ref.is_null (local.get 0)))
  (func (export "keep") (param i32)
    (global.set $g (call $pick (local.get 0))) (table.set $t (i64.const 1) (global.get $g)))
  (func (export "tail") (param i64 i32) (result i64) (return_call_ref $f (local.get 0) (call $pick (local.get 1))))
  (func (export "store") (param i64 i64) (result i64)
    (i64.store $m (local.get 0) (local.get 1)) (i64.load $m (local.get 0)))
  (func (export "needs") (param (ref $f)) (result i64) (call_ref $f (i64.const 1) (local.get 0))))""")


def test_engines_agree_on_typed_references_and_64_bit_addresses():
    plan = make_plan(7, *export_signatures(WASM3_VALUES))
    assert "needs" not in {call.name for call in plan.calls}, "no argument can be a non-null reference"
    choose_args(plan, {("pick", 0): [1], ("pick", 1): [0], ("keep", 0): [0], ("keep", 1): [1], ("tail", 0): [41, 1],
                       ("tail", 1): [41, 0], ("store", 0): [8, NAN_F64_PAYLOAD], ("store", 1): [(1 << 32) + 8, 5]})
    ours = agreeing_trace(WASM3_VALUES, plan)
    outcomes = {(event[1], tuple(event[2])): event[3] for event in ours if event[0] == "call"}
    assert outcomes[("pick", (1,))] == ("ok", [1]) and outcomes[("pick", (0,))] == ("ok", [0])
    assert outcomes[("tail", (41, 1))] == ("ok", [42])
    assert outcomes[("tail", (41, 0))] == ("trap", "null reference")
    assert outcomes[("store", (8, NAN_F64_PAYLOAD))] == ("ok", [NAN_F64_PAYLOAD])
    assert outcomes[("store", ((1 << 32) + 8, 5))] == ("trap", "out of bounds memory access")
    assert ("table", "t", 2, [0, 1]) in ours and ("globals", {"g": 1}) in ours


GC_VALUES = wat("""(module
  (type $s (struct (field (mut i32))))
  (type $a (array (mut i64)))
  (global $g (export "g") (mut (ref null $s)) (ref.null $s))
  (global (export "seven") i31ref (ref.i31 (i32.const 7)))
  (table $t (export "t") 2 anyref)
  (func (export "make") (param i32) (result (ref null $s))
    (if (result (ref null $s)) (local.get 0) (then (struct.new $s (local.get 0))) (else (ref.null $s))))
  (func (export "keep") (param i32)
    (global.set $g (struct.new $s (local.get 0))) (table.set $t (i32.const 1) (ref.i31 (local.get 0))))
  (func (export "read") (param (ref null $s)) (result i32) (struct.get $s 0 (local.get 0)))
  (func (export "element") (param i32) (result i64) (array.get $a (array.new_default $a (i32.const 2)) (local.get 0)))
  (func (export "cast") (param i32) (result i32) (ref.test (ref $s) (ref.cast anyref (ref.i31 (local.get 0)))))
  (func (export "as_struct") (param i32) (result (ref $s)) (ref.cast (ref $s) (ref.i31 (local.get 0))))
  (func (export "needs") (param (ref $a)) (result i32) (array.len (local.get 0))))""")


def test_engines_agree_on_gc_references_and_traps():
    """gc references compare by null-ness in results, globals and tables; a nullable struct parameter gets null
    in both engines; the gc traps match wasmtime's (a null struct, an array index, a cast)."""
    plan = make_plan(11, *export_signatures(GC_VALUES))
    assert "needs" not in {call.name for call in plan.calls}, "no argument can be a non-null reference"
    choose_args(plan, {("make", 0): [1], ("make", 1): [0], ("keep", 0): [5], ("element", 0): [1], ("element", 1): [2]})
    ours = agreeing_trace(GC_VALUES, plan)
    outcomes = {(event[1], tuple(event[2])): event[3] for event in ours if event[0] == "call"}
    assert outcomes[("make", (1,))] == ("ok", [1]) and outcomes[("make", (0,))] == ("ok", [0])
    assert outcomes[("read", (0,))] == ("trap", "null reference")
    assert outcomes[("element", (1,))] == ("ok", [0])
    assert outcomes[("element", (2,))] == ("trap", "out of bounds array access")
    assert [outcome for (name, _), outcome in outcomes.items() if name == "as_struct"][0] == ("trap", "cast failure")
    assert ("table", "t", 2, [0, 1]) in ours and ("globals", {"g": 1, "seven": 1}) in ours


EXCEPTIONS = wat("""(module
  (tag $e (export "e") (param i32 f64))
  (tag $hidden (param i64))
  (table $exns (export "exns") 2 exnref)
  (func (export "throw") (param i32 f64) (throw $e (local.get 0) (local.get 1)))
  (func (export "hidden") (param i64) (throw $hidden (local.get 0)))
  (func (export "same") (param exnref) (result exnref) (local.get 0))
  (func (export "rethrow") (param exnref) (throw_ref (local.get 0)))
  (func (export "caught") (param i32) (result exnref) (local $x exnref)
    (block $h (result i32 f64 exnref)
      (try_table (catch_ref $e $h) (throw $e (local.get 0) (f64.const 0.5)))
      (unreachable))
    (local.set $x) (drop) (drop)
    (table.set $exns (i32.const 1) (local.get $x))
    (local.get $x)))""")


@pytest.mark.skipif(not FEATURES["exceptions"].compile, reason="exceptions are unsupported in the feature table")
def test_engines_report_an_uncaught_exception_by_tag_and_payload():
    """An exception leaving an export is ("exception", its tag's export name or None, payload bits);
    exnref results and table elements compare by null-ness; throw_ref of null is wasmtime's null reference."""
    plan = make_plan(3, *export_signatures(EXCEPTIONS))
    chosen = {"throw": [7, NAN_F64_PAYLOAD], "hidden": [5]}
    for call in plan.calls:
        call.args = chosen.get(call.name, call.args)
    ours = agreeing_trace(EXCEPTIONS, plan)
    outcomes = {event[1]: event[3] for event in ours if event[0] == "call"}
    assert outcomes["throw"] == ("exception", "e", [7, NAN_F64_PAYLOAD])
    assert outcomes["hidden"] == ("exception", None, [5])
    assert outcomes["same"] == ("ok", [0]) and outcomes["caught"] == ("ok", [1])
    assert outcomes["rethrow"] == ("trap", "null reference")
    assert ("table", "exns", 2, [0, 1]) in ours


@pytest.mark.skipif(not FEATURES["exceptions"].compile, reason="exceptions are unsupported in the feature table")
def test_an_exception_from_the_start_function_is_an_instantiation_outcome():
    module = wat("""(module (tag $e (param i32)) (func $start (throw $e (i32.const 9))) (start $start))""")
    plan = make_plan(1, *export_signatures(module))
    assert run_plan(WasmtimeEngine(module), plan)[0] == ("instantiate", ("exception", None, [9]))
    assert check_module(1, module).status == "ran"


def test_a_start_function_trap_is_compared_by_kind():
    """wasmtime calls an indirect call past the table's end an out-of-bounds table access, the spec an
    undefined element; the start function's trap is compared like a call's."""
    module = wat("""(module (type $t (func)) (table 0 funcref)
                      (func $start (call_indirect (type $t) (i32.const 3))) (start $start))""")
    plan = make_plan(1, *export_signatures(module))
    assert run_plan(WasmtimeEngine(module), plan)[0] == ("instantiate", ("trap", "out of bounds table access"))
    assert check_module(1, module).status == "ran"


SHARED = wat("""(module
  (memory (export "mem") 1 1 shared)
  (func (export "add") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1))))""")


def test_engines_agree_on_shared_memory_and_unaligned_atomics():
    """A shared memory's bytes are observed in wasmtime too, and its misaligned-heap trap is the runtime's
    unaligned atomic trap."""
    plan = make_plan(1, *export_signatures(SHARED))
    plan.calls = plan.calls[:1]
    plan.calls[0].args = [8, 0x01020304]
    trace = agreeing_trace(SHARED, plan)
    assert ("memory", "mem", 65536) == trace[-1][:3]
    plan.calls[0].args = [6, 1]
    assert agreeing_trace(SHARED, plan)[2][3] == ("trap", "unaligned atomic")


def test_simd_profile_arguments_are_128_bit_and_deterministic():
    args = [argument_bits(9, "f", number, ("v128", "i32")) for number in range(20)]
    assert args == [argument_bits(9, "f", number, ("v128", "i32")) for number in range(20)]
    assert all(0 <= v128 < 1 << 128 and 0 <= i32 < 1 << 32 for v128, i32 in args)
    assert any(v128 >= 1 << 64 for v128, _ in args)


STATEFUL = wat("""(module
  (memory (export "mem") 1 2)
  (global (export "g") (mut f32) (f32.const 1))
  (table (export "t") 3 funcref)
  (elem (i32.const 1) func $set)
  (func $set (export "set") (param i32 f32)
    (i32.store8 (local.get 0) (i32.const 0xAB))
    (global.set 0 (local.get 1))))""")


def test_oracle_observes_memory_globals_and_tables():
    plan = make_plan(1, *export_signatures(STATEFUL))
    assert (plan.globals, plan.memories, plan.tables) == ([("g", "f32")], ["mem"], ["t"])
    plan.calls[0].args = [5, SNAN_F32]
    trace = run_plan(WasmtimeEngine(STATEFUL), plan)
    assert trace[4] == ("globals", {"g": SNAN_F32})
    memory = bytearray(65536)
    memory[5] = 0xAB
    assert trace[-2][:3] == ("memory", "mem", 65536)
    assert trace[-2] == run_plan(_FixedMemory(bytes(memory)), plan)[-2]
    assert trace[-1] == ("table", "t", 3, [0, 1, 0])


class _FixedMemory:
    """A stand-in engine whose memory holds given bytes (to check the memory event's digest)."""

    def __init__(self, data: bytes):
        self.data = data

    def instantiate(self):
        return ("ok",)

    def call(self, name, args):
        return ("ok", [])

    def host_calls(self):
        return []

    def global_bits(self, name):
        return UNOBSERVED

    def memory_bytes(self, name):
        return self.data

    def table_elements(self, name, count):
        return None


def test_stateful_module_agrees_or_is_skipped_for_a_named_feature():
    result = check_module(1, STATEFUL)
    assert result.status in ("ran", "skipped"), result.detail
    assert result.status == "ran" or result.detail in FEATURES


HOST_CALLER = wat("""(module
  (import "host" "pair" (func $pair (param i32 i64) (result i64 i32)))
  (import "host" "mix32" (func $mix32 (param i32) (result i32)))
  (func (export "go") (param i32 i64) (result i64 i32)
    (call $pair (call $mix32 (local.get 0)) (local.get 1))))""")


def test_host_imports_are_called_and_logged_alike():
    plan = make_plan(4, *export_signatures(HOST_CALLER))
    plan.calls[0].args = [0xFFFFFFFF, 5]
    trace = run_plan(WasmtimeEngine(HOST_CALLER), plan)
    mixed = HOST_FUNCTIONS["mix32"][2](0xFFFFFFFF)
    assert trace[3] == ("host", [("mix32", [0xFFFFFFFF]), ("pair", [mixed, 5])])
    assert trace[2][-1] == ("ok", list(HOST_FUNCTIONS["pair"][2](mixed, 5)))
    assert check_module(4, HOST_CALLER).status == "ran"


def test_oracle_reports_an_endless_loop_as_divergence():
    engine = WasmtimeEngine(wat('(module (func (export "spin") (loop (br 0))))'))
    engine.instantiate()
    assert engine.call("spin", []) == ("diverges",)


def test_stack_exhaustion_agrees_and_ends_the_comparison():
    recursive = wat("""(module (func $r (export "r") (param i32) (call $r (local.get 0)))
                               (func (export "k") (result i32) i32.const 7))""")
    trace = run_plan(WasmtimeEngine(recursive), make_plan(2, *export_signatures(recursive)))
    assert trace[-1][-1] == ("trap", "call stack exhausted")
    assert len(trace) == 3
    assert check_module(2, recursive).status == "ran"


def test_plans_are_deterministic_per_seed_and_cover_every_export():
    exports = export_signatures(PASS_THROUGH)
    assert [name for name, _, _ in exports[0]] == ["swap", "div", "add", "boom"]
    first, again = make_plan(5, *exports), make_plan(5, *exports)
    assert [c.args for c in first.calls] == [c.args for c in again.calls]
    assert {c.name for c in first.calls} == {"swap", "div", "add", "boom"}
    assert argument_bits(5, "add", 0, ("i64", "i64")) != argument_bits(6, "add", 0, ("i64", "i64"))


def test_traces_differ_on_one_bit_and_ignore_what_an_engine_cannot_observe():
    expected = [("instantiate", ("ok",)), ("call", "f", [], ("ok", [0x7FC00000])), ("globals", {"g": 1, "h": 2})]
    assert first_difference(expected, list(expected)) is None
    flipped = [expected[0], ("call", "f", [], ("ok", [0x7FC00001])), expected[2]]
    assert "event 1" in first_difference(expected, flipped)
    unobserved = [expected[0], expected[1], ("globals", {"g": 1, "h": UNOBSERVED})]
    assert first_difference(expected, unobserved) is None
    wrong_global = [expected[0], expected[1], ("globals", {"g": 3, "h": UNOBSERVED})]
    assert first_difference(expected, wrong_global) is not None
    assert first_difference(expected, expected[:2]) is not None


def test_wasmoon_matches_wasmtime_on_a_handwritten_module():
    result = check_module(1, PASS_THROUGH)
    assert result.status == "ran", result.detail


DIVISORS = {"i32": (1, 2, 16, 0x40000000, 3, 7, 641, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFF, 0xFFFFFFFE,
                    0xFFFFFFF0, 0xFFFFFFF9),
            "i64": (1, 2, 16, 0x100000000, 3, 7, 274177, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF,
                    0xFFFFFFFFFFFFFFFE, 0xFFFFFFFFFFFFFFF0, 0xFFFFFFFFFFFFFFF9)}
DIVISION_BY_CONSTANTS = wat("(module " + " ".join(
    f'(func (export "{ty}.{op}/{c:#x}") (param {ty}) (result {ty}) local.get 0 {ty}.const {c} {ty}.{op})'
    for ty, divisors in DIVISORS.items() for op in ("div_s", "div_u", "rem_s", "rem_u") for c in divisors) + ")")


def test_engines_agree_on_division_by_constants():
    """Division and remainder by a constant (by a power of two: shifts, with a rounding bias when signed; by
    another: the divide without its zero or overflow check) against wasmtime, both widths and signednesses,
    positive and negative divisors, on the special dividends (extremes, -1, 0) and random ones."""
    signatures = export_signatures(DIVISION_BY_CONSTANTS)
    for seed in range(8):
        agreeing_trace(DIVISION_BY_CONSTANTS, make_plan(seed, *signatures))


def test_a_wrong_result_is_reported_as_a_mismatch(monkeypatch):
    honest_call = WasmoonEngine.call

    def off_by_one(self, name, args):
        outcome = honest_call(self, name, args)
        return ("ok", [outcome[1][0] + 1]) if name == "add" and outcome[0] == "ok" else outcome

    monkeypatch.setattr(WasmoonEngine, "call", off_by_one)
    result = check_module(1, PASS_THROUGH)
    assert result.status == "mismatch"
    assert "'add'" in result.detail


def test_smith_modules_are_deterministic_wasm2_without_simd():
    module = generate(3)
    assert module == generate(3)
    assert within_profile(module)
    assert export_signatures(module)[0], "every module exports at least one function"


@pytest.mark.parametrize("profile, seed", CI_BATCH)
def test_fixed_seed_batch(profile, seed):
    result = check_seed(seed, profile)
    assert result.status in ("ran", "skipped"), f"{profile} seed {seed}: {result.detail}"


def test_regression_names_carry_the_seed(tmp_path):
    assert differential.regression_seed(tmp_path / "123.wasm") == 123
    assert differential.regression_seed(tmp_path / "scalar-77.min.wasm") == 77
    assert differential.regression_name(9, "scalar") == "scalar-9.wasm"
