"""Globals: a 16-byte native cell per global (value bits at offset 0), shared by reference.

Compiled code reaches global g through the vmctx's globals[g] pointer, so an
imported global is the exporter's very cell.  i32/f32 bits are stored
zero-extended to 64; v128 uses all 16 bytes.
"""

from __future__ import annotations

import ctypes
from typing import Any

from . import abi, checks, lifetime
from .values import from_bits

VALUE_TYPES = ("i32", "i64", "f32", "f64", "v128", "funcref", "externref", "anyref")


class Global:
    """A global of `valtype` holding Python `value`; `.value` reads and (if mutable) writes it."""

    def __init__(self, valtype: str, value: Any = None, mutable: bool = False, store: Any = None) -> None:
        self.type = checks.value_type("global value type", valtype, VALUE_TYPES)
        self.store = store  # the Store it belongs to (if None, the first instance that links it claims it)
        self.mutable = bool(mutable)
        self._cell = ctypes.create_string_buffer(abi.GLOBAL_CELL_SIZE)
        self.cell_address = ctypes.addressof(self._cell)
        if value is not None:
            self._store(checks.global_value_bits(self.type, value))
        lifetime.track(self)

    @classmethod
    def with_bits(cls, valtype: str, bits: int, mutable: bool = False) -> "Global":
        cell = cls(valtype, None, mutable)
        cell._store(checks.global_bits(valtype, bits))
        return cell

    def _store(self, bits: int) -> None:
        self._cell.raw = (bits & ((1 << 128) - 1)).to_bytes(abi.GLOBAL_CELL_SIZE, "little")

    def reset(self) -> None:
        """Back to zero bits (null), even if immutable: its funcref's instance is being freed."""
        self._store(0)

    def get_bits(self) -> int:
        """The raw bits (v128: a 128-bit int; others: the 64-bit slot)."""
        raw = int.from_bytes(self._cell.raw, "little")
        return raw if self.type == "v128" else raw & ((1 << 64) - 1)

    def set_bits(self, bits: int) -> None:
        if not self.mutable:
            raise AttributeError("cannot set an immutable global")
        self._store(checks.global_bits(self.type, bits))

    @property
    def value(self) -> Any:
        return from_bits(self.type, self.get_bits()) if self.type != "v128" else self.get_bits()

    @value.setter
    def value(self, value: Any) -> None:
        self.set_bits(checks.global_value_bits(self.type, value))

    def __repr__(self) -> str:
        return f"<global {'mut ' if self.mutable else ''}{self.type} = {self.value!r}>"
