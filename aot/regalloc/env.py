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


@dataclass(frozen=True)
class RegisterEnv:
    operand_regs: tuple[tuple[int, ...], ...]
    allocatable: tuple[tuple[int, ...], ...] = ((), ())
    callee_saved: frozenset[int] = frozenset()
    scratch: tuple[int, ...] = (-1, -1)
    wide_clobbers: frozenset[int] = frozenset()
