"""SIMD memory operators run against a Python model of their Wasm semantics: every load kind
(whole, extending, splat, zero, lane) and store kind (whole, lane), at aligned and unaligned
addresses, with offsets small and large, and their bounds checks at the last byte of memory,
under both register allocators.  Compiled Wasm, so these run only once the simd feature compiles (aot/wasm/features.py)."""

from __future__ import annotations

import random

import pytest

from wasmoon_aot.aot.wasm import opcodes as op
from wasmoon_aot.aot.wasm.features import FEATURES
from wasmoon_aot.runtime import Trap, TrapCode, load

from guest import wat_artifact

pytestmark = pytest.mark.skipif(not FEATURES["simd"].compile, reason="the simd feature does not compile yet")

PAGE = 65536
LANE = {1: 9, 2: 5, 4: 3, 8: 1}          # the lane each lane access uses (not 0, not the last)
OFFSETS = (0, 5, 5000)                   # none, a small unaligned one, one past the shared-limit range
SEED = bytes(random.Random(7).getrandbits(8) for _ in range(PAGE))

LOADS = sorted(code for code, access in op.SIMD_ACCESS.items() if not access.store)
STORES = sorted(code for code, access in op.SIMD_ACCESS.items() if access.store)
LANE_STORES = [code for code in STORES if op.SIMD_ACCESS[code].kind == "lane"]


def _name(code: int, offset: int) -> str:
    return f"{op.OPCODE_NAMES[code].replace('.', '_')}_{offset}"


# Accesses of one address in one block: the first checks the highest reach (48 bytes), which
# implies the others' checks (made once: sequences.bounds_check's `implied`).
IMPLIED = """(func (export "implied") (param i32 v128) (result v128)
  (v128.store offset=32 (local.get 0) (local.get 1))
  (v128.store offset=8 (local.get 0) (i8x16.add (v128.load offset=16 (local.get 0)) (local.get 1)))
  (v128.load32_lane offset=4 1 (local.get 0) (local.get 1)))"""


def _implied_model(model: bytearray, address: int, vector: int) -> int:
    model[address + 32:address + 48] = vector.to_bytes(16, "little")
    loaded = model[address + 16:address + 32]
    model[address + 8:address + 24] = bytes((x + y) & 0xFF for x, y in zip(loaded, vector.to_bytes(16, "little")))
    lanes = _lanes(vector, 4)
    lanes[1] = int.from_bytes(model[address + 4:address + 8], "little")
    return _join(lanes, 4)


def _module() -> str:
    funcs = []
    for code in LOADS + STORES:
        access, name = op.SIMD_ACCESS[code], op.OPCODE_NAMES[code]
        lane = f" {LANE[access.size]}" if access.kind == "lane" else ""
        vector = " (local.get 1)" if access.kind == "lane" or access.store else ""
        result = "" if access.store else " (result v128)"
        for offset in OFFSETS:
            funcs.append(f'(func (export "{_name(code, offset)}") (param i32 v128){result} '
                         f"({name} offset={offset}{lane} (local.get 0){vector}))")
            if code in LANE_STORES:   # lane 0: a plain str s/d of 4 and 8 bytes
                funcs.append(f'(func (export "{_name(code, offset)}_lane0") (param i32 v128) '
                             f"({name} offset={offset} 0 (local.get 0) (local.get 1)))")
    funcs.append(IMPLIED)
    return f'(module (memory (export "memory") 1) {" ".join(funcs)})'


