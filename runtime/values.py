"""Conversions between Python values and the 64-bit raw slots that cross every boundary.

i32/i64 travel as their two's-complement bits (any Python int is wrapped to the
width, so signed and unsigned spellings are both accepted) and come back as
signed ints; f32/f64 travel as IEEE bits and come back as Python floats;
references travel as pointer-sized words.
"""

from __future__ import annotations

import ctypes
import struct

_MASK32 = (1 << 32) - 1
_MASK64 = (1 << 64) - 1


def _f32_bits(value: float) -> int:
    return struct.unpack("<I", bytes(ctypes.c_float(value)))[0]


def _f64_bits(value: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", value))[0]


def to_bits(ty: str, value) -> int:
    """The raw slot for Python `value` as Wasm type `ty`."""
    if ty == "i32":
        return int(value) & _MASK32
    if ty == "i64":
        return int(value) & _MASK64
    if ty == "f32":
        return _f32_bits(float(value))
    if ty == "f64":
        return _f64_bits(float(value))
    if ty in ("funcref", "externref"):
        return 0 if value is None else int(value) & _MASK64
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
    if ty in ("funcref", "externref"):
        return bits or None
    raise TypeError(f"cannot return a {ty} value to Python")


def args_to_bits(params, args) -> list[int]:
    if len(args) != len(params):
        raise TypeError(f"expected {len(params)} arguments, got {len(args)}")
    return [to_bits(ty, value) for ty, value in zip(params, args)]


def results_from_bits(results, bits):
    """None, one value, or a tuple, as a Python function would return them."""
    values = [from_bits(ty, b) for ty, b in zip(results, bits)]
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
    return [to_bits(ty, value) for ty, value in zip(results, returned)]
