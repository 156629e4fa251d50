"""What AArch64 tells the register allocators about its registers.

x16/x17 (and v31) are the emitter's scratch, x18 is the platform register and
x29/x30/sp hold the frame, so none of them is ever handed out.
"""

from __future__ import annotations

from ...machinst.vcode import FLOAT, preg
from ...regalloc.simple import RegisterEnv

REGISTER_ENV = RegisterEnv(
    operand_regs=(
        tuple(range(9, 16)),                         # x9..x15
        tuple(preg(FLOAT, n) for n in range(16, 24)),  # v16..v23
    ),
)
