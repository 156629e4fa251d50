"""gc objects (structs and arrays): canonical type ids, their layouts and supertypes, the heap
objects live in, and the builtins compiled code calls for allocation, casts and bulk array
operations (abi.BUILTINS "gc.*" and "array.*").

Canonical ids: a struct or array type, and a function type declared with gc's rec or sub,
is keyed by its metadata spelling (abi.ENTRY_CANON), another function type by its params and
results (runtime/type_ids.py draws both), so equal types
of every artifact in the process share one id.  `TYPES` records, per id, what a cast needs
(kind, supertype id) and what allocation needs (field or element storage types).

The collector (`GcHeap`, one per store) is a precise, non-moving mark-sweep whose free list
is a list of runs: the heap is a few segments (plus a block of its own for each large
object); compiled code bump-allocates through the current run (abi.STORE_GC_TOP/END) and
calls the gc.alloc builtin only when the run is used up, which hands out the next run
(zeroed), grows the heap, or collects.  A collection marks from the roots: the shadow stack
slots compiled code fills before each safepoint (aot/ir/gc.py), the globals, tables and
element segments of the store's instances (`roots`, set by the runtime), and the objects
Python holds (`PINNED`, counted by values.AnyRef); it follows a struct's descriptor and the
fields and elements that can hold objects (anyref, or externref carrying one).  Sweeping
never visits a dead object: the free runs are the gaps between the sorted live objects, so a
collection costs time in proportion to the live set, and no object ever moves, so references
in registers stay valid across a safepoint.  Objects are 8-aligned, laid out as abi.GC_TYPE_ID says.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
from dataclasses import dataclass

from . import abi
from .errors import BuiltinTrap
from .type_ids import canonical_spelled_type_id, canonical_type_id

_U32 = (1 << 32) - 1
HEAP_LIMIT = 64 << 20      # bytes of gc heap a store may use
SEGMENT_BYTES = 4 << 20    # the heap grows by segments of this size
MIN_HEAP = 16 << 20        # below this the heap grows rather than collects
GROWTH = 4                 # nor below GROWTH times the live bytes the last collection found
LARGE_OBJECT = 1 << 20     # larger objects get a block of their own
MIN_RUN = 64               # smaller gaps between live objects are not reused until they grow
SHADOW_BYTES = 1 << 20     # the shadow stack: 128 Ki root slots
_MAX_ARRAY_BYTES = 1 << 30


@dataclass(frozen=True)
class TypeInfo:
    kind: int                  # 0 for a function type, else abi.GC_KIND_STRUCT / GC_KIND_ARRAY
    supertype: int | None      # canonical id of the declared supertype
    storages: tuple = ()       # field storage types (struct) or (element storage,) (array)
    size: int = 0              # a struct's size
    ref_offsets: tuple = ()    # a struct's GC_DESCRIPTOR and offsets of its fields that may hold objects;
                               # an array: (0,) if its do


def holds_objects(valtype) -> bool:
    """Whether a value, field or element of this type may be a gc object (an anyref, or an
    externref carrying one)."""
    return valtype is not None and valtype not in _NUMERIC and abi.value_kind(valtype) in ("anyref", "externref")


_NUMERIC = ("i8", "i16", "i32", "i64", "f32", "f64", "v128")


def _type_info(kind: int, supertype, storages: tuple) -> TypeInfo:
    if kind == abi.GC_KIND_STRUCT:
        offsets, size = abi.struct_layout(storages)
        return TypeInfo(kind, supertype, storages, size,
                        (abi.GC_DESCRIPTOR, *(o for o, s in zip(offsets, storages) if holds_objects(s))))
    if kind == abi.GC_KIND_ARRAY:
        return TypeInfo(kind, supertype, storages, 0, (0,) if holds_objects(storages[0]) else ())
    return TypeInfo(kind, supertype)


TYPES: dict[int, TypeInfo] = {}


def canonical_ids(meta_types: list[dict]) -> list[int]:
    """The canonical id of each type of an artifact's metadata, recording each in TYPES."""
    ids: list[int] = []
    for entry in meta_types:
        if abi.ENTRY_CANON in entry:
            type_id = canonical_spelled_type_id(entry[abi.ENTRY_CANON])
        else:
            type_id = canonical_type_id(entry[abi.ENTRY_PARAMS], entry[abi.ENTRY_RESULTS])
        ids.append(type_id)
    for entry, type_id in zip(meta_types, ids):
        supertype = entry.get(abi.ENTRY_SUPERTYPE)
        super_id = None if supertype is None else ids[supertype]
        if abi.ENTRY_FIELDS in entry:
            info = _type_info(abi.GC_KIND_STRUCT, super_id, tuple(f[0] for f in entry[abi.ENTRY_FIELDS]))
        elif abi.ENTRY_ELEMENT in entry:
            info = _type_info(abi.GC_KIND_ARRAY, super_id, (entry[abi.ENTRY_ELEMENT][0],))
        else:
            info = _type_info(0, super_id, ())
        TYPES.setdefault(type_id, info)
    return ids


