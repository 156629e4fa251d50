"""memory64 end to end: 64-bit memories (i64 addresses, offsets up to 2**64-1, growth past 4 GiB) and
64-bit tables (i64 indices), against the same operations' arithmetic done in Python."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import LinkError, Memory, Trap, abi, load

from guest import wat_artifact

PAGE = abi.PAGE_SIZE
GIB4 = 1 << 32
U64 = (1 << 64) - 1

MODULE = r"""
(module
  (memory (export "mem") i64 1)
  (table $t i64 4 funcref)
  (type $ret (func (result i32)))
  (elem (table $t) (i64.const 1) func $seven $eight)
  (data (i64.const 100) "data")
  (data $passive "init!")
  (func $seven (result i32) (i32.const 7))
  (func $eight (result i32) (i32.const 8))
  (func (export "load") (param i64) (result i64) (i64.load (local.get 0)))
  (func (export "load_far") (param i64) (result i32) (i32.load offset=0xFFFFFFFFFFFFFFF0 (local.get 0)))
  (func (export "load_4g") (param i64) (result i32) (i32.load8_u offset=0x100000000 (local.get 0)))
  (func (export "store") (param i64 i64) (i64.store offset=8 (local.get 0) (local.get 1)))
  (func (export "size") (result i64) (memory.size))
  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
  (func (export "fill") (param i64 i32 i64) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i64 i64 i64) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i64 i32 i32) (memory.init $passive (local.get 0) (local.get 1) (local.get 2)))
  (func (export "call") (param i64) (result i32) (call_indirect $t (type $ret) (local.get 0)))
  (func (export "is_null") (param i64) (result i32) (ref.is_null (table.get $t (local.get 0))))
  (func (export "table_size") (result i64) (table.size $t))
  (func (export "table_grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
)
"""


@pytest.fixture(scope="module")
def module_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("memory64") / "m64.so"
    wat_artifact(path, MODULE)
    return path


@pytest.fixture
def ex(module_path):
    return load(str(module_path)).exports


def test_loads_and_stores_with_64_bit_addresses(ex):
    assert ex.mem.is64 and ex.mem.read(100, 4) == b"data"
    ex.store(PAGE - 16, 0x0102030405060708)
    assert ex.load(PAGE - 8) == 0x0102030405060708
    for address in (PAGE - 7, PAGE, GIB4, GIB4 + 8, 1 << 63, U64 - 7):
        with pytest.raises(Trap, match="out of bounds memory access"):
            ex.load(address)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.store(PAGE - 15, 1)


def test_address_plus_offset_past_2_64_traps(ex):
    for address in (0, 16, 0x20, U64 - 0x10):  # the sum wraps round to a small address: still out of bounds
        with pytest.raises(Trap, match="out of bounds memory access"):
            ex.load_far(address)


def test_growing_past_4_gib_and_accessing_above_it(ex):
    assert ex.size() == 1
    assert ex.grow(GIB4 // PAGE) == 1
    assert ex.size() == GIB4 // PAGE + 1
    top = (GIB4 // PAGE + 1) * PAGE
    ex.store(GIB4 + 0x10, 0x1122334455667788)
    assert ex.load(GIB4 + 0x18) == 0x1122334455667788
    assert ex.mem.read(GIB4 + 0x18, 8) == (0x1122334455667788).to_bytes(8, "little")
    assert ex.load_4g(0x18) == 0x88
    ex.fill(top - 5, 0x5A, 5)
    assert ex.mem.read(top - 6, 6) == b"\0" + b"\x5a" * 5
    ex.copy(GIB4 - 4, top - 4, 4)
    assert ex.mem.read(GIB4 - 4, 4) == b"\x5a" * 4
    ex.init(GIB4 + 100, 0, 5)
    assert ex.mem.read(GIB4 + 100, 5) == b"init!"
    assert ex.load(top - 8) == 0x5A5A5A5A5A000000
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.load(top - 7)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.fill(top - 4, 0, 5)
    assert ex.grow(U64 // PAGE) == -1  # far past any limit
    assert ex.grow(0) == GIB4 // PAGE + 1


def test_64_bit_table(ex):
    assert ex.call(1) == 7 and ex.call(2) == 8
    with pytest.raises(Trap, match="uninitialized element"):
        ex.call(0)
    for index in (4, GIB4 + 1, U64):  # GIB4 + 1 would be element 1 if the index were cut to 32 bits
        with pytest.raises(Trap, match="undefined element"):
            ex.call(index)
        with pytest.raises(Trap, match="out of bounds table access"):
            ex.is_null(index)
    assert ex.is_null(3) == 1 and ex.is_null(1) == 0
    assert ex.table_size() == 4
    assert ex.table_grow(2) == 4 and ex.table_size() == 6
    assert ex.table_grow(U64) == -1


def test_64_bit_memories_import_only_as_64_bit(tmp_path):
    importer = tmp_path / "importer.so"
    wat_artifact(importer,
                 b'(module (import "env" "mem" (memory i64 1)) (func (export "size") (result i64) (memory.size)))')
    assert load(str(importer), {"env": {"mem": Memory(2, is64=True)}}).exports.size() == 2
    with pytest.raises(LinkError, match="incompatible import type"):
        load(str(importer), {"env": {"mem": Memory(2)}})
