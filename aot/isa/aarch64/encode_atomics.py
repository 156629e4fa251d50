"""AArch64 encodings of the atomic instructions (threads): acquire/release loads and stores,
exclusive pairs, the LSE (Armv8.1) read-modify-writes and compare-and-swap, and dmb ish.

Every access is `size` bytes (1, 2, 4 or 8) at [xn], with the matching register width (w for 1..4
bytes, x for 8); the narrow forms (b, h) zero-extend what they load.  Each ordered access is
acquire-release ("al"), as Wasm's atomics are sequentially consistent.
"""

from __future__ import annotations

_SIZE = {1: 0, 2: 1, 4: 2, 8: 3}

# LSE atomic memory operations (ld<op>al, swpal): (o3, opc).
LSE_OPS = {"add": (0, 0b000), "clr": (0, 0b001), "eor": (0, 0b010), "set": (0, 0b011), "swp": (1, 0b000)}


def _sized(base: int, size: int, rt: int, rn: int) -> int:
    return base | _SIZE[size] << 30 | (rn & 31) << 5 | (rt & 31)


def ldar(size: int, rt: int, rn: int) -> int:
    """ldar{b,h} rt, [rn]: load-acquire."""
    return _sized(0x08DFFC00, size, rt, rn)


def stlr(size: int, rt: int, rn: int) -> int:
    """stlr{b,h} rt, [rn]: store-release."""
    return _sized(0x089FFC00, size, rt, rn)


def ldaxr(size: int, rt: int, rn: int) -> int:
    """ldaxr{b,h} rt, [rn]: load-acquire exclusive."""
    return _sized(0x085FFC00, size, rt, rn)


def stlxr(size: int, rs: int, rt: int, rn: int) -> int:
    """stlxr{b,h} ws, rt, [rn]: store-release exclusive; ws = 0 when it stored, 1 when it did not."""
    return _sized(0x0800FC00, size, rt, rn) | (rs & 31) << 16


def lse_rmw(op: str, size: int, rs: int, rt: int, rn: int) -> int:
    """ld{add,clr,eor,set}al / swpal rs, rt, [rn]: rt = old [rn], [rn] = old op rs (swp: rs)."""
    o3, opc = LSE_OPS[op]
    return _sized(0x38E00000, size, rt, rn) | (rs & 31) << 16 | o3 << 15 | opc << 12


def casal(size: int, rs: int, rt: int, rn: int) -> int:
    """casal{b,h} rs, rt, [rn]: if [rn] == rs (its low `size` bytes), [rn] = rt; rs = old [rn]."""
    return _sized(0x08E0FC00, size, rt, rn) | (rs & 31) << 16


DMB_ISH = 0xD5033BBF  # dmb ish: a full barrier across the inner shareable domain