def is_subtype_id(type_id: int, target: int) -> bool:
    while type_id is not None:
        if type_id == target:
            return True
        type_id = TYPES[type_id].supertype
    return False


class GcHeap:
    """The gc heap and shadow stack of one store (see the module docstring)."""

    def __init__(self, store, limit: int = HEAP_LIMIT):
        self.store = store
        self.limit = limit
        self.segments: list = []       # ctypes buffers of SEGMENT_BYTES
        self.large: dict = {}          # address -> ctypes buffer of one large object
        self.size = 0                  # bytes of all segments and large objects
        self.runs: list[tuple[int, int]] = []  # free [start, end) runs not handed out yet
        self.live_after_collection = 0
        self.collections = 0
        self.peak = 0
        self.shadow = ctypes.create_string_buffer(SHADOW_BYTES)
        self.shadow_base = ctypes.addressof(self.shadow)
        self._set(abi.STORE_SHADOW_TOP, self.shadow_base)
        self._set(abi.STORE_SHADOW_LIMIT, self.shadow_base + SHADOW_BYTES)
        self._set(abi.STORE_GC_TOP, 0)
        self._set(abi.STORE_GC_END, 0)
        self.roots = None  # a function -> iterable of root bits (the store's globals, tables, segments)

    def _word_at(self, offset: int) -> ctypes.c_uint64:
        return ctypes.c_uint64.from_address(self.store.address + offset)

    def _set(self, offset: int, value: int) -> None:
        self._word_at(offset).value = value

    def shadow_top(self) -> int:
        return self._word_at(abi.STORE_SHADOW_TOP).value

    def reset_shadow_top(self, top: int) -> None:
        self._set(abi.STORE_SHADOW_TOP, top)

    def allocate(self, size: int, may_collect: bool = True) -> int:
        """A zeroed block of `size` bytes (a multiple of 8): the slow path of compiled code's bump
        allocation, which leaves the store's run at what remains of the one it used.  Without
        `may_collect` (objects of constant expressions, whose operands only Python holds) the heap
        grows instead."""
        if size > LARGE_OBJECT:
            return self._allocate_large(size, may_collect)
        for attempt in ("runs", "grow_or_collect" if may_collect else "grow", "grow"):
            address = self._from_runs(size)
            if address is not None:
                return address
            if attempt == "grow_or_collect":
                if self.size + SEGMENT_BYTES <= max(GROWTH * self.live_after_collection, MIN_HEAP) \
                        and self._grow():
                    continue
                self.collect()
            elif attempt == "grow" and self._grow():
                return self._from_runs(size)
        raise BuiltinTrap(abi.TrapCode.OUT_OF_GC_MEMORY)

    def _from_runs(self, size: int) -> int | None:
        top, end = self._word_at(abi.STORE_GC_TOP).value, self._word_at(abi.STORE_GC_END).value
        while end - top < size:
            if not self.runs:
                return None
            top, end = self.runs.pop()
            ctypes.memset(top, 0, end - top)
        self._set(abi.STORE_GC_TOP, top + size)
        self._set(abi.STORE_GC_END, end)
        return top

    def _grow(self) -> bool:
        if self.size + SEGMENT_BYTES > self.limit:
            return False
        segment = ctypes.create_string_buffer(SEGMENT_BYTES)
        self.segments.append(segment)
        self.size += SEGMENT_BYTES
        self.peak = max(self.peak, self.size)
        self.runs.append((ctypes.addressof(segment), ctypes.addressof(segment) + SEGMENT_BYTES))
        return True

    def _allocate_large(self, size: int, may_collect: bool) -> int:
        if self.size + size > self.limit and may_collect:
            self.collect()
        if self.size + size > self.limit:
            raise BuiltinTrap(abi.TrapCode.OUT_OF_GC_MEMORY)
        block = ctypes.create_string_buffer(size)
        self.large[ctypes.addressof(block)] = block
        self.size += size
        self.peak = max(self.peak, self.size)
        return ctypes.addressof(block)

    def collect(self) -> None:
        """Mark from the roots, then make every gap between live objects a free run."""
        marked: dict[int, int] = {}  # address -> size
        work = [bits for bits in self._root_bits()]
        ordered = sorted(self.segments, key=ctypes.addressof)
        bases = [ctypes.addressof(segment) for segment in ordered]
        views = [memoryview(segment).cast("B").cast("Q") for segment in ordered]  # segment words
        while work:
            bits = work.pop()
            if bits & abi.EXTERNREF_FROM_ANY:
                bits &= ~abi.EXTERNREF_FROM_ANY
            if bits == 0 or bits & abi.ANYREF_TAG_MASK or bits in marked:
                continue
            segment = bisect.bisect_right(bases, bits) - 1
            if segment >= 0 and bits < bases[segment] + SEGMENT_BYTES:
                view, first = views[segment], (bits - bases[segment]) >> 3
            else:  # a large object, or an object of another store that Python holds
                words = TYPES[_word(bits + abi.GC_TYPE_ID, 4).value].size // 8 or 1
                view, first = (ctypes.c_uint64 * words).from_address(bits), 0
            info = TYPES[view[first] & _U32]  # GC_TYPE_ID: the low half of the header word
            if info.kind == abi.GC_KIND_STRUCT:
                marked[bits] = info.size
                work += (view[first + (offset >> 3)] for offset in info.ref_offsets)
            else:
                length = _word(bits + abi.ARRAY_LENGTH, 4).value
                marked[bits] = (abi.ARRAY_DATA + length * abi.storage_bytes(info.storages[0]) + 7) // 8 * 8
                if info.ref_offsets:
                    work += (ctypes.c_uint64 * length).from_address(bits + abi.ARRAY_DATA)
        del views
        for address in [a for a in self.large if a not in marked]:
            self.size -= len(self.large.pop(address))
        runs = []
        live = sorted(marked.items())
        index = 0
        for segment in ordered:  # in address order, as `live` is
            start = ctypes.addressof(segment)
            end = start + SEGMENT_BYTES
            free = start
            while index < len(live) and live[index][0] < end:
                address, size = live[index]
                if address >= start:
                    if address - free >= MIN_RUN:
                        runs.append((free, address))
                    free = max(free, address + size)
                index += 1
            if end - free >= MIN_RUN:
                runs.append((free, end))
        runs.reverse()  # handed out from the end of the list: lowest addresses first
        self.runs = runs
        self._set(abi.STORE_GC_TOP, 0)
        self._set(abi.STORE_GC_END, 0)
        self.live_after_collection = sum(marked.values())
        self.collections += 1

    def _root_bits(self):
        top = self.shadow_top()
        count = (top - self.shadow_base) // 8
        yield from (ctypes.c_uint64 * count).from_address(self.shadow_base)
        if self.roots is not None:
            yield from self.roots()
        yield from PINNED

    def stats(self) -> dict:
        return {"collections": self.collections, "peak_heap_bytes": self.peak, "heap_bytes": self.size,
                "live_after_last_collection": self.live_after_collection}


