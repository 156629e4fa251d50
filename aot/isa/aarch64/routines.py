"""The native routines compiled code calls with `bl` for memory.copy/init and memory.fill, and for
table.copy/init and table.fill (8-byte elements, the count in bytes), so that no bulk memory or
table operation goes through Python: one copy of each per artifact that uses it (backend.py
places them after the trap stub).

Calling convention (leaf routines: no frame, no stack, `ret` to lr):
  memmove  x16 = destination address, x17 = source address, x15 = byte count;
  memset   x16 = destination address, v31 = the byte in every lane (a table's 8-byte reference in
           both d lanes: the counts are then multiples of 8), x15 = byte count.
They clobber x15 and v30 (ROUTINE_CLOBBERS, which the call's MInst declares to the allocator) and
the emitter's scratch x16, x17 and v31, which no value lives in across an instruction anyway.  The
call site checks the bounds before the call (emit.py's _bulk_bounds): the routines never trap, so
a trap's pc is always the Wasm operator's own.

memmove copies forward when dst <= src, else backward from the end, 32 bytes (ldp/stp of q30,
q31) per iteration, then the 16-, 8-, 4-, 2- and 1-byte pieces that the count's low five bits
say; every piece is loaded before it is stored and the direction keeps unread source bytes
intact, so overlapping copies are right.  memset stores q31 twice per 32 bytes and the same tail.
"""

from __future__ import annotations

import struct

from ...machinst.vcode import FLOAT, INT, preg
from . import encode as e
from .regs import HI, HS, LO

X15, X16, X17 = 15, 16, 17
V30, V31 = 30, 31
ROUTINE_CLOBBERS = (preg(INT, X15), preg(FLOAT, V30))
# Constant counts up to these are copied or filled inline instead (emit.py's _memory_copy and
# _memory_fill say how), the inline copy keeping its second piece in x15.
COPY_INLINE_MAX = 24
FILL_INLINE_MAX = 64
_TAIL = (16, 8, 4, 2, 1)   # the tail pieces, by the count bit (4, 3, 2, 1, 0) that asks for each
_BLOCK = 32


def _tail(copy: bool, step: int) -> list[int]:
    """The 16/8/4/2/1-byte pieces after the 32-byte loop, whose count left x15 = remainder - 32 (its
    low five bits are the remainder's): forward (step > 0, post-index) or backward (pre-index)."""
    mode = e.POST if step > 0 else e.PRE
    words = []
    for size in _TAIL:
        move = [e.str_fp_indexed(size, V31, X16, size * step, mode)]
        if copy:
            move.insert(0, e.ldr_fp_indexed(size, V31, X17, size * step, mode))
        words.append(e.tbz(X15, size.bit_length() - 1, 4 * (1 + len(move))))
        words += move
    return words


def _blocks(copy: bool, step: int) -> list[int]:
    """x15 -= 32; while no borrow: move 32 bytes, x15 -= 32; then the tail."""
    mode = e.POST if step > 0 else e.PRE
    if copy:
        body = [e.ldp_q(V30, V31, X17, _BLOCK * step, mode), e.stp_q(V30, V31, X16, _BLOCK * step, mode)]
    else:
        body = [e.stp_q(V31, V31, X16, _BLOCK * step, mode)]
    loop = body + [e.subs_imm(True, X15, X15, _BLOCK)]
    return ([e.subs_imm(True, X15, X15, _BLOCK), e.b_cond(LO, 4 * (len(loop) + 2))]
            + loop + [e.b_cond(HS, -4 * len(loop))] + _tail(copy, step) + [e.ret()])


def memmove() -> bytes:
    backward = [e.add_reg(True, X16, X16, X15), e.add_reg(True, X17, X17, X15)] + _blocks(True, -1)
    forward = _blocks(True, 1)
    words = [e.cmp_reg(True, X16, X17), e.b_cond(HI, 4 * (1 + len(forward)))] + forward + backward
    return struct.pack(f"<{len(words)}I", *words)


def memset() -> bytes:
    words = _blocks(False, 1)
    return struct.pack(f"<{len(words)}I", *words)


# name -> the routine's code, in the order backend.py lays them out.
ROUTINES = {"memmove": memmove, "memset": memset}
