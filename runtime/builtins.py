"""The runtime services compiled code calls through builtin slots (abi.BUILTINS), bound to one instance.

Each binding is `call_bits(args) -> results` over raw slots; i32 arguments are
read as unsigned.  Out-of-bounds accesses raise BuiltinTrap before anything is
written (bulk-memory semantics); a failed grow returns 0xFFFFFFFF.
"""

from __future__ import annotations

import ctypes

from .abi import TrapCode
from .store import BuiltinTrap
from .table import copy_elements

_U32 = (1 << 32) - 1
_GROW_FAILED = _U32


def _u32(args) -> list[int]:
    return [a & _U32 for a in args]


def _memory_trap() -> BuiltinTrap:
    return BuiltinTrap(TrapCode.MEMORY_OUT_OF_BOUNDS)


def _table_trap() -> BuiltinTrap:
    return BuiltinTrap(TrapCode.TABLE_OUT_OF_BOUNDS)


class Builtins:
    """The builtins of an instance with memory 0 `memory` (or None), `tables`, and its segments."""

    def __init__(self, memory, tables, datas, elems):
        self.memory = memory
        self.tables = tables
        self.datas = datas
        self.elems = elems

    def binding(self, name: str):
        """The bound method for builtin `name` ("memory.grow" -> memory_grow); bound on demand, as a table
        of bound methods would be a reference cycle keeping the memory alive until the cyclic GC runs."""
        return getattr(self, name.replace(".", "_"))

    def memory_grow(self, args):
        old = self.memory.try_grow(args[0] & _U32)
        return [_GROW_FAILED if old is None else old]

    def memory_fill(self, args):
        dst, value, length = _u32(args)
        if not self.memory.in_bounds(dst, length):
            raise _memory_trap()
        if length:
            ctypes.memset(self.memory.base + dst, value & 0xFF, length)
        return []

    def memory_copy(self, args):
        dst, src, length = _u32(args)
        if not (self.memory.in_bounds(dst, length) and self.memory.in_bounds(src, length)):
            raise _memory_trap()
        if length:
            base = self.memory.base
            ctypes.memmove(base + dst, base + src, length)
        return []

    def memory_init(self, args):
        segment, dst, src, length = _u32(args)
        if not self.datas.init(self.memory, segment, dst, src, length):
            raise _memory_trap()
        return []

    def data_drop(self, args):
        self.datas.drop(args[0] & _U32)
        return []

    def table_grow(self, args):
        table, ref, delta = args[0] & _U32, args[1], args[2] & _U32
        old = self.tables[table].try_grow(delta, ref)
        return [_GROW_FAILED if old is None else old]

    def table_fill(self, args):
        table, dst, ref, length = args[0] & _U32, args[1] & _U32, args[2], args[3] & _U32
        target = self.tables[table]
        if not target.in_bounds(dst, length):
            raise _table_trap()
        target.fill_bits(dst, ref, length)
        return []

    def table_copy(self, args):
        dst_table, src_table, dst, src, length = _u32(args)
        target, source = self.tables[dst_table], self.tables[src_table]
        if not (target.in_bounds(dst, length) and source.in_bounds(src, length)):
            raise _table_trap()
        copy_elements(target, dst, source, src, length)
        return []

    def table_init(self, args):
        table, segment, dst, src, length = _u32(args)
        if not self.elems.init(self.tables[table], segment, dst, src, length):
            raise _table_trap()
        return []

    def elem_drop(self, args):
        self.elems.drop(args[0] & _U32)
        return []
