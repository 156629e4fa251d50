"""v128 values through the Python API: an exported function's v128 params take an int (signed or
unsigned 128-bit) or 16 bytes, its v128 results come back as unsigned ints; `call_bits` takes and
gives two raw slots per v128 (low half first); Python host functions get and return ints; v128
globals.  Compiled Wasm, so these run only once the simd feature compiles (aot/wasm/features.py)."""

from __future__ import annotations

import random

import pytest

from guest import compile_wat
from wasmoon_aot.aot.wasm.features import FEATURES
from wasmoon_aot.runtime import load
from wasmoon_aot.runtime.values import args_to_bits, results_from_bits, slot_values, to_bits

pytestmark = pytest.mark.skipif(not FEATURES["simd"].compile, reason="the simd feature does not compile yet")

U64 = (1 << 64) - 1
MANY = ("v128", "f32") * 5 + ("i32", "v128", "v128")  # past v0..v7: v128s on the stack too

MODULE = f"""
(module
  (import "host" "mix" (func $mix (param i32 v128 f64 v128) (result v128 i32 v128)))
  (global $g (export "g") (mut v128) (v128.const i64x2 0x1111111111111111 0x2222222222222222))
  (func $id (export "id") (param v128) (result v128) (local.get 0))
  (func (export "const") (result v128) (v128.const i32x4 1 2 3 0x80000000))
  (func (export "zero") (result v128) (local v128) (local.get 0))
  (func (export "swap") (param i32 v128 f64 v128) (result v128 f64 v128 i32)
    (local.get 3) (local.get 2) (local.get 1) (local.get 0))
  (func $many (export "many") (param {' '.join(MANY)}) (result {' '.join(reversed(MANY))})
    {' '.join(f'(local.get {i})' for i in reversed(range(len(MANY))))})
  (func (export "call_many") (param {' '.join(MANY)}) (result {' '.join(reversed(MANY))})
    {' '.join(f'(local.get {i})' for i in range(len(MANY)))} (call $many))
  (func (export "select") (param v128 v128 i32) (result v128)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_cmp") (param v128 v128 i32 i32) (result v128)
    (select (local.get 0) (local.get 1) (i32.lt_s (local.get 2) (local.get 3))))
  (func (export "select_kept") (param v128 v128 i32 i32) (result v128)
    (v128.xor (v128.xor (select (local.get 0) (local.get 1) (i32.lt_s (local.get 2) (local.get 3)))
                        (local.get 0)) (local.get 1)))
  (func (export "merge") (param v128 v128 i32) (result v128)
    (if (result v128) (local.get 2) (then (local.get 0)) (else (local.get 1))))
  (func (export "across_call") (param v128) (result v128)
    (local v128)
    (local.set 1 (call $id (v128.const i64x2 5 6)))
    (drop (call $id (local.get 1)))
    (local.get 0))
  (func (export "get_g") (result v128) (global.get $g))
  (func (export "set_g") (param v128) (global.set $g (local.get 0)))
  (func (export "call_mix") (param i32 v128 f64 v128) (result v128 i32 v128)
    (call $mix (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
"""


def _mix(a, v, d, w):
    return w ^ (1 << 127), a + 1, v + int(d)


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    return load(compile_wat(tmp_path_factory.mktemp("simd_values"), MODULE), {"host": {"mix": _mix}})


def _random_v128(rng: random.Random) -> int:
    return rng.getrandbits(128)


def test_v128_converts_from_int_and_bytes():
    assert to_bits("v128", -1) == (1 << 128) - 1
    assert to_bits("v128", bytes(range(16))) == int.from_bytes(bytes(range(16)), "little")
    with pytest.raises(OverflowError):
        to_bits("v128", 1 << 128)
    with pytest.raises(TypeError):
        to_bits("v128", b"short")
    assert args_to_bits(("i32", "v128"), (3, 1 << 64 | 2)) == [3, 2, 1]
    assert slot_values(("v128", "i64"), [2, 1, 9]) == [1 << 64 | 2, 9]
    assert results_from_bits(("v128",), [U64, U64]) == (1 << 128) - 1


def test_identity_keeps_all_128_bits(instance):
    rng = random.Random(1)
    for _ in range(8):
        value = _random_v128(rng)
        assert instance.exports.id(value) == value
    assert instance.exports.id(bytes(range(16))) == int.from_bytes(bytes(range(16)), "little")
    assert instance.exports.id(-1) == (1 << 128) - 1


def test_call_bits_speaks_two_slots_per_v128(instance):
    assert instance.exports.id.call_bits([0x1234, 0xABCD]) == [0x1234, 0xABCD]
    with pytest.raises(TypeError):
        instance.exports.id.call_bits([1])


def test_constants_and_zero_locals(instance):
    assert instance.exports.const() == 1 | 2 << 32 | 3 << 64 | 0x80000000 << 96
    assert instance.exports.zero() == 0


def test_mixed_params_and_results(instance):
    v, w = 0x0123456789ABCDEF_FEDCBA9876543210, (1 << 128) - 5
    assert instance.exports.swap(7, v, 2.5, w) == (w, 2.5, v, 7)


