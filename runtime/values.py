"""Conversions between Python values and the 64-bit raw slots that cross every boundary.

i32/i64 travel as their two's-complement bits and come back as signed ints;
going in, an int (or bool, as in wasmtime-py, or anything with `__index__`)
in the signed or the unsigned range of the width is accepted, and anything
else raises: TypeError for a non-integer ("12", 1.9), OverflowError for an
int that fits neither range (2**40 as an i32), rather than wrapping.  f32/f64
take any real number (int, float, Fraction...; not str or complex), travel as
IEEE bits and come back as Python floats.  The same checks apply to exported
function arguments, host function results, and global and table values.
A v128 is a Python int: going in, an int in the signed or unsigned 128-bit range
(or 16 bytes, lane 0 first) is accepted; it comes back as the unsigned int.  It
travels as two slots, low half first (abi.value_slots): `args_to_bits` and
`returned_to_bits` give raw slots, `slot_values` regroups raw slots into one
int per value.
References travel as pointer-sized words (0 = null), typed references as the
funcref or externref they are (abi.value_kind): a funcref comes back as an
opaque `FuncRef` that can be passed back in, an anyref (gc) as an opaque `AnyRef`; an externref is a handle that this
process assigns to a Python object the first time it crosses (handles are never
recycled), and comes back as that same object.  A handle this process never
assigned (the spec harness passes raw numbers) comes back as the raw int.
"""

from __future__ import annotations

import ctypes
import numbers
import operator
import reprlib
import struct

from . import gc_heap, lifetime
from .abi import VALUE_TYPES, value_kind, value_slots

_MASK32 = (1 << 32) - 1
_MASK64 = (1 << 64) - 1
_MASK128 = (1 << 128) - 1


def _f32_bits(value: float) -> int:
    return struct.unpack("<I", bytes(ctypes.c_float(value)))[0]


