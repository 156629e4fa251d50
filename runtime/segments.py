"""Data and element segments of one instance, and the bounds-checked init operations on them.

A data segment is an address and length inside the artifact's DATA_SYMBOL
bytes; an element segment is a native array of its evaluated reference bits.
Each kind is a SegmentDef array {address, current length} (abi.SEGMENTDEF_*) that
the instance's vmctx points at, where compiled memory.init/table.init read them and
data.drop/elem.drop write 0 in the length, as this module does.  Dropping a segment
(data.drop / elem.drop, or applying an active or declarative one at instantiation)
makes its length 0.  Every operation checks
both ranges before writing anything and returns False when either is out of bounds.
"""

from __future__ import annotations

import ctypes

from . import abi
from .memory import Memory
from .table import Table


class _SegmentDefs:
    """The SegmentDef array of `addresses` and `lengths`, at `def_address`."""

    def __init__(self, addresses: list[int], lengths: list[int]):
        assert abi.SEGMENTDEF_SIZE_OF == 16 and abi.SEGMENTDEF_ADDRESS == 0 and abi.SEGMENTDEF_LENGTH == 8
        self.addresses = addresses
        self._defs = (ctypes.c_uint64 * (2 * len(addresses)))()
        self._defs[0::2], self._defs[1::2] = addresses, lengths
        self.def_address = ctypes.addressof(self._defs)

    def length(self, index: int) -> int:
        return self._defs[2 * index + 1]

    def drop(self, index: int) -> None:
        self._defs[2 * index + 1] = 0


class DataSegments(_SegmentDefs):
    def __init__(self, data_base: int | None, datas: list[dict]):
        super().__init__([(data_base or 0) + d[abi.ENTRY_BYTES][0] for d in datas],
                         [d[abi.ENTRY_BYTES][1] for d in datas])

    def init(self, memory: Memory, index: int, dst: int, src: int, length: int) -> bool:
        """memory[dst:dst+length] = segment[src:src+length]."""
        if src + length > self.length(index) or not memory.in_bounds(dst, length):
            return False
        if length:
            ctypes.memmove(memory.base + dst, self.addresses[index] + src, length)
        return True


class ElemSegments(_SegmentDefs):
    def __init__(self, items: list[list[int]]):
        self._arrays = [(ctypes.c_uint64 * len(bits))(*bits) for bits in items]
        super().__init__([ctypes.addressof(array) for array in self._arrays], [len(bits) for bits in items])

    def items(self, index: int) -> list[int]:
        """The segment's reference bits now (none once dropped)."""
        return self._arrays[index][:self.length(index)]

    def init(self, table: Table, index: int, dst: int, src: int, length: int) -> bool:
        """table[dst:dst+length] = segment[src:src+length]."""
        if src + length > self.length(index) or not table.in_bounds(dst, length):
            return False
        if length:
            table.write_bits(dst, self._arrays[index][src:src + length])
        return True