@pytest.mark.parametrize("name", ["many", "call_many"])
def test_v128s_on_the_stack(instance, name):
    rng = random.Random(name)
    args = [_random_v128(rng) if ty == "v128" else (rng.randrange(-100, 100) / 4 if ty == "f32" else 9)
            for ty in MANY]
    assert instance.exports[name](*args) == tuple(reversed(args))


def test_select_and_block_merges(instance):
    v, w = 0xAAAA << 100 | 1, 0x5555 << 90 | 2
    assert instance.exports.select(v, w, 1) == v
    assert instance.exports.select(v, w, 0) == w
    assert instance.exports.select_cmp(v, w, -1, 0) == v
    assert instance.exports.select_cmp(v, w, 1, 0) == w
    assert instance.exports.select_kept(v, w, -1, 0) == w   # both inputs live on: bsl into the result
    assert instance.exports.select_kept(v, w, 1, 0) == v
    assert instance.exports.merge(v, w, 1) == v
    assert instance.exports.merge(v, w, 0) == w


def test_v128_lives_across_calls(instance):
    value = 0xDEADBEEF << 96 | 0xCAFE << 64 | 0x1234
    assert instance.exports.across_call(value) == value


def test_v128_globals(instance):
    assert instance.exports.get_g() == 0x2222222222222222 << 64 | 0x1111111111111111
    assert instance.exports.g.value == instance.exports.get_g()
    instance.exports.set_g(1 << 127 | 3)
    assert instance.exports.get_g() == 1 << 127 | 3
    assert instance.exports.g.value == 1 << 127 | 3


def test_python_host_function_gets_and_returns_ints(instance):
    v, w = 0xFFFF << 112 | 7, 0x1234 << 70
    assert instance.exports.call_mix(4, v, 2.0, w) == _mix(4, v, 2.0, w)


# v128 constants leave loops (aot/opt/licm.py): 40 distinct ones used in a loop are all live
# across it, more than the vector registers, so the allocator rematerialises some (a movi or an
# ldr q literal at each use); with a call in the loop, none may stay in v8..v15 across it.
CONSTANTS = [random.Random(k).getrandbits(128) if k % 3 else int.from_bytes(bytes([k]) * 16, "little")
             for k in range(40)]


def _loop_module(call: bool) -> str:
    body = " ".join(f"(local.set 1 (i32x4.add (local.get 1) (v128.const i64x2 {c & U64:#x} {c >> 64:#x})))"
                    + (" (local.set 1 (call $id (local.get 1)))" if call and k == 20 else "")
                    for k, c in enumerate(CONSTANTS))
    return f"""(module
  (func $id (param v128) (result v128) (local.get 0))
  (func (export "sum") (param i32 v128) (result v128)
    (block (loop
      (br_if 1 (i32.eqz (local.get 0)))
      {body}
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br 0)))
    (local.get 1)))"""


def _lanes_sum(acc: int, times: int) -> int:
    lanes = [(acc >> (32 * k)) & 0xFFFF_FFFF for k in range(4)]
    for c in CONSTANTS:
        for k in range(4):
            lanes[k] += times * ((c >> (32 * k)) & 0xFFFF_FFFF)
    return sum((lane & 0xFFFF_FFFF) << (32 * k) for k, lane in enumerate(lanes))


@pytest.mark.parametrize("call", [False, True], ids=["plain", "with_call"])
def test_hoisted_v128_constants_rematerialise_under_pressure(tmp_path, call):
    from wasmoon_aot.aot.listing import module_listing
    from wasmoon_aot.aot.wat import wat_to_wasm
    source = _loop_module(call)
    assert "remat q" in module_listing(wat_to_wasm(source.encode()), "alloc", "sum")
    exports = load(compile_wat(tmp_path, source)).exports
    rng = random.Random(3)
    for times in (0, 1, 2, 7):
        acc = rng.getrandbits(128)
        assert exports.sum(times, acc) == _lanes_sum(acc, times), times


def test_literals_of_a_function_over_a_mib_stay_in_reach(tmp_path):
    """Over a MiB of v128 constants (each an ldr q literal): the literals go to islands within
    the loads' +-1 MiB reach (emit.py), and every one is read back right."""
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.wat import wat_to_wasm
    from wasmoon_aot.linker import write_elf
    steps = 50000
    halves = [(k * 0x9E3779B97F4A7C15 + 0x1234567) & U64 for k in range(2 * steps)]
    body = " ".join(f"(local.set 0 (i64x2.add (local.get 0) (v128.const i64x2 {halves[k]:#x} {halves[k + steps]:#x})))"
                    for k in range(steps))
    result = compile_bytes(wat_to_wasm(f'(module (func (export "f") (param v128) (result v128) {body} (local.get 0)))'
                                       .encode()))
    assert result.metadata["functions"][0]["size"] > 1 << 20
    path = tmp_path / "big.so"
    path.write_bytes(write_elf(result.image))
    start = 0x0123_4567_89AB_CDEF_FEDC_BA98_7654_3210
    low = (start & U64) + sum(halves[:steps])
    high = (start >> 64) + sum(halves[steps:])
    assert load(str(path)).exports.f(start) == (high & U64) << 64 | (low & U64)