def _f64_bits(value: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", value))[0]


class FuncRef:
    """An opaque reference to a Wasm function, as Python sees a non-null funcref value; while it lives,
    the instance it points into is not freed (see instance.py)."""

    __slots__ = ("bits", "__weakref__")

    def __init__(self, bits: int) -> None:
        self.bits = bits
        owner = lifetime.owner_of(bits)
        if owner is not None:
            owner.python_refs.add(self)

    def __eq__(self, other) -> bool:
        return isinstance(other, FuncRef) and other.bits == self.bits

    def __hash__(self) -> int:
        return hash(self.bits)

    def __repr__(self) -> str:
        return f"<funcref {self.bits:#x}>"


class AnyRef:
    """An opaque non-null anyref (gc) as Python sees it: an object, an i31 or a host value carried
    in the any hierarchy (abi.ANYREF_I31_TAG); it can be passed back in.  While it lives, the
    object it names is a root of the collector (gc_heap.pin)."""

    __slots__ = ("bits", "__weakref__")

    def __init__(self, bits: int):
        self.bits = bits
        gc_heap.pin(bits)

    def __del__(self):
        gc_heap.unpin(self.bits)

    def __eq__(self, other) -> bool:
        return isinstance(other, AnyRef) and other.bits == self.bits

    def __hash__(self) -> int:
        return hash(self.bits)

    def __repr__(self) -> str:
        return f"<anyref {self.bits:#x}>"


_extern_objects: dict[int, object] = {}   # handle -> object
_extern_handles: dict[int, int] = {}      # id(object) -> handle (the object stays alive in _extern_objects)


def externref_handle(value) -> int:
    """The externref handle of Python `value` (0 for None), assigned on first use."""
    if value is None:
        return 0
    handle = _extern_handles.get(id(value))
    if handle is None:
        handle = len(_extern_objects) + 1
        _extern_objects[handle] = value
        _extern_handles[id(value)] = handle
    return handle


def externref_object(handle: int):
    """The Python object behind externref `handle` (None for null, the raw int if unknown here)."""
    if not handle:
        return None
    return _extern_objects.get(handle, handle)


_INT_WIDTHS = {"i32": 32, "i64": 64, "v128": 128}


def _wrong_type(ty: str, expected: str, value) -> TypeError:
    return TypeError(f"an {ty} value must be {expected}, not {type(value).__name__} {reprlib.repr(value)}")


def _int_bits(ty: str, value) -> int:
    width = _INT_WIDTHS[ty]
    try:
        number = operator.index(value)
    except TypeError:
        raise _wrong_type(ty, "an int", value) from None
    if not -(1 << (width - 1)) <= number < 1 << width:
        raise OverflowError(f"{number} is out of range for {ty} "
                            f"(signed or unsigned {width} bits: -2**{width - 1} .. 2**{width}-1)")
    return number & ((1 << width) - 1)


def _real(ty: str, value) -> float:
    if not isinstance(value, numbers.Real):
        raise _wrong_type(ty, "a real number", value)
    return float(value)


def to_bits(ty: str, value) -> int:
    """The raw slot for Python `value` as Wasm type `ty` (TypeError/OverflowError if it is not one)."""
    if ty == "v128" and isinstance(value, (bytes, bytearray)):
        if len(value) != 16:
            raise TypeError(f"a v128 value given as bytes must be 16 of them, not {len(value)}")
        return int.from_bytes(value, "little")
    if ty in _INT_WIDTHS:
        return _int_bits(ty, value)
    if ty == "f32":
        return _f32_bits(_real(ty, value))
    if ty == "f64":
        return _f64_bits(_real(ty, value))
    if ty == "externref":
        return externref_handle(value)
    if ty == "funcref":
        if value is None:
            return 0
        if isinstance(value, FuncRef):
            return value.bits
        raise TypeError(f"a funcref value must be a FuncRef or None, not {type(value).__name__}")
    if ty == "anyref":
        if value is None or isinstance(value, AnyRef):
            return value.bits if value else 0
        raise TypeError(f"an anyref value must be an AnyRef or None, not {type(value).__name__}")
    if ty not in VALUE_TYPES:  # a typed reference
        return to_bits(value_kind(ty), value)
    raise TypeError(f"cannot pass a {ty} value from Python")


def from_bits(ty: str, bits: int):
    """The Python value of raw slot `bits` holding a Wasm `ty`."""
    if ty == "i32":
        bits &= _MASK32
        return bits - (1 << 32) if bits >> 31 else bits
    if ty == "i64":
        bits &= _MASK64
        return bits - (1 << 64) if bits >> 63 else bits
    if ty == "f32":
        return struct.unpack("<f", struct.pack("<I", bits & _MASK32))[0]
    if ty == "f64":
        return struct.unpack("<d", struct.pack("<Q", bits & _MASK64))[0]
    if ty == "externref":
        return externref_object(bits)
    if ty == "funcref":
        return FuncRef(bits) if bits else None
    if ty == "anyref":
        return AnyRef(bits) if bits else None
    if ty == "v128":
        return bits & _MASK128
    if ty not in VALUE_TYPES:  # a typed reference
        return from_bits(value_kind(ty), bits)
    raise TypeError(f"cannot return a {ty} value to Python")


def slot_values(types, slots) -> list[int]:
    """The raw bits of each value in raw `slots` (a v128's two slots make one 128-bit int)."""
    values, position = [], 0
    for ty in types:
        if value_slots(ty) == 2:
            values.append(slots[position] | slots[position + 1] << 64)
        else:
            values.append(slots[position])
        position += value_slots(ty)
    return values


def value_bits_to_slots(types, values) -> list[int]:
    """Raw slots of values' raw bits (a v128 splits into its low and high halves)."""
    slots = []
    for ty, bits in zip(types, values):
        if value_slots(ty) == 2:
            slots += [bits & _MASK64, bits >> 64]
        else:
            slots.append(bits)
    return slots


def _slots(what: str, types, values) -> list[int]:
    """The raw slots of the values (to_bits of each), errors naming which `what` (argument,
    result) was wrong."""
    bits = []
    for index, (ty, value) in enumerate(zip(types, values)):
        try:
            if value is None and ty.startswith("(ref ") and not ty.startswith("(ref null "):
                raise TypeError(f"a {ty} value cannot be null (None)")
            bits.append(to_bits(ty, value))
        except (TypeError, OverflowError) as exc:
            raise type(exc)(f"{what} {index}: {exc}") from None
    return value_bits_to_slots(types, bits)


def args_to_bits(params, args) -> list[int]:
    if len(args) != len(params):
        raise TypeError(f"expected {len(params)} arguments, got {len(args)}")
    return _slots("argument", params, args)


def results_from_bits(results, slots):
    """None, one value, or a tuple, as a Python function would return them, from raw slots."""
    values = [from_bits(ty, b) for ty, b in zip(results, slot_values(results, slots))]
    if not values:
        return None
    return values[0] if len(values) == 1 else tuple(values)


def returned_to_bits(results, returned) -> list[int]:
    """Raw slots for what a host function returned (None, one value, or a sequence)."""
    if not results:
        if returned is not None:
            raise TypeError(f"host function returned {returned!r}, its type has no results")
        return []
    if len(results) == 1:
        returned = (returned,)
    elif not isinstance(returned, (tuple, list)) or len(returned) != len(results):
        raise TypeError(f"host function must return {len(results)} values, returned {returned!r}")
    return _slots("host function result", results, returned)
