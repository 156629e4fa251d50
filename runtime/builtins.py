"""The runtime services compiled code calls through builtin slots (abi.BUILTINS), bound to one instance.

Each binding is `call_bits(args) -> results` over raw slots; integer arguments are
read as unsigned.  Out-of-bounds accesses raise BuiltinTrap before anything is
written (bulk-memory semantics); a failed grow returns 0xFFFFFFFF.  memory.atomic.wait32/64 and
notify trap on an unaligned effective address before checking its bounds, as atomic accesses do;
wait traps on a memory that is not shared, where notify wakes nobody (runtime/waiters.py).
"""

from __future__ import annotations

import ctypes

from .abi import TrapCode
from .exceptions import ExceptionBuiltins
from .errors import BuiltinTrap
from .table import copy_elements

_U32 = (1 << 32) - 1
_U64 = (1 << 64) - 1
_GROW_FAILED = _U32  # -1 as an i32; the indexed grow returns it as an i64


def _u32(args) -> list[int]:
    return [a & _U32 for a in args]


def _memory_trap() -> BuiltinTrap:
    return BuiltinTrap(TrapCode.MEMORY_OUT_OF_BOUNDS)


def _table_trap() -> BuiltinTrap:
    return BuiltinTrap(TrapCode.TABLE_OUT_OF_BOUNDS)


class Builtins(ExceptionBuiltins):
    """The builtins of an instance with memories `memories`, `tables`, its segments, its `tags` and
    the address of its store's block (the exn.* builtins come from exceptions.py).  The plain
    memory builtins act on memory 0, their ".indexed" forms on the memories their leading arguments
    name; those and the table builtins' "64" forms take i64 addresses, indices and lengths."""

    def __init__(self, memories, tables, datas, elems, gc, tags=(), store_address=0):
        self.tags = tags
        self.store_address = store_address
        self.memories = memories
        self.tables = tables
        self.datas = datas
        self.elems = elems
        self.gc = gc  # gc_heap.GcBuiltins: the gc builtins

    def binding(self, name: str):
        """The bound method for builtin `name` ("memory.grow" -> memory_grow); bound on demand, as a table
        of bound methods would be a reference cycle keeping the memory alive until the cyclic GC runs."""
        return getattr(self.gc if name in self.gc.NAMES else self, name.replace(".", "_"))

    def memory_grow(self, args):
        old = self.memories[0].try_grow(args[0] & _U32)
        return [_GROW_FAILED if old is None else old]

    def memory_grow_indexed(self, args):
        old = self.memories[args[0] & _U32].try_grow(args[1] & _U64)
        return [_U64 if old is None else old]

    def memory_fill(self, args):
        return self._fill(0, *_u32(args))

    def memory_fill_indexed(self, args):
        return self._fill(args[0] & _U32, args[1] & _U64, args[2] & _U32, args[3] & _U64)

    def _fill(self, memory, dst, value, length):
        target = self.memories[memory]
        if not target.in_bounds(dst, length):
            raise _memory_trap()
        if length:
            ctypes.memset(target.base + dst, value & 0xFF, length)
        return []

    def memory_copy(self, args):
        return self._copy(0, 0, *_u32(args))

    def memory_copy_indexed(self, args):
        return self._copy(args[0] & _U32, args[1] & _U32, *(a & _U64 for a in args[2:]))

    def _copy(self, dst_memory, src_memory, dst, src, length):
        target, source = self.memories[dst_memory], self.memories[src_memory]
        if not (target.in_bounds(dst, length) and source.in_bounds(src, length)):
            raise _memory_trap()
        if length:
            ctypes.memmove(target.base + dst, source.base + src, length)
        return []

    def memory_init(self, args):
        return self._init(0, *_u32(args))

    def memory_init_indexed(self, args):
        return self._init(args[0] & _U32, args[1] & _U32, args[2] & _U64, args[3] & _U32, args[4] & _U32)

    def _init(self, memory, segment, dst, src, length):
        if not self.datas.init(self.memories[memory], segment, dst, src, length):
            raise _memory_trap()
        return []

    def data_drop(self, args):
        self.datas.drop(args[0] & _U32)
        return []

    # --- threads: memory.atomic.notify/wait32/wait64 (runtime/waiters.py) ----------------------

    def _atomic_address(self, memory, offset, addr, size):
        """The memory and effective address of a wait or notify, trapping as an atomic access does."""
        target = self.memories[memory]
        address = offset + addr
        if address % size:
            raise BuiltinTrap(TrapCode.UNALIGNED_ATOMIC)
        if not target.in_bounds(address, size):
            raise _memory_trap()
        return target, address

    def memory_atomic_notify(self, args):
        target, address = self._atomic_address(args[0] & _U32, args[1] & _U64, args[2] & _U64, 4)
        return [target.waiters.notify(address, args[3] & _U32) if target.shared else 0]

    def memory_atomic_wait32(self, args):
        return self._wait(args, 4)

    def memory_atomic_wait64(self, args):
        return self._wait(args, 8)

    def _wait(self, args, size):
        target, address = self._atomic_address(args[0] & _U32, args[1] & _U64, args[2] & _U64, size)
        if not target.shared:
            raise BuiltinTrap(TrapCode.EXPECTED_SHARED_MEMORY)
        value = ctypes.c_uint32 if size == 4 else ctypes.c_uint64
        expected = args[3] & ((1 << 8 * size) - 1)
        timeout = args[4] - (1 << 64) if args[4] >> 63 else args[4]
        return [target.waiters.wait(address, lambda: value.from_address(target.base + address).value, expected,
                                    timeout)]

    def table_grow(self, args):
        old = self.tables[args[0] & _U32].try_grow(args[2] & _U32, args[1])
        return [_GROW_FAILED if old is None else old]

    def table_grow64(self, args):
        old = self.tables[args[0] & _U32].try_grow(args[2] & _U64, args[1])
        return [_U64 if old is None else old]

    def table_fill(self, args):
        return self._table_fill(args[0] & _U32, args[1] & _U32, args[2], args[3] & _U32)

    def table_fill64(self, args):
        return self._table_fill(args[0] & _U32, args[1] & _U64, args[2], args[3] & _U64)

    def _table_fill(self, table, dst, ref, length):
        target = self.tables[table]
        if not target.in_bounds(dst, length):
            raise _table_trap()
        target.fill_bits(dst, ref, length)
        return []

    def table_copy(self, args):
        return self._table_copy(*_u32(args))

    def table_copy64(self, args):
        return self._table_copy(args[0] & _U32, args[1] & _U32, *(a & _U64 for a in args[2:]))

    def _table_copy(self, dst_table, src_table, dst, src, length):
        target, source = self.tables[dst_table], self.tables[src_table]
        if not (target.in_bounds(dst, length) and source.in_bounds(src, length)):
            raise _table_trap()
        copy_elements(target, dst, source, src, length)
        return []

    def table_init(self, args):
        return self._table_init(*_u32(args))

    def table_init64(self, args):
        return self._table_init(args[0] & _U32, args[1] & _U32, args[2] & _U64, args[3] & _U32, args[4] & _U32)

    def _table_init(self, table, segment, dst, src, length):
        if not self.elems.init(self.tables[table], segment, dst, src, length):
            raise _table_trap()
        return []

    def elem_drop(self, args):
        self.elems.drop(args[0] & _U32)
        return []
