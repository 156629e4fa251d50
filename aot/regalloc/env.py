"""What an ISA tells the register allocators about its registers (RegisterEnv).

Pregs are class * 32 + hardware number (see aot.machinst.vcode).  Per class:
  operand_regs   the few registers the simple allocator stages operands in;
  allocatable    every register the backtracking allocator may hand out, in
                 preference order (caller-saved first);
  callee_saved   the allocatable ones a function must save before using them;
  scratch        a register free at every move (or -1): parallel-move cycles
                 park a value there when no allocatable register is free.
And across classes:
  wide_clobbers  pregs of which every call (an instruction with clobbers) keeps
                 only the low 64 bits: a wide (128-bit) value cannot live in one
                 across a call, while a narrow one can (if it is callee-saved).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class RegisterEnv:
    operand_regs: tuple[tuple[int, ...], ...]
    allocatable: tuple[tuple[int, ...], ...] = ((), ())
    callee_saved: frozenset[int] = frozenset()
    scratch: tuple[int, ...] = (-1, -1)
    wide_clobbers: frozenset[int] = frozenset()

    @cached_property
    def callee_first(self) -> tuple[tuple[int, ...], ...]:
        """Per class, the allocatable registers with the callee-saved ones first (for values
        live across a call); worked out once, not per function."""
        return tuple(tuple(r for r in regs if r in self.callee_saved)
                     + tuple(r for r in regs if r not in self.callee_saved) for regs in self.allocatable)

    @cached_property
    def hinted_orders(self) -> dict:
        """The backtracking allocator's cache of register orders with a hint first (see
        process.Allocator.candidates), kept here to be shared by every function."""
        return {}
