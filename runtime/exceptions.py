"""Wasm exceptions: tags, exception objects, the exception builtins and the unwinder.

A `Tag` is an object with identity (two tags match only if they are the same
object): an instance creates one per defined tag, imports others, and exports
them.  An exception is a `WasmException`, a Python exception carrying its tag
and payload (raw slots, `payload` gives the Python values); compiled code holds
it as an externref handle (values.externref_handle), so an `exnref` crossing
into Python comes back as the WasmException itself.

Throwing.  `exn.throw` (and a host function that raises a WasmException) runs
in a host callback, whose host trampoline frame sits just below its values
array (abi.HOST_FRAME_VALUES).  `unwind` walks the fp chain from there up to
the innermost entry trampoline: each frame record [fp] = (caller's fp, return
address into it).  The first return address that is a landing site (a call a
try_table guards, abi.META_LANDING_SITES) is the handler.  The unwinder stores
the exception in the Store (abi.STORE_EXCEPTION) and rewrites the host
trampoline's own frame record to that frame's fp and return address, so that
the trampoline "returns" straight into the handler's frame; there the code
after the call resets sp from fp (frames are fixed-size), sees the exception
in the Store and dispatches on its catch clauses.  The frames skipped never
restore their callee-saved registers: a function with landing sites therefore
saves them all in its prologue, and its allocator treats each guarded call as
clobbering every register (docs/ARCHITECTURE.md).

With no landing site below the innermost entry, the exception leaves that entry
as the pending exception of an UNCAUGHT_EXCEPTION trap, which `raise_trap`
raises as the WasmException itself.  A Python exception other than a
WasmException in a host function stays a trap, as before.
"""

from __future__ import annotations

import bisect
import ctypes
from typing import Any, Iterable

from . import abi
from .artifact import locate_artifact
from .errors import Trap
from .type_ids import canonical_type_id
from .values import args_to_bits, externref_handle, externref_object, from_bits, slot_values


class Tag:
    """An exception tag of parameter types `params` (value types, as the metadata spells them).
    `type_id` is the canonical id of its function type (type_ids.py), which an import of it must
    have: a defined tag gets its instance's id (rec groups count); a Python-made one, the id of
    `params` -> ()."""

    __slots__ = ("params", "type_id", "__weakref__")

    def __init__(self, params: Iterable[str], type_id: int | None = None) -> None:
        self.params = tuple(params)
        self.type_id = canonical_type_id(self.params, ()) if type_id is None else type_id

    def __repr__(self) -> str:
        return f"<tag {list(self.params)}>"


class WasmException(Exception):
    """A Wasm exception: its `tag` and payload.  Raise one from a host function to throw it into
    Wasm; one that leaves an exported function is raised to its caller."""

    def __init__(self, tag: Tag, payload: Iterable[Any] = (), *, bits: list[int] | None = None) -> None:
        super().__init__(tag)
        self.tag = tag
        self.bits = list(bits) if bits is not None else args_to_bits(tag.params, list(payload))

    @property
    def payload(self) -> list:
        return [from_bits(ty, value) for ty, value in zip(self.tag.params, slot_values(self.tag.params, self.bits))]

    def __str__(self) -> str:
        return f"uncaught Wasm exception {self.tag!r} {self.payload!r}"


def _word(address: int) -> ctypes.c_uint64:
    return ctypes.c_uint64.from_address(address)


def landing_site(pc: int) -> bool:
    """Whether absolute return address `pc` is a call that a try_table guards."""
    artifact = locate_artifact(pc)
    if artifact is None:
        return False
    sites = artifact.landing_sites
    at = bisect.bisect_left(sites, pc - artifact.text_base)
    return at < len(sites) and sites[at] == pc - artifact.text_base


def unwind(exn: WasmException, values_address: int) -> bool:
    """Direct the host trampoline whose values array is at `values_address` to return into the
    innermost handler frame, with `exn` pending in its store; False if no frame below the
    innermost entry has one."""
    host_fp = values_address - abi.HOST_FRAME_VALUES
    store_address = _word(_word(host_fp + abi.HOST_FRAME_RECORD).value + abi.HOSTFUNC_STORE).value
    entry_sp = _word(store_address + abi.STORE_ENTRY_SP).value
    fp = host_fp
    while True:
        caller_fp, return_address = _word(fp).value, _word(fp + 8).value
        if caller_fp == 0 or caller_fp >= entry_sp:
            return False
        if landing_site(return_address):
            _word(host_fp).value, _word(host_fp + 8).value = caller_fp, return_address
            _word(store_address + abi.STORE_EXCEPTION).value = externref_handle(exn)
            return True
        fp = caller_fp


class ExceptionBuiltins:
    """The exn.* builtins (abi.BUILTINS), for a Builtins holding `tags` and `store_address`."""

    def exn_new(self, args):
        tag = self.tags[args[0] & 0xFFFF_FFFF]
        return [externref_handle(WasmException(tag, bits=[0] * abi.slot_count(tag.params)))]

    def exn_throw(self, args):
        exn = externref_object(args[0])
        if not isinstance(exn, WasmException):
            raise Trap(abi.TrapCode.NULL_EXCEPTION_REFERENCE)
        raise exn

    def exn_take(self, args):
        cell = _word(self.store_address + abi.STORE_EXCEPTION)
        handle, cell.value = cell.value, 0
        return [handle]

    def exn_is(self, args):
        return [int(externref_object(args[0]).tag is self.tags[args[1] & 0xFFFF_FFFF])]

    def _set(self, args):
        exn = externref_object(args[0])
        slot = args[1] & 0xFFFF_FFFF
        exn.bits[slot:slot + len(args) - 2] = args[2:]
        return []

    def _get(self, args, count):
        slot = args[1] & 0xFFFF_FFFF
        return externref_object(args[0]).bits[slot:slot + count]


def _bind_accessors() -> None:
    for ty in ("i32", "i64", "f32", "f64", "v128", "funcref", "externref"):
        count = abi.value_slots(ty)
        setattr(ExceptionBuiltins, f"exn_set_{ty}", ExceptionBuiltins._set)
        setattr(ExceptionBuiltins, f"exn_get_{ty}", lambda self, args, count=count: self._get(args, count))


_bind_accessors()
