"""VCode: machine instructions on virtual registers, with operand constraints.

This is the contract between an ISA's lowering, the register allocator and the
ISA's emitter (in the spirit of regalloc2's `Function` trait):

  - A vreg is an int; `vreg_class[v]` is its register class (INT or FLOAT), and
    `vreg_wide[v]` says whether it holds 128 bits (a v128, in the FLOAT class)
    rather than at most 64: a wide vreg needs a 16-byte spill slot, full-width
    moves, and loses its upper half in a register a call only partly preserves.
  - A physical register (preg) is an int: class * 32 + hardware number, so
    x0..x31 are 0..31 and v0..v31 are 32..63.
  - Each instruction lists its operands; each Operand says which vreg it reads or
    writes, when (USE, DEF at the end of the instruction, EARLY_DEF at its start),
    and where it must be (ANY register or slot, any REG of its class, a FIXED preg,
    REUSE the register of input operand `extra`, or a STACK slot).  `clobbers`
    lists pregs the instruction destroys (calls).
  - Blocks are ranges of instructions in emission order; the last instruction of
    each block is its terminator.  Successor edges carry argument vregs for the
    successor's block params.  Edges with arguments never leave a block with more
    than one successor (lowering splits such critical edges).

`remat` maps a vreg to the index of the instruction that defines it as a
constant: the allocator may re-run that instruction instead of spilling it.

The allocator returns an Allocation per operand (a preg, or a spill slot encoded
as SLOT_BASE + slot index) and edits: moves (src, dst, kind) to run before or
after instructions.  A spill slot is 8 bytes; a wide value's slot is two of them
at an even index (16 bytes, 16-aligned when the slot area is).  An edit's `kind`
is its vreg's class, or WIDE for a wide vreg (a FLOAT-class move of all 128
bits): move_kind() and kind_class() convert.  An edit whose source is negative,
-1 - vreg, rematerialises that vreg's constant into the destination.
`callee_saved` lists the callee-saved pregs the allocation uses, which the
emitter saves in the prologue and restores in the epilogue.
`block_params` says where each block param lives when its block starts (for
listings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

INT, FLOAT = 0, 1
USE, DEF, EARLY_DEF = 0, 1, 2
ANY, REG, FIXED, REUSE, STACK = 0, 1, 2, 3, 4
SLOT_BASE = 64  # allocations >= SLOT_BASE are spill slots
WIDE = 2        # the move kind of a wide (128-bit, FLOAT-class) value


def move_kind(cls: int, wide: bool) -> int:
    """The kind of an edit moving a vreg of class `cls` (wide or not)."""
    return WIDE if wide else cls


def kind_class(kind: int) -> int:
    """The register class an edit of `kind` moves in."""
    return FLOAT if kind == WIDE else kind


def preg(cls: int, number: int) -> int:
    return cls * 32 + number


def is_slot(alloc: int) -> bool:
    return alloc >= SLOT_BASE


class Operand(NamedTuple):
    vreg: int
    kind: int = USE
    constraint: int = REG
    extra: int = 0  # FIXED: the preg; REUSE: index of the input operand


def use(vreg, constraint=REG, extra=0) -> Operand:
    return _new_operand(Operand, (vreg, USE, constraint, extra))   # Operand(...), one call fewer: per operand


def define(vreg, constraint=REG, extra=0) -> Operand:
    return _new_operand(Operand, (vreg, DEF, constraint, extra))


_new_operand = tuple.__new__


@dataclass
class VCode:
    vreg_class: list[int] = field(default_factory=list)
    vreg_wide: list[bool] = field(default_factory=list)
    insts: list = field(default_factory=list)          # ISA instruction objects
    block_start: list[int] = field(default_factory=list)
    block_end: list[int] = field(default_factory=list)  # exclusive
    block_params: list[list[int]] = field(default_factory=list)
    block_succs: list[list[tuple[int, list[int]]]] = field(default_factory=list)
    remat: dict[int, int] = field(default_factory=dict)  # vreg -> its constant's inst

    def new_vreg(self, cls: int, wide: bool = False) -> int:
        self.vreg_class.append(cls)
        self.vreg_wide.append(wide)
        return len(self.vreg_class) - 1

    @property
    def num_blocks(self) -> int:
        return len(self.block_start)


@dataclass
class Allocation:
    """The allocator's answer for one function."""
    allocs: list[list[int]]             # per instruction, per operand
    edits_before: dict[int, list[tuple[int, int, int]]]  # inst -> [(src, dst, kind)] run in order
    edits_after: dict[int, list[tuple[int, int, int]]]
    num_slots: int                      # 8-byte units (a wide slot takes two)
    stats: dict
    callee_saved: list[int] = field(default_factory=list)
    block_params: list[list[int]] = field(default_factory=list)  # per block, each param's location
                                                                 # on entry (-1: a param never read)


def remat_source(vreg: int) -> int:
    """The edit source meaning "rematerialise vreg's constant"."""
    return -1 - vreg
