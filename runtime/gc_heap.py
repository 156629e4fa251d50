"""gc objects (structs and arrays): canonical type ids, their layouts and supertypes, the heap
objects live in, and the builtins compiled code calls for allocation, casts and bulk array
operations (abi.BUILTINS "gc.*" and "array.*").

Canonical ids: a struct or array type is keyed by its metadata spelling (abi.ENTRY_CANON),
a function type by its params and results (runtime/type_ids.py draws both), so equal types
of every artifact in the process share one id.  `TYPES` records, per id, what a cast needs
(kind, supertype id) and what allocation needs (field or element storage types).

The heap is, for now, a bump allocator over chunks that are never freed: no collection yet.
Objects are 8-aligned and zeroed, laid out as abi.GC_TYPE_ID describes.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from . import abi
from .store import BuiltinTrap
from .type_ids import canonical_type_id, canonical_data_type_id

_U32 = (1 << 32) - 1
_CHUNK = 1 << 20
_MAX_ARRAY_BYTES = 1 << 30


@dataclass(frozen=True)
class TypeInfo:
    kind: int                  # 0 for a function type, else abi.GC_KIND_STRUCT / GC_KIND_ARRAY
    supertype: int | None      # canonical id of the declared supertype
    storages: tuple = ()       # field storage types (struct) or (element storage,) (array)


TYPES: dict[int, TypeInfo] = {}


def canonical_ids(meta_types: list[dict]) -> list[int]:
    """The canonical id of each type of an artifact's metadata, recording each in TYPES."""
    ids: list[int] = []
    for entry in meta_types:
        if abi.ENTRY_CANON in entry:
            type_id = canonical_data_type_id(entry[abi.ENTRY_CANON])
        else:
            type_id = canonical_type_id(entry[abi.ENTRY_PARAMS], entry[abi.ENTRY_RESULTS])
        ids.append(type_id)
    for entry, type_id in zip(meta_types, ids):
        supertype = entry.get(abi.ENTRY_SUPERTYPE)
        super_id = None if supertype is None else ids[supertype]
        if abi.ENTRY_FIELDS in entry:
            info = TypeInfo(abi.GC_KIND_STRUCT, super_id, tuple(f[0] for f in entry[abi.ENTRY_FIELDS]))
        elif abi.ENTRY_ELEMENT in entry:
            info = TypeInfo(abi.GC_KIND_ARRAY, super_id, (entry[abi.ENTRY_ELEMENT][0],))
        else:
            info = TypeInfo(0, super_id)
        TYPES.setdefault(type_id, info)
    return ids


def is_subtype_id(type_id: int, target: int) -> bool:
    while type_id is not None:
        if type_id == target:
            return True
        type_id = TYPES[type_id].supertype
    return False


class Heap:
    """Bump allocation over never-freed chunks (no collector yet)."""

    def __init__(self):
        self.chunks: list = []
        self.top = self.end = 0

    def allocate(self, size: int) -> int:
        size = (size + 7) // 8 * 8
        if self.top + size > self.end:
            chunk = ctypes.create_string_buffer(max(_CHUNK, size))
            self.chunks.append(chunk)
            self.top = ctypes.addressof(chunk)
            self.end = self.top + len(chunk)
        address, self.top = self.top, self.top + size
        return address


HEAP = Heap()


def _word(address: int, size: int):
    return {1: ctypes.c_uint8, 2: ctypes.c_uint16, 4: ctypes.c_uint32, 8: ctypes.c_uint64}[size].from_address(address)


def _array(bits: int) -> tuple[int, int]:
    """(length, element bytes) of the array at `bits`, trapping on null."""
    if bits == 0:
        raise BuiltinTrap(abi.TrapCode.NULL_ARRAY_REFERENCE)
    length = _word(bits + abi.ARRAY_LENGTH, 4).value
    return length, abi.storage_bytes(TYPES[_word(bits + abi.GC_TYPE_ID, 4).value].storages[0])


def _array_trap() -> BuiltinTrap:
    return BuiltinTrap(abi.TrapCode.ARRAY_OUT_OF_BOUNDS)


def _store(address: int, storage: str, bits: int) -> None:
    size = abi.storage_bytes(storage)
    if size == 16:
        _word(address, 8).value = bits & ((1 << 64) - 1)
        _word(address + 8, 8).value = bits >> 64
    else:
        _word(address, size).value = bits & ((1 << (8 * size)) - 1)


def new_object(type_id: int, values: list[int], length: int | None = None) -> int:
    """A new struct with field bits `values`, or array of `length` elements, the first
    len(values) of them `values`, the rest default (zero)."""
    info = TYPES[type_id]
    if info.kind == abi.GC_KIND_STRUCT:
        offsets, size = abi.struct_layout(info.storages)
        address = HEAP.allocate(size)
        for offset, storage, bits in zip(offsets, info.storages, values):
            _store(address + offset, storage, bits)
    else:
        element = abi.storage_bytes(info.storages[0])
        if length * element > _MAX_ARRAY_BYTES:
            raise BuiltinTrap(abi.TrapCode.ALLOCATION_TOO_LARGE)
        address = HEAP.allocate(abi.ARRAY_DATA + length * element)
        _word(address + abi.ARRAY_LENGTH, 4).value = length
        for index, bits in enumerate(values):
            _store(address + abi.ARRAY_DATA + index * element, info.storages[0], bits)
    _word(address + abi.GC_TYPE_ID, 4).value = type_id
    _word(address + abi.GC_KIND, 4).value = info.kind
    return address


