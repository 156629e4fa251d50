"""Import matching: whether a provided memory, table or global satisfies an import (spec texts).

Functions are matched where they are bound (instance.py).  Memories and tables
match by index type (32- or 64-bit) and limits: the provided current size is at
least the declared minimum and, if the import declares a maximum, the provided
one has a maximum no larger.
Globals match by value type and mutability.
"""

from __future__ import annotations

from . import abi
from .errors import LinkError
from .global_value import Global
from .memory import Memory
from .table import Table


def _limits_match(current: int, maximum: int | None, imp: dict) -> bool:
    if current < imp[abi.ENTRY_MIN]:
        return False
    if imp.get(abi.ENTRY_MAX) is not None:
        return maximum is not None and maximum <= imp[abi.ENTRY_MAX]
    return True


def _incompatible(imp: dict) -> LinkError:
    return LinkError("incompatible import type", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])


def match_memory(imp: dict, value) -> Memory:
    if (not isinstance(value, Memory) or value.is64 != imp.get(abi.ENTRY_IS64, False)
            or not _limits_match(value.size, value.maximum, imp)):
        raise _incompatible(imp)
    return value


def match_table(imp: dict, value) -> Table:
    if (not isinstance(value, Table) or value.elem_type != imp[abi.ENTRY_ELEM_TYPE]
            or value.is64 != imp.get(abi.ENTRY_IS64, False) or not _limits_match(value.size, value.maximum, imp)):
        raise _incompatible(imp)
    return value


def match_global(imp: dict, value) -> Global:
    if (not isinstance(value, Global) or value.type != imp[abi.ENTRY_TYPE]
            or value.mutable != bool(imp[abi.ENTRY_MUTABLE])):
        raise _incompatible(imp)
    return value
