"""Allocations of small functions remembered by shape: allocate once per distinct shape.

An allocator (backtracking or simple) reads of a VCode only its shape: each vreg's
class and width, which vregs are rematerialisable, each instruction's operands
and clobbers, and the blocks (bounds, params, successor edges with their
arguments).  Never an instruction's opcode or data (constants, call targets,
offsets).  So two functions of one shape get the same Allocation, and a module
of many small functions of few shapes (thunks, accessors, generated code) is
allocated once per shape.  `AllocationMemo(allocate, env)` is such an allocator: it
looks the shape of a function of at most MAX_INSTS instructions up among the
last MAX_SHAPES shapes it allocated (the oldest is forgotten first) and returns
the Allocation made for it, with its own stats (alloc_seconds is the lookup's).
An Allocation is only ever read after it is made, so functions share its lists.
Bigger functions are allocated as they come: their shapes rarely repeat, and
keeping them would hold a big function's operands alive.
"""

from __future__ import annotations

import time

from ..machinst.vcode import Allocation, VCode
from .env import RegisterEnv

MAX_INSTS = 64
MAX_SHAPES = 1024


def shape(vcode: VCode) -> tuple:
    """Everything of `vcode` an allocator reads, as a hashable key."""
    return (tuple(vcode.vreg_class), tuple(vcode.vreg_wide), frozenset(vcode.remat.items()),
            tuple([(inst.operands, inst.clobbers) for inst in vcode.insts]),
            tuple(vcode.block_start), tuple(vcode.block_end), tuple(map(tuple, vcode.block_params)),
            tuple([tuple([(target, tuple(args)) for target, args in succs]) for succs in vcode.block_succs]))


class AllocationMemo:
    """`allocate(vcode, env)` remembering the Allocations it made with `env`."""

    def __init__(self, allocate, env: RegisterEnv):
        self.allocate = allocate
        self.env = env
        self.made: dict[tuple, Allocation] = {}

    def __call__(self, vcode: VCode, env: RegisterEnv) -> Allocation:
        if len(vcode.insts) > MAX_INSTS or env is not self.env:
            return self.allocate(vcode, env)
        started = time.perf_counter()
        key = shape(vcode)
        made = self.made.get(key)
        if made is None:
            made = self.made[key] = self.allocate(vcode, env)
            if len(self.made) > MAX_SHAPES:
                del self.made[next(iter(self.made))]
            return made
        return Allocation(**{**vars(made), "stats": {**made.stats, "alloc_seconds": time.perf_counter() - started}})