@pytest.fixture(scope="module", params=["backtracking", "simple"])
def instance(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("simd_memory") / f"{request.param}.so"
    wat_artifact(path, _module(), regalloc=request.param)
    return load(str(path))


@pytest.fixture
def memory(instance):
    """The instance's memory, refilled with SEED, and the Python model of it."""
    instance.exports.memory.write(0, SEED)
    return bytearray(SEED)


def _lanes(value: int, size: int) -> list[int]:
    return [(value >> (8 * size * k)) & ((1 << 8 * size) - 1) for k in range(16 // size)]


def _join(lanes: list[int], size: int) -> int:
    return sum((lane & ((1 << 8 * size) - 1)) << (8 * size * k) for k, lane in enumerate(lanes))


def model_load(code: int, model: bytearray, address: int, vector: int) -> int:
    access = op.SIMD_ACCESS[code]
    data = model[address:address + access.size]
    if access.kind in ("vector", "zero"):  # zero: the bytes read fill the low lanes only
        return int.from_bytes(data, "little")
    if access.kind == "splat":
        return int.from_bytes(data * (16 // access.size), "little")
    if access.kind == "lane":
        lanes = _lanes(vector, access.size)
        lanes[LANE[access.size]] = int.from_bytes(data, "little")
        return _join(lanes, access.size)
    # extend: 8 bytes of narrow lanes, each widened to twice its width
    width = {"i16x8": 1, "i32x4": 2, "i64x2": 4}[op.SIMD_SHAPE[code].lane_shape]
    return _join([int.from_bytes(data[k:k + width], "little", signed=access.signed) for k in range(0, 8, width)],
                 2 * width)


def model_store(code: int, model: bytearray, address: int, vector: int, lane: int | None = None) -> None:
    access = op.SIMD_ACCESS[code]
    if access.kind == "lane":
        value = _lanes(vector, access.size)[LANE[access.size] if lane is None else lane]
        model[address:address + access.size] = value.to_bytes(access.size, "little")
    else:
        model[address:address + 16] = vector.to_bytes(16, "little")


def _addresses(size: int, offset: int) -> list[int]:
    last = PAGE - size - offset  # the highest address whose bytes all fit
    return [0, 1, 3, 16, 333, last - 1, last]


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("code", LOADS, ids=[op.OPCODE_NAMES[c] for c in LOADS])
def test_loads_match_the_model(instance, memory, code, offset):
    rng = random.Random(code * 7 + offset)
    function = instance.exports[_name(code, offset)]
    size = op.SIMD_ACCESS[code].size
    for address in _addresses(size, offset):
        vector = rng.getrandbits(128)
        assert function(address, vector) == model_load(code, memory, address + offset, vector), address


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("code", STORES, ids=[op.OPCODE_NAMES[c] for c in STORES])
def test_stores_match_the_model(instance, memory, code, offset):
    rng = random.Random(code * 11 + offset)
    function = instance.exports[_name(code, offset)]
    size = op.SIMD_ACCESS[code].size
    for address in _addresses(size, offset):
        vector = rng.getrandbits(128)
        function(address, vector)
        model_store(code, memory, address + offset, vector)
    assert instance.exports.memory.read(0, PAGE) == bytes(memory)


def test_checks_an_earlier_access_implies_are_not_repeated(instance, memory):
    rng = random.Random(5)
    implied = instance.exports.implied
    for address in (0, 3, 1000, PAGE - 48):
        vector = rng.getrandbits(128)
        assert implied(address, vector) == _implied_model(memory, address, vector), address
    assert instance.exports.memory.read(0, PAGE) == bytes(memory)
    for address in (PAGE - 47, PAGE - 16, 0xFFFF_FFF0):   # the first store traps: nothing is written
        with pytest.raises(Trap) as info:
            implied(address, (1 << 128) - 1)
        assert info.value.code == TrapCode.MEMORY_OUT_OF_BOUNDS
    assert instance.exports.memory.read(0, PAGE) == bytes(memory)


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("code", LANE_STORES, ids=[op.OPCODE_NAMES[c] for c in LANE_STORES])
def test_lane_zero_stores_match_the_model(instance, memory, code, offset):
    rng = random.Random(code * 13 + offset)
    function = instance.exports[_name(code, offset) + "_lane0"]
    size = op.SIMD_ACCESS[code].size
    for address in _addresses(size, offset):
        vector = rng.getrandbits(128)
        function(address, vector)
        model_store(code, memory, address + offset, vector, lane=0)
    assert instance.exports.memory.read(0, PAGE) == bytes(memory)
    for address in (PAGE - size - offset + 1, 0xFFFF_FFFF):
        with pytest.raises(Trap) as info:
            function(address, (1 << 128) - 1)
        assert info.value.code == TrapCode.MEMORY_OUT_OF_BOUNDS


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("code", LOADS + STORES, ids=[op.OPCODE_NAMES[c] for c in LOADS + STORES])
def test_one_byte_past_the_end_traps_and_writes_nothing(instance, memory, code, offset):
    function = instance.exports[_name(code, offset)]
    size = op.SIMD_ACCESS[code].size
    for address in (PAGE - size - offset + 1, PAGE - offset, 0xFFFF_FFFF):
        with pytest.raises(Trap) as info:
            function(address, (1 << 128) - 1)
        assert info.value.code == TrapCode.MEMORY_OUT_OF_BOUNDS
    assert instance.exports.memory.read(PAGE - 32, 32) == bytes(memory[PAGE - 32:])