def heap_of(store) -> GcHeap:
    """The gc heap of `store`, made on first use (in the process that runs its code)."""
    heap = getattr(store, "gc_heap", None)
    if heap is None:
        heap = store.gc_heap = GcHeap(store)
        heap.roots = lambda: _store_roots(store)
    return heap


def _store_roots(store):
    """The reference bits held by the globals, tables and element segments of `store`'s instances."""
    for state in list(store.lifetime.states):
        for extern in state.externs():
            valtype = getattr(extern, "elem_type", None) or getattr(extern, "type", None)
            if not holds_objects(valtype):
                continue
            yield from _objects(valtype, extern.element_bits() if hasattr(extern, "elem_type") else [extern.get_bits()])
        for elem_type, bits in state.segment_bits():
            if holds_objects(elem_type):   # not a funcref segment's FuncRef records
                yield from _objects(elem_type, bits)


def may_be_object(valtype: str, bits: int) -> bool:
    """Whether `bits`, a value of type `valtype`, may be a gc object: an anyref, or an externref
    that extern.convert_any made (a host value's externref handle is a small number, no address)."""
    return holds_objects(valtype) and (abi.value_kind(valtype) != "externref" or bool(bits & abi.EXTERNREF_FROM_ANY))


def _objects(valtype: str, bits):
    """Those of `bits` (values of type `valtype`) that may be objects."""
    return [b for b in bits if may_be_object(valtype, b)]


