"""Tables: a native TableDef {base: uint64[size], size} and the element array behind it.

Elements are raw reference bits: a FuncRef record address or an externref
handle, 0 for null.  Growing allocates a new array and repoints the TableDef;
compiled code reloads both fields on every access.  Every instance importing
the table shares the one TableDef.
"""

from __future__ import annotations

import ctypes
from typing import Any

from . import abi, checks, lifetime
from .values import from_bits, to_bits

REF_TYPES = ("funcref", "externref", "anyref")


class Table:
    """A table of `elem_type` references, `minimum` elements initialised to `init` (a Python value);
    `is64` for a 64-bit table (memory64), indexed by i64."""

    def __init__(self, elem_type: str, minimum: int, maximum: int | None = None, init: Any = None,
                 store: Any = None, is64: bool = False) -> None:
        checks.value_type("table element type", elem_type, REF_TYPES)
        minimum, maximum = checks.limits("table", minimum, maximum, checks.U64_MAX if is64 else checks.U32_MAX)
        self.is64 = bool(is64)
        if minimum > abi.TABLE_MAX_ELEMENTS:
            raise ValueError(f"a table of {minimum} elements is more than this runtime allocates "
                             f"({abi.TABLE_MAX_ELEMENTS})")
        self.elem_type = elem_type
        self.maximum = maximum
        self.store = store  # the Store it belongs to (if None, the first instance that links it claims it)
        self._def = ctypes.create_string_buffer(abi.TABLEDEF_SIZE_OF)
        self.def_address = ctypes.addressof(self._def)
        self._elements = None
        self._resize(minimum, to_bits(elem_type, init))
        lifetime.track(self)

    @classmethod
    def with_bits(cls, elem_type: str, minimum: int, maximum: int | None, init_bits: int,
                  is64: bool = False) -> "Table":
        init_bits = checks.raw_bits("table initial value", init_bits)
        table = cls(elem_type, minimum, maximum, is64=is64)
        table.fill_bits(0, init_bits, table.size)
        return table

    # --- native state ---------------------------------------------------------

    @property
    def size(self) -> int:
        return ctypes.c_uint64.from_buffer(self._def, abi.TABLEDEF_SIZE).value

    @property
    def base(self) -> int:
        return ctypes.c_uint64.from_buffer(self._def, abi.TABLEDEF_BASE).value

    def _resize(self, new_size: int, fill_bits: int) -> None:
        old_size = self.size
        elements = (ctypes.c_uint64 * new_size)()
        if old_size:
            ctypes.memmove(elements, self._elements, 8 * old_size)
        if fill_bits:
            for index in range(old_size, new_size):
                elements[index] = fill_bits
        self._elements = elements
        ctypes.c_uint64.from_buffer(self._def, abi.TABLEDEF_BASE).value = ctypes.addressof(elements)
        ctypes.c_uint64.from_buffer(self._def, abi.TABLEDEF_SIZE).value = new_size

    def try_grow(self, delta: int, init_bits: int) -> int | None:
        """Grow by `delta` (>= 0) elements set to `init_bits`: the old size, or None past the limit."""
        old = self.size
        new = old + delta
        if new > (abi.TABLE_MAX_ELEMENTS if self.maximum is None else self.maximum):
            return None
        if delta:
            try:
                self._resize(new, init_bits)
            except (MemoryError, OverflowError):
                return None
        return old

    def in_bounds(self, index: int, length: int) -> bool:
        return index + length <= self.size

    def fill_bits(self, index: int, bits: int, length: int) -> None:
        elements = self._elements
        for at in range(index, index + length):
            elements[at] = bits

    def element_bits(self) -> list[int]:
        return self._elements[:self.size]

    def write_bits(self, index: int, items: list[int]) -> None:
        self._elements[index:index + len(items)] = items

    # --- Python API (raw bits: what the worker serves its client) ------------------

    def get_bits(self, index: int) -> int:
        return self._elements[checks.index("table index", index, self.size)]

    def set_bits(self, index: int, bits: int) -> None:
        bits = checks.raw_bits("table element", bits)
        self._elements[checks.index("table index", index, self.size)] = bits

    def grow_bits(self, delta: int, init_bits: int) -> int:
        """Grow by `delta` elements set to `init_bits`; returns the old size, raises ValueError if it cannot."""
        delta = checks.count("table grow delta", delta)
        old = self.try_grow(delta, checks.raw_bits("table initial value", init_bits))
        if old is None:
            raise ValueError(f"cannot grow table of {self.size} elements by {delta} (maximum {self.maximum})")
        return old

    # --- Python API (Python values) ---------------------------------------------

    def get(self, index: int) -> Any:
        """Element `index` as a Python value (None, a FuncRef, or the externref's object)."""
        return from_bits(self.elem_type, self.get_bits(index))

    def set(self, index: int, value: Any) -> None:
        self.set_bits(index, to_bits(self.elem_type, value))

    def grow(self, delta: int, init: Any = None) -> int:
        """Grow by `delta` elements set to `init`; returns the old size, raises ValueError if it cannot."""
        return self.grow_bits(checks.count("table grow delta", delta), to_bits(self.elem_type, init))

    def __repr__(self) -> str:
        return f"<{'64-bit ' if self.is64 else ''}table {self.elem_type} {self.size} elements, max {self.maximum}>"
