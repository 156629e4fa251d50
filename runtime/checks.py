"""Argument checks for the Python API of memories, tables and globals: one copy for every path.

The native classes (memory.py, table.py, global_value.py) run these in their
public methods, which the worker calls for its client's `extern` requests;
the client's proxies (remote_externs.py) run them too, so only plain ints
cross the wire.  A bad argument raises TypeError (wrong type), ValueError
(negative count, bad limits or value type) or IndexError (out of bounds) with
a one-line message, before anything is touched.
"""

from __future__ import annotations

import operator

from .abi import value_kind
from .values import to_bits

U32_MAX = (1 << 32) - 1
U64_MAX = (1 << 64) - 1


def integer(what: str, value) -> int:
    """`value` as a Python int (bool and anything without __index__ are refused)."""
    if isinstance(value, bool):
        raise TypeError(f"{what} must be an integer, not bool")
    try:
        return operator.index(value)
    except TypeError:
        raise TypeError(f"{what} must be an integer, not {type(value).__name__}") from None


def count(what: str, value) -> int:
    """A non-negative integer (a size, a length, a grow delta)."""
    value = integer(what, value)
    if value < 0:
        raise ValueError(f"{what} must not be negative, got {value}")
    return value


def span(what: str, offset, length, size: int) -> tuple[int, int]:
    """(offset, length) of a range that must lie within [0, size)."""
    offset, length = integer(f"{what} offset", offset), integer(f"{what} length", length)
    if offset < 0 or length < 0 or offset + length > size:
        raise IndexError(f"{what} {offset}+{length} outside {size}")
    return offset, length


def index(what: str, value, size: int) -> int:
    """An element index within [0, size)."""
    value = integer(what, value)
    if not 0 <= value < size:
        raise IndexError(f"{what} {value} outside {size} elements")
    return value


def limits(what: str, minimum, maximum, ceiling: int) -> tuple[int, int | None]:
    """(minimum, maximum or None) with minimum <= maximum <= ceiling."""
    minimum = count(f"{what} minimum", minimum)
    maximum = None if maximum is None else count(f"{what} maximum", maximum)
    if minimum > ceiling or (maximum is not None and not minimum <= maximum <= ceiling):
        raise ValueError(f"invalid {what} limits {minimum}..{maximum} (at most {ceiling})")
    return minimum, maximum


def raw_bits(what: str, value, width: int = 64) -> int:
    """Raw slot bits: an integer in [0, 2**width)."""
    value = integer(what, value)
    if not 0 <= value < (1 << width):
        raise ValueError(f"{what} {value} does not fit in {width} bits")
    return value


def one_of(what: str, value, allowed) -> str:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def value_type(what: str, valtype, allowed) -> str:
    """`valtype` if it is one of `allowed`, or a typed reference (abi.value_kind) of one of them."""
    if valtype in allowed:
        return valtype
    try:
        kind = value_kind(valtype)
    except (ValueError, AttributeError):
        kind = None
    if kind not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)} or a typed reference, not {valtype!r}")
    return valtype


def data(value) -> bytes:
    """Bytes to write: a bytes-like object (an int would silently mean that many zero bytes)."""
    try:
        return bytes(memoryview(value))
    except TypeError:
        raise TypeError(f"data must be bytes-like, not {type(value).__name__}") from None


def global_bits(valtype: str, bits) -> int:
    """Raw bits for a global cell of `valtype` (128 of them for v128, else 64)."""
    return raw_bits(f"{valtype} global bits", bits, 128 if valtype == "v128" else 64)


def global_value_bits(valtype: str, value) -> int:
    """The bits of Python `value` for a global of `valtype` (a v128 is an integer, wrapped to 128 bits)."""
    if valtype == "v128":
        return integer("v128 value", value) & ((1 << 128) - 1)
    return to_bits(valtype, value)