# Bits of objects Python holds (values.AnyRef): roots, counted.
PINNED: dict[int, int] = {}


def pin(bits: int) -> None:
    PINNED[bits] = PINNED.get(bits, 0) + 1


def unpin(bits: int) -> None:
    count = PINNED.get(bits, 0) - 1
    if count > 0:
        PINNED[bits] = count
    else:
        PINNED.pop(bits, None)


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


def new_object(heap: GcHeap, type_id: int, values: list[int], length: int | None = None,
               may_collect: bool = True, descriptor: int = 0) -> int:
    """A new struct with field bits `values` (and `descriptor`), or array of `length` elements,
    the first of them `values` (any iterable), the rest default (zero)."""
    info = TYPES[type_id]
    if info.kind == abi.GC_KIND_STRUCT:
        offsets = abi.struct_layout(info.storages)[0]
        address = heap.allocate(info.size, may_collect)
        for offset, storage, bits in zip(offsets, info.storages, values):
            _store(address + offset, storage, bits)
        _word(address + abi.GC_DESCRIPTOR, 8).value = descriptor
    else:
        element = abi.storage_bytes(info.storages[0])
        if length * element > _MAX_ARRAY_BYTES:
            raise BuiltinTrap(abi.TrapCode.ALLOCATION_TOO_LARGE)
        address = heap.allocate((abi.ARRAY_DATA + length * element + 7) // 8 * 8, may_collect)
        _word(address + abi.ARRAY_LENGTH, 4).value = length
        for index, bits in enumerate(values):
            _store(address + abi.ARRAY_DATA + index * element, info.storages[0], bits)
    _word(address + abi.GC_TYPE_ID, 4).value = type_id
    _word(address + abi.GC_KIND, 4).value = info.kind
    return address


def constant_new(heap: GcHeap, type_ids: list[int], name: str, imm, stack: list[int]) -> int:
    """The object a constant expression's allocation operator `name` (struct.new, struct.new_default,
    their _desc forms, array.new, array.new_default, array.new_fixed) makes from the operands it
    pops off `stack`."""
    if name.startswith("struct."):
        type_id = type_ids[imm]
        descriptor = stack.pop() if name.endswith("_desc") else 0
        if name.endswith("_desc") and not descriptor:
            raise BuiltinTrap(abi.TrapCode.NULL_DESCRIPTOR_REFERENCE)
        count = len(TYPES[type_id].storages) if name.startswith("struct.new_desc") or name == "struct.new" else 0
        values = stack[len(stack) - count:]
        del stack[len(stack) - count:]
        return new_object(heap, type_id, values, may_collect=False, descriptor=descriptor)
    if name == "array.new_fixed":
        type_index, count = imm
        values = stack[len(stack) - count:]
        del stack[len(stack) - count:]
        return new_object(heap, type_ids[type_index], values, count, may_collect=False)
    length = stack.pop() & _U32
    value = stack.pop() if name == "array.new" else 0
    # lazily: new_object checks the length before it stores any element
    return new_object(heap, type_ids[imm], itertools.repeat(value, length) if value else (), length,
                      may_collect=False)


class GcBuiltins:
    """The gc builtins of an instance whose type index i has canonical id `type_ids[i]`."""

    NAMES = ("gc.alloc", "gc.test", "array.fill", "array.copy", "array.init_data", "array.init_elem",
             "array.new_data", "array.new_elem")

    def __init__(self, heap: GcHeap, type_ids: list[int], datas, elems):
        self.heap = heap
        self.type_ids = type_ids
        self.datas = datas
        self.elems = elems

    def gc_alloc(self, args):
        return [new_object(self.heap, self.type_ids[args[0] & _U32], [], args[1] & _U32)]

    def gc_test(self, args):
        bits, target, nullable, exact = args[0], args[1] & _U32, args[2] & 1, args[2] & abi.GC_TEST_EXACT
        if bits == 0:
            return [nullable]
        if bits & abi.ANYREF_TAG_MASK or bits & abi.EXTERNREF_FROM_ANY:
            return [0]
        if target in (abi.GC_TEST_STRUCT, abi.GC_TEST_ARRAY):
            kind = _word(bits + abi.GC_KIND, 4).value
            return [int(kind == (abi.GC_KIND_STRUCT if target == abi.GC_TEST_STRUCT else abi.GC_KIND_ARRAY))]
        target_id = self.type_ids[target]
        if TYPES[target_id].kind == 0:  # a function type: bits is a FuncRef record
            type_id = _word(bits + abi.FUNCREF_TYPE_ID, 4).value
        else:
            type_id = _word(bits + abi.GC_TYPE_ID, 4).value
        return [int(type_id == target_id if exact else is_subtype_id(type_id, target_id))]

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
        if src + count * size > self.datas.length(segment):
            raise BuiltinTrap(abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
        ctypes.memmove(array + abi.ARRAY_DATA + dst * size, self.datas.addresses[segment] + src, count * size)
        return []

    def array_new_data(self, args):
        type_id, segment, src, count = self.type_ids[args[0] & _U32], args[1] & _U32, args[2] & _U32, args[3] & _U32
        if src + count * abi.storage_bytes(TYPES[type_id].storages[0]) > self.datas.length(segment):
            raise BuiltinTrap(abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
        array = new_object(self.heap, type_id, [], count)
        return [array] + self.array_init_data([segment, array, 0, src, count])

    def array_new_elem(self, args):
        type_id, segment, src, count = self.type_ids[args[0] & _U32], args[1] & _U32, args[2] & _U32, args[3] & _U32
        if src + count > self.elems.length(segment):
            raise BuiltinTrap(abi.TrapCode.TABLE_OUT_OF_BOUNDS)
        array = new_object(self.heap, type_id, [], count)
        return [array] + self.array_init_elem([segment, array, 0, src, count])

    def array_init_elem(self, args):
        segment, array, dst, src, count = args[0] & _U32, args[1], args[2] & _U32, args[3] & _U32, args[4] & _U32
        length, size = _array(array)
        items = self.elems.items(segment)
        if dst + count > length:
            raise _array_trap()
        if src + count > len(items):
            raise BuiltinTrap(abi.TrapCode.TABLE_OUT_OF_BOUNDS)
        for index in range(count):
            _word(array + abi.ARRAY_DATA + (dst + index) * size, 8).value = items[src + index]
        return []
