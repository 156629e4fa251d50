"""memory.copy and memory.fill in native code (inline for small constant counts, else the
routines of aot/isa/aarch64/routines.py), against the same operations done on a bytearray:
overlap in both directions, every tail length, counts from a parameter and from constants,
bounds (nothing written when either range is out), memory64 addresses past 4 GiB and 2**64,
several memories, and the trap's location."""

from __future__ import annotations

import pytest

from wasmoon_aot.aot.isa.aarch64.routines import COPY_INLINE_MAX, FILL_INLINE_MAX
from wasmoon_aot.runtime import Trap, TrapCode, abi, load

from guest import wat_artifact

PAGE = abi.PAGE_SIZE
GIB4 = 1 << 32
U64 = (1 << 64) - 1
# Constant counts on both sides of the inline limits.
COPY_CONSTANTS = (0, 1, 2, 3, 5, 8, 9, 13, 16, 17, 20, COPY_INLINE_MAX, COPY_INLINE_MAX + 1, 40)
FILL_CONSTANTS = (0, 1, 3, 8, 15, 16, 17, 40, FILL_INLINE_MAX, FILL_INLINE_MAX + 1)


def _module(addr: str) -> str:
    copies = "\n".join(
        f'(func (export "copy{n}") (param {addr} {addr}) (memory.copy (local.get 0) (local.get 1) ({addr}.const {n})))'
        for n in COPY_CONSTANTS)
    fills = "\n".join(
        f'(func (export "fill{n}") (param {addr} i32) (memory.fill (local.get 0) (local.get 1) ({addr}.const {n})))'
        for n in FILL_CONSTANTS)
    return f"""
(module
  (memory (export "mem") {addr} 1)
  (memory $two (export "two") {addr} 2)
  (func (export "copy") (param {addr} {addr} {addr}) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill") (param {addr} i32 {addr}) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_same_count") (param {addr} {addr}) (memory.copy (local.get 0) (local.get 1) (local.get 0)))
  (func (export "copy_to_two") (param {addr} {addr} {addr}) (memory.copy $two 0 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_from_two") (param {addr} {addr} {addr}) (memory.copy 0 $two (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill_two") (param {addr} i32 {addr}) (memory.fill $two (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_then_load") (param {addr} {addr} {addr}) (result i64)
    (memory.copy (local.get 0) (local.get 1) (local.get 2))
    (i64.load (local.get 0)))
  {copies}
  {fills}
)
"""


PATTERN = bytes((i * 7 + 3) & 0xFF for i in range(256))


