"""What AArch64 tells the register allocators about its registers.

x16/x17 (and v31) are the emitter's scratch, x18 is the platform register and
x29/x30/sp hold the frame, so none of them is ever handed out.  Allocatable:
x0-x15 (caller-saved) then x19-x28 (callee-saved); v0-v7 and v16-v30
(caller-saved) then v8-v15 (callee-saved: only their low 64 bits survive a call,
which is all a scalar f32/f64 needs).  v31 is free at every move, so parallel
moves may park a float there.
"""

from __future__ import annotations

from ...machinst.vcode import FLOAT, INT, preg
from ...regalloc.env import RegisterEnv

_INT_CALLER = tuple(preg(INT, n) for n in range(0, 16))
_INT_CALLEE = tuple(preg(INT, n) for n in range(19, 29))
_FLOAT_CALLER = tuple(preg(FLOAT, n) for n in list(range(0, 8)) + list(range(16, 31)))
_FLOAT_CALLEE = tuple(preg(FLOAT, n) for n in range(8, 16))

REGISTER_ENV = RegisterEnv(
    operand_regs=(
        tuple(range(9, 16)),                         # x9..x15
        tuple(preg(FLOAT, n) for n in range(16, 24)),  # v16..v23
    ),
    allocatable=(_INT_CALLER + _INT_CALLEE, _FLOAT_CALLER + _FLOAT_CALLEE),
    callee_saved=frozenset(_INT_CALLEE + _FLOAT_CALLEE),
    scratch=(-1, preg(FLOAT, 31)),
)


def preg_name(reg: int) -> str:
    """A preg as the listings spell it: x0..x31, v0..v31."""
    return f"{'xv'[reg // 32]}{reg % 32}"