def constant_new(type_ids: list[int], name: str, imm, stack: list[int]) -> int:
    """The object a constant expression's allocation operator `name` (struct.new, struct.new_default,
    array.new, array.new_default, array.new_fixed) makes from the operands it pops off `stack`."""
    if name.startswith("struct."):
        type_id = type_ids[imm]
        count = len(TYPES[type_id].storages) if name == "struct.new" else 0
        values = stack[len(stack) - count:]
        del stack[len(stack) - count:]
        return new_object(type_id, values)
    if name == "array.new_fixed":
        type_index, count = imm
        values = stack[len(stack) - count:]
        del stack[len(stack) - count:]
        return new_object(type_ids[type_index], values, count)
    length = stack.pop() & _U32
    value = stack.pop() if name == "array.new" else 0
    return new_object(type_ids[imm], [value] * length if value else [], length)


class GcBuiltins:
    """The gc builtins of an instance whose type index i has canonical id `type_ids[i]`."""

    NAMES = ("gc.alloc", "gc.test", "array.fill", "array.copy", "array.init_data", "array.init_elem",
             "array.new_data", "array.new_elem")

    def __init__(self, type_ids: list[int], datas, elems):
        self.type_ids = type_ids
        self.datas = datas
        self.elems = elems

    def gc_alloc(self, args):
        return [new_object(self.type_ids[args[0] & _U32], [], args[1] & _U32)]

    def gc_test(self, args):
        bits, target, nullable = args[0], args[1] & _U32, args[2] & 1
        if bits == 0:
            return [nullable]
        if bits & abi.ANYREF_TAG_MASK or bits & abi.EXTERNREF_FROM_ANY:
            return [0]
        if target in (abi.GC_TEST_STRUCT, abi.GC_TEST_ARRAY):
            kind = _word(bits + abi.GC_KIND, 4).value
            return [int(kind == (abi.GC_KIND_STRUCT if target == abi.GC_TEST_STRUCT else abi.GC_KIND_ARRAY))]
        target_id = self.type_ids[target]
        if TYPES[target_id].kind == 0:  # a function type: bits is a FuncRef record
            return [int(is_subtype_id(_word(bits + abi.FUNCREF_TYPE_ID, 4).value, target_id))]
        return [int(is_subtype_id(_word(bits + abi.GC_TYPE_ID, 4).value, target_id))]

    def array_fill(self, args):
        array, dst, value, count = args[0], args[1] & _U32, args[2], args[3] & _U32
        length, size = _array(array)
        if dst + count > length:
            raise _array_trap()
        base = array + abi.ARRAY_DATA + dst * size
        for index in range(count):
            _word(base + index * size, size).value = value & ((1 << (8 * size)) - 1)
        return []

    def array_copy(self, args):
        dst_array, dst, src_array, src, count = args[0], args[1] & _U32, args[2], args[3] & _U32, args[4] & _U32
        dst_length, size = _array(dst_array)
        src_length, _ = _array(src_array)
        if dst + count > dst_length or src + count > src_length:
            raise _array_trap()
        ctypes.memmove(dst_array + abi.ARRAY_DATA + dst * size, src_array + abi.ARRAY_DATA + src * size, count * size)
        return []

    def array_init_data(self, args):
        segment, array, dst, src, count = args[0] & _U32, args[1], args[2] & _U32, args[3] & _U32, args[4] & _U32
        length, size = _array(array)
        if dst + count > length:
            raise _array_trap()
        if src + count * size > self.datas.lengths[segment]:
            raise BuiltinTrap(abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
        ctypes.memmove(array + abi.ARRAY_DATA + dst * size, self.datas.addresses[segment] + src, count * size)
        return []

    def array_new_data(self, args):
        type_id, segment, src, count = self.type_ids[args[0] & _U32], args[1] & _U32, args[2] & _U32, args[3] & _U32
        if src + count * abi.storage_bytes(TYPES[type_id].storages[0]) > self.datas.lengths[segment]:
            raise BuiltinTrap(abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
        array = new_object(type_id, [], count)
        return [array] + self.array_init_data([segment, array, 0, src, count])

    def array_new_elem(self, args):
        type_id, segment, src, count = self.type_ids[args[0] & _U32], args[1] & _U32, args[2] & _U32, args[3] & _U32
        if src + count > len(self.elems.items[segment]):
            raise BuiltinTrap(abi.TrapCode.TABLE_OUT_OF_BOUNDS)
        array = new_object(type_id, [], count)
        return [array] + self.array_init_elem([segment, array, 0, src, count])

    def array_init_elem(self, args):
        segment, array, dst, src, count = args[0] & _U32, args[1], args[2] & _U32, args[3] & _U32, args[4] & _U32
        length, size = _array(array)
        items = self.elems.items[segment]
        if dst + count > length:
            raise _array_trap()
        if src + count > len(items):
            raise BuiltinTrap(abi.TrapCode.TABLE_OUT_OF_BOUNDS)
        for index in range(count):
            _word(array + abi.ARRAY_DATA + (dst + index) * size, 8).value = items[src + index]
        return []
