"""Spill sets after the main loop: second chance, rematerialisation, spill slots.

The ranges a spill set collected in Allocator.spilled form one "spill bundle"
(pieces of one merged bundle never overlap).  It first gets a second chance:
any register free over all of them (no eviction) takes them.  Otherwise a spill
set holding a single constant vreg that no ANY or STACK operand reads in place
is rematerialised (location REMAT: moves out of it re-run the constant, a
v128 one too), and every other spill set gets one stack slot that all its
pieces share (16 bytes for a wide spill set: see SpillSlots).  STACK
operands ask slot_of() for their vreg's slot, which may create it.

The result is `segments`: per vreg, its ranges as sorted (from, to, location)
with location a preg, SLOT_BASE + slot or REMAT.
"""

from __future__ import annotations

from ..machinst.vcode import SLOT_BASE
from .process import Allocator

REMAT = -2


class SpillSlots:
    """Spill slots in 8-byte units: a narrow spill set gets one unit, a wide one two
    at an even index (16 bytes, 16-aligned); the unit a wide slot's alignment skips
    goes to the next narrow one."""

    def __init__(self, num_spillsets: int, wide: list[bool]):
        self.slot = [-1] * num_spillsets
        self.wide = wide
        self.count = 0
        self.hole = -1   # a skipped odd unit, or -1

    def _take(self, wide: bool) -> int:
        if not wide:
            if self.hole >= 0:
                unit, self.hole = self.hole, -1
                return unit
            self.count += 1
            return self.count - 1
        if self.count & 1:
            self.hole = self.count
            self.count += 1
        self.count += 2
        return self.count - 2

    def slot_of(self, spillset: int) -> int:
        if self.slot[spillset] < 0:
            self.slot[spillset] = self._take(self.wide[spillset])
        return SLOT_BASE + self.slot[spillset]

    def extra(self, wide: bool = False) -> int:
        """A slot of no spill set (parallel-move cycles park values there)."""
        return SLOT_BASE + self._take(wide)


def _fits(allocator: Allocator, ranges: list[int], preg: int, spillset: int) -> bool:
    b = allocator.b
    reservations = allocator.reservations(spillset)
    for r in ranges:
        start, end = b.range_from[r], b.range_to[r]
        if not allocator.occupied.is_free(preg, start, end):
            return False
        for reserved in reservations:
            if reserved.first_reserved(preg, start, end, b.range_vreg[r]) is not None:
                return False
    return True


def place_spilled(allocator: Allocator, remat: dict[int, int], slots: SpillSlots) -> tuple[list[list], dict]:
    """Per-vreg segments, and counts of what the spill sets became."""
    b = allocator.b
    counts = {"second_chance": 0, "remat_sets": 0, "spilled_sets": 0}
    segments: list[list] = [[] for _ in range(len(allocator.vreg_class))]
    for bundle, ranges in enumerate(b.bundle_ranges):
        preg = allocator.alloc[bundle]
        if preg >= 0:
            for r in ranges:
                segments[b.range_vreg[r]].append((b.range_from[r], b.range_to[r], preg))
    any_operand = allocator.live.any_operand
    for spillset, ranges in enumerate(allocator.spilled):
        if not ranges:
            continue
        ranges.sort(key=b.range_from.__getitem__)
        vregs = b.spillset_vregs[spillset]
        cls = allocator.vreg_class[vregs[0]]
        wide = allocator.wide[spillset]
        location = -1
        for preg in allocator.candidates(ranges, cls, -1, wide):
            if _fits(allocator, ranges, preg, spillset):
                location = preg
                bundle = b.new_bundle(ranges, spillset)
                allocator.alloc.append(preg)
                for r in ranges:
                    allocator.occupied.insert(preg, b.range_from[r], b.range_to[r], bundle)
                counts["second_chance"] += 1
                break
        if location < 0:
            if len(vregs) == 1 and vregs[0] in remat and vregs[0] not in any_operand:
                location = REMAT
                counts["remat_sets"] += 1
            else:
                location = slots.slot_of(spillset)
                counts["spilled_sets"] += 1
        for r in ranges:
            segments[b.range_vreg[r]].append((b.range_from[r], b.range_to[r], location))
    for pieces in segments:
        pieces.sort()
    return segments, counts