@pytest.fixture(scope="module", params=["i32", "i64"])
def artifact(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("bulk") / f"bulk_{request.param}.so"
    return wat_artifact(path, _module(request.param))


@pytest.fixture(scope="module")
def ex(artifact):
    return load(artifact).exports


def _reset(ex, base: int = 0) -> bytearray:
    ex.mem.write(base, PATTERN)
    return bytearray(PATTERN)


def test_overlapping_copies_both_directions_every_tail(ex):
    for count in (0, 1, 7, 15, 16, 17, 31, 33, 47, 100):
        for dst, src in ((10, 13), (13, 10), (40, 8), (8, 40), (20, 20), (0, 100), (100, 0)):
            model = _reset(ex)
            model[dst:dst + count] = model[src:src + count]
            ex.copy(dst, src, count)
            assert ex.mem.read(0, 256) == bytes(model), (dst, src, count)


def test_constant_counts_inline_and_not(ex):
    for n in COPY_CONSTANTS:
        for dst, src in ((3, 5), (5, 3), (64, 0)):
            model = _reset(ex)
            model[dst:dst + n] = model[src:src + n]
            getattr(ex, f"copy{n}")(dst, src)
            assert ex.mem.read(0, 256) == bytes(model), (n, dst, src)
    for n in FILL_CONSTANTS:
        model = _reset(ex)
        model[5:5 + n] = bytes([0xA5]) * n
        getattr(ex, f"fill{n}")(5, 0x1A5)   # only the low byte of the value counts
        assert ex.mem.read(0, 256) == bytes(model), n


def test_fill_every_tail(ex):
    for count in (0, 1, 2, 4, 8, 15, 16, 17, 31, 32, 33, 100):
        model = _reset(ex)
        model[3:3 + count] = b"\x5c" * count
        ex.fill(3, 0x5C, count)
        assert ex.mem.read(0, 256) == bytes(model), count


def test_the_same_value_as_address_and_count(ex):
    model = _reset(ex)
    model[16:32] = model[40:56]
    ex.copy_same_count(16, 40)
    assert ex.mem.read(0, 256) == bytes(model)


def test_bounds_at_the_end_and_nothing_written_when_out(ex):
    top = PAGE
    _reset(ex, top - 256)
    ex.copy(top, 0, 0)          # count 0 at the very end is in bounds
    ex.copy(0, top, 0)
    ex.fill(top, 1, 0)
    ex.copy(top - 16, top - 32, 16)
    assert ex.mem.read(top - 16, 16) == PATTERN[224:240]
    before = ex.mem.read(top - 256, 256)
    cases = [(ex.copy, (top + 1, 0, 0)), (ex.copy, (0, top + 1, 0)), (ex.fill, (top + 1, 0, 0)),
             (ex.copy, (top - 8, 0, 9)), (ex.copy, (0, top - 8, 9)), (ex.copy, (top - 100, top - 200, 101)),
             (ex.fill, (top - 8, 0, 9)), (ex.copy16, (top - 15, 0)), (ex.copy16, (0, top - 15)),
             (ex.copy13, (top - 12, 0)), (ex.fill40, (top - 39, 0)), (ex.fill1, (top, 0)),
             (ex.copy0, (top + 1, 0)), (ex.copy40, (0, top - 39))]
    for func, args in cases:
        with pytest.raises(Trap, match="out of bounds memory access") as info:
            func(*args)
        assert info.value.code == TrapCode.MEMORY_OUT_OF_BOUNDS
        assert ex.mem.read(top - 256, 256) == before, (func, args)


@pytest.mark.parametrize("artifact", ["i64"], indirect=True)   # addresses and counts past 32 bits need memory64
def test_counts_past_32_bits_and_wrapping_sums_trap(ex):
    assert ex.mem.is64
    for dst, src, count in ((GIB4, 0, 1), (0, GIB4 + 8, 1), (8, 0, GIB4 + 1), (U64, 0, 2), (0, U64 - 3, 8),
                            (16, 0, U64), (GIB4, 0, 0), (U64, 0, 0)):
        with pytest.raises(Trap, match="out of bounds memory access"):
            ex.copy(dst, src, count)
    for dst, count in ((GIB4, 1), (U64, 2), (8, GIB4 + 1), (16, U64), (GIB4, 0), (U64 - 30, 64)):
        with pytest.raises(Trap, match="out of bounds memory access"):
            ex.fill(dst, 0, count)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.copy16(U64 - 7, 0)   # dst + 16 wraps round to a small address


def test_copies_between_memories_of_different_sizes(ex):
    ex.two.write(PAGE + 100, b"second memory")
    ex.copy_from_two(10, PAGE + 100, 13)
    assert ex.mem.read(10, 13) == b"second memory"
    ex.mem.write(200, b"first")
    ex.copy_to_two(2 * PAGE - 5, 200, 5)
    assert ex.two.read(2 * PAGE - 5, 5) == b"first"
    ex.fill_two(2 * PAGE - 3, 0x41, 3)
    assert ex.two.read(2 * PAGE - 3, 3) == b"AAA"
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.copy_from_two(PAGE - 4, 10, 5)       # in bounds of the source, not of the destination
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.copy_to_two(2 * PAGE - 5, PAGE - 4, 5)   # in bounds of the destination, not of the source
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.fill_two(2 * PAGE - 2, 0, 3)


def test_loads_after_a_copy_see_it(ex):
    ex.mem.write(300, (0x1122334455667788).to_bytes(8, "little"))
    ex.mem.write(400, bytes(8))
    assert ex.copy_then_load(400, 300, 8) == 0x1122334455667788


def test_a_trap_names_the_operator(ex):
    with pytest.raises(Trap) as info:
        ex.copy(PAGE, 0, 1)
    assert info.value.func_name == "copy"
    assert info.value.wasm_offset is not None
    with pytest.raises(Trap) as again:
        ex.copy(0, PAGE, 1)
    assert again.value.wasm_offset == info.value.wasm_offset


INIT_MODULE = """
(module
  (memory (export "mem") {addr} 1)
  (data $passive "0123456789abcdefghijklmnopqrstuvwxyz")
  (data $active ({addr}.const 0) "ACTIVE")
  (func (export "init") (param {addr} i32 i32) (memory.init $passive (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init5") (param {addr} i32) (memory.init $passive (local.get 0) (local.get 1) (i32.const 5)))
  (func (export "init_active") (param {addr} i32 i32) (memory.init $active (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop") (data.drop $passive))
)
"""


@pytest.fixture(params=["i32", "i64"])
def init_ex(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("init") / f"init_{request.param}.so"
    return load(wat_artifact(path, INIT_MODULE.format(addr=request.param))).exports


def test_memory_init_from_a_passive_segment_until_it_is_dropped(init_ex):
    ex = init_ex
    segment = b"0123456789abcdefghijklmnopqrstuvwxyz"
    assert ex.mem.read(0, 6) == b"ACTIVE"
    ex.init(100, 3, 20)
    ex.init5(200, 30)
    ex.init(PAGE - 4, 32, 4)                 # both ranges end exactly at their ends
    ex.init(PAGE, len(segment), 0)           # count 0 at both ends
    assert ex.mem.read(100, 20) == segment[3:23] and ex.mem.read(200, 5) == segment[30:35]
    assert ex.mem.read(PAGE - 4, 4) == segment[32:36]
    before = ex.mem.read(0, 512)
    for args in ((300, 30, 7), (PAGE - 3, 0, 4), (PAGE + 1, 0, 0), (0, len(segment) + 1, 0)):
        with pytest.raises(Trap, match="out of bounds memory access"):
            ex.init(*args)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.init5(300, 32)
    assert ex.mem.read(0, 512) == before     # nothing written by a trapping init
    ex.init_active(10, 0, 0)                 # an active segment is dropped once applied
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.init_active(10, 0, 1)
    ex.drop()
    ex.drop()                                # dropping twice is fine
    ex.init(100, 0, 0)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.init(100, 0, 1)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.init5(100, 0)
