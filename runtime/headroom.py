"""The Python stack a call into Wasm, or across the worker protocol, needs: checked before it starts.

Calls nest: Python -> Wasm -> host function -> Wasm -> ..., and on the remote
path every level also runs the protocol (channel.py) in both processes.  Were
Python's recursion limit to strike inside that machinery (entering the ctypes
host callback, between reading a reply and parsing it), a host call would be
lost or the conversation would go out of step, and the worker with every
instance of its store would have to go.  So each such entry first checks that
RESERVE more levels of recursion are free, and otherwise raises the trap Wasm
raises when its own stack runs out ("call stack exhausted"), before anything
has started.

Python counts C-level calls in progress (a ctypes call, a callback) against
the same limit as frames, so the frame count alone underestimates the depth:
it is only trusted far from the limit (a third of it, allowing two hidden
C-level levels per frame); nearer, the check recurses RESERVE levels for real.
"""

from __future__ import annotations

import sys

from .abi import TrapCode
from .errors import Trap

# Levels the deepest stretch of runtime code between two checks uses (with room to spare).
RESERVE = 30


def _descend(levels: int) -> None:
    if levels:
        _descend(levels - 1)


def ensure_headroom() -> None:
    """Raise Trap(STACK_OVERFLOW) unless RESERVE more levels of Python recursion are available."""
    try:
        sys._getframe((sys.getrecursionlimit() - RESERVE) // 3)
    except ValueError:
        return  # few frames: far from the limit
    try:
        _descend(RESERVE)
    except RecursionError:
        raise Trap(TrapCode.STACK_OVERFLOW) from None
