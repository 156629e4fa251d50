"""Multi-memory end to end: several memories, defined and imported, each with its own accesses,
sizes, growth, bulk operations and data segments, and the VMContext slots that reach them."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import Memory, Trap, abi, load

from guest import wat_artifact

PAGE = abi.PAGE_SIZE

# Memory 0 is imported, 1 and 2 are defined; `poke` (a call) sits between accesses so the
# reload after calls must keep each memory's base and size apart.
MODULE = r"""
(module
  (import "env" "mem" (memory $m0 1))
  (import "env" "poke" (func $poke))
  (memory $m1 1 3)
  (memory $m2 2)
  (export "m1" (memory $m1))
  (export "m2" (memory $m2))
  (data (memory $m1) (i32.const 16) "one")
  (data (memory $m2) (i32.const 65540) "two")
  (data $passive "passive")
  (func (export "load8") (param $mem i32) (param $addr i32) (result i32)
    (if (result i32) (i32.eqz (local.get $mem))
      (then (i32.load8_u $m0 (local.get $addr)))
      (else (if (result i32) (i32.eq (local.get $mem) (i32.const 1))
        (then (i32.load8_u $m1 (local.get $addr)))
        (else (i32.load8_u $m2 (local.get $addr)))))))
  (func (export "store_each") (param $addr i32) (param $value i64)
    (i64.store $m0 (local.get $addr) (local.get $value))
    (call $poke)
    (i64.store $m1 offset=8 (local.get $addr) (i64.add (local.get $value) (i64.const 1)))
    (call $poke)
    (i64.store $m2 offset=16 (local.get $addr) (i64.add (local.get $value) (i64.const 2))))
  (func (export "sizes") (result i32 i32 i32)
    (memory.size $m0) (memory.size $m1) (memory.size $m2))
  (func (export "grow1") (param i32) (result i32) (memory.grow $m1 (local.get 0)))
  (func (export "grow_then_load") (param $addr i32) (result i32)
    (drop (memory.grow $m1 (i32.const 1)))
    (i32.load8_u $m1 (local.get $addr)))
  (func (export "fill2") (param i32 i32 i32) (memory.fill $m2 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_2_to_1") (param i32 i32 i32)
    (memory.copy $m1 $m2 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_0_to_0") (param i32 i32 i32)
    (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init2") (param i32 i32 i32) (memory.init $m2 $passive (local.get 0) (local.get 1) (local.get 2)))
)
"""


@pytest.fixture(scope="module")
def module_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("multimem") / "multi.so"
    wat_artifact(path, MODULE)
    return path


@pytest.fixture
def instance(module_path):
    pokes = []
    memory = Memory(1, 2)
    instance = load(str(module_path), imports={"env": {"mem": memory, "poke": lambda: pokes.append(1)}})
    instance.imported_memory = memory
    return instance


def test_data_segments_land_in_their_memories(instance):
    ex = instance.exports
    assert not ex.m1.is64 and ex.m1.read(16, 3) == b"one"
    assert ex.m2.read(65540, 3) == b"two"
    assert instance.imported_memory.read(16, 3) == b"\0\0\0"
    assert [ex.load8(1, 16 + i) for i in range(3)] == list(b"one")
    assert ex.load8(2, 65541) == ord("w")


def test_stores_reach_the_memory_they_name_across_calls(instance):
    ex = instance.exports
    ex.store_each(100, 0x1122334455667788)
    assert instance.imported_memory.read(100, 8) == (0x1122334455667788).to_bytes(8, "little")
    assert ex.m1.read(108, 8) == (0x1122334455667789).to_bytes(8, "little")
    assert ex.m2.read(116, 8) == (0x112233445566778A).to_bytes(8, "little")
    assert ex.m1.read(100, 8) == bytes(8) and ex.m2.read(100, 8) == bytes(8)


def test_each_memory_checks_its_own_bounds(instance):
    ex = instance.exports
    assert ex.load8(2, 2 * PAGE - 1) == 0  # memory 2 has two pages, memory 1 one
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.load8(1, PAGE)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.load8(0, PAGE)
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.store_each(PAGE - 12, 7)  # memory 0 takes its 8 bytes; memory 1's, 8 further on, do not fit
    assert instance.imported_memory.read(PAGE - 12, 8) == (7).to_bytes(8, "little")


def test_size_and_grow_per_memory(instance):
    ex = instance.exports
    assert ex.sizes() == (1, 1, 2)
    assert ex.grow1(1) == 1
    assert ex.sizes() == (1, 2, 2)
    assert ex.grow1(5) == -1  # past memory 1's maximum of 3
    assert ex.grow_then_load(2 * PAGE + 5) == 0  # the load sees the size the grow left
    assert ex.sizes() == (1, 3, 2) and ex.m1.size == 3
    instance.imported_memory.grow(1)
    assert ex.sizes() == (2, 3, 2)


def test_bulk_operations_between_memories(instance):
    ex = instance.exports
    ex.fill2(10, 0xAB, 4)
    assert ex.m2.read(9, 6) == b"\0\xab\xab\xab\xab\0"
    ex.init2(200, 1, 5)
    assert ex.m2.read(200, 5) == b"assiv"
    ex.copy_2_to_1(300, 200, 5)
    assert ex.m1.read(300, 5) == b"assiv"
    instance.imported_memory.write(0, b"abc")
    ex.copy_0_to_0(1, 0, 3)
    assert instance.imported_memory.read(0, 4) == b"aabc"
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.copy_2_to_1(PAGE - 2, 0, 4)  # fits memory 2, not memory 1
    with pytest.raises(Trap, match="out of bounds memory access"):
        ex.fill2(2 * PAGE - 2, 0, 4)


def test_vmctx_layout_places_other_memories_after_the_globals():
    single = abi.VMContextLayout(2, 3, 4)
    several = abi.VMContextLayout(2, 3, 4, num_memories=3)
    assert "memories" not in single.counts() and several.counts()["memories"] == 3
    assert abi.VMContextLayout.from_metadata({abi.META_VMCTX: several.counts()}).size == several.size
    assert several.memory(0) == abi.VMCTX_MEMORY
    assert several.memory(1) == several.global_(3) + 8 and several.memory(2) == several.memory(1) + 8
    # the builtin slots sit between the imports and the tables, whatever the memory count
    slots = [several.builtin_slot(name) for name, _, _ in abi.BUILTINS]
    assert slots == [single.builtin_slot(name) for name, _, _ in abi.BUILTINS]
    assert len(set(slots)) == len(slots) and max(slots) + abi.IMPORT_SLOT_SIZE == several.table(0)
    assert several.memory(2) + 8 == several.datas       # the SegmentDef pointers follow the memories
    assert several.datas + 16 == several.elems + 8 == several.size
