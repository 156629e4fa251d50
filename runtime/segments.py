"""Data and element segments of one instance, and the bounds-checked init operations on them.

A data segment is an address and length inside the artifact's DATA_SYMBOL
bytes; an element segment is the list of its evaluated reference bits.
Dropping a segment (data.drop / elem.drop, or applying an active or
declarative one at instantiation) makes its length 0.  Every operation checks
both ranges before writing anything and returns False when either is out of bounds.
"""

from __future__ import annotations

import ctypes

from . import abi
from .memory import Memory
from .table import Table


class DataSegments:
    """The data segments, as the DataDef array (abi.DATADEF_*) that the vmctx points at: compiled
    memory.init and data.drop read and write it there, and so does this class."""

    def __init__(self, data_base: int | None, datas: list[dict]):
        self.addresses = [(data_base or 0) + d[abi.ENTRY_BYTES][0] for d in datas]
        self._defs = (ctypes.c_uint64 * (2 * len(datas)))()
        self.def_address = ctypes.addressof(self._defs)
        for index, d in enumerate(datas):
            self._defs[2 * index], self._defs[2 * index + 1] = self.addresses[index], d[abi.ENTRY_BYTES][1]
        assert abi.DATADEF_SIZE_OF == 16 and abi.DATADEF_LENGTH == 8

    def length(self, index: int) -> int:
        return self._defs[2 * index + 1]

    def drop(self, index: int) -> None:
        self._defs[2 * index + 1] = 0

    def init(self, memory: Memory, index: int, dst: int, src: int, length: int) -> bool:
        """memory[dst:dst+length] = segment[src:src+length]."""
        if src + length > self.length(index) or not memory.in_bounds(dst, length):
            return False
        if length:
            ctypes.memmove(memory.base + dst, self.addresses[index] + src, length)
        return True


class ElemSegments:
    def __init__(self, items: list[list[int]]):
        self.items = items

    def drop(self, index: int) -> None:
        self.items[index] = []

    def init(self, table: Table, index: int, dst: int, src: int, length: int) -> bool:
        """table[dst:dst+length] = segment[src:src+length]."""
        items = self.items[index]
        if src + length > len(items) or not table.in_bounds(dst, length):
            return False
        if length:
            table.write_bits(dst, items[src:src + length])
        return True
