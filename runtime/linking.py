"""Import matching: whether a provided memory, table or global satisfies an import (spec texts).

Functions are matched where they are bound (instance.py).  Memories and tables
match by index type (32- or 64-bit) and limits: the provided current size is at
least the declared minimum and, if the import declares a maximum, the provided
one has a maximum no larger.
Globals match by mutability and value type: a mutable one's type must be the
import's, an immutable one's a subtype of it (`is_subtype`); tables' element types
must be equal.  Types are compared as the metadata spells them (abi.value_kind's
comment): equal types spell alike.
"""

from __future__ import annotations

from . import abi
from .errors import LinkError
from .global_value import Global
from .memory import Memory
from .table import Table


# Abbreviated reference types: (nullable, heap type).
_ABBREVIATIONS = {"funcref": (True, "func"), "externref": (True, "extern"),
                  "nullfuncref": (True, "nofunc"), "nullexternref": (True, "noextern")}


def _reference(valtype: str):
    """(nullable, heap type) of a reference type, None for a numeric one."""
    if valtype in _ABBREVIATIONS:
        return _ABBREVIATIONS[valtype]
    if valtype.startswith("(ref "):
        inner = valtype[5:-1]
        return (True, inner[5:]) if inner.startswith("null ") else (False, inner)
    return None


def is_subtype(sub: str, sup: str) -> bool:
    """Whether `sub` matches `sup` (Wasm 3.0 without gc: a function type matches itself and
    func, the bottoms nofunc/noextern everything in their hierarchy; an exact type its inexact
    form)."""
    if sub == sup:
        return True
    a, b = _reference(sub), _reference(sup)
    if a is None or b is None or (a[0] and not b[0]):
        return False
    heap, top = a[1], b[1]
    if heap.startswith(abi.EXACT_SPELLING) and not top.startswith(abi.EXACT_SPELLING):  # (ref exact t) <: (ref t)
        heap = heap.removeprefix(abi.EXACT_SPELLING)
    if heap == top:
        return True
    concrete_func = heap.startswith(abi.FUNC_TYPE_SPELLING)
    return ((top == "func" and (concrete_func or heap == "nofunc")) or (top == "extern" and heap == "noextern")
            or (heap == "nofunc" and top.startswith(abi.FUNC_TYPE_SPELLING)))


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
            or value.shared != imp.get(abi.ENTRY_SHARED, False)
            or value.page_size_log2 != imp.get(abi.ENTRY_PAGE_SIZE_LOG2, abi.PAGE_SIZE_LOG2)
            or not _limits_match(value.size, value.maximum, imp)):
        raise _incompatible(imp)
    return value


def require_guard_pages(meta: dict, memories: list[Memory]) -> None:
    """LinkError unless every 32-bit memory has the guard pages that code whose accesses rely on them needs."""
    if meta.get(abi.META_FAULT_SITES):
        for index, memory in enumerate(memories):
            if not memory.is64 and not memory.guarded:
                raise LinkError(f"memory {index} has no guard pages, which this code (compiled with "
                                "bounds_checks=guard) needs: recompile it with bounds_checks=explicit")


def match_table(imp: dict, value) -> Table:
    if (not isinstance(value, Table) or value.elem_type != imp[abi.ENTRY_ELEM_TYPE]
            or value.is64 != imp.get(abi.ENTRY_IS64, False) or not _limits_match(value.size, value.maximum, imp)):
        raise _incompatible(imp)
    return value


def match_global(imp: dict, value) -> Global:
    mutable = bool(imp[abi.ENTRY_MUTABLE])
    if (not isinstance(value, Global) or value.mutable != mutable
            or not (value.type == imp[abi.ENTRY_TYPE] if mutable else is_subtype(value.type, imp[abi.ENTRY_TYPE]))):
        raise _incompatible(imp)
    return value
