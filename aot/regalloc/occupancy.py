"""Per-preg occupancy: which intervals of points each physical register is taken for.

For every preg three parallel lists sorted by start hold disjoint intervals
[start, end) and their owner.  The allocator keeps two of these tables: one for
bundles (owner = bundle index, evictable when lighter) and one for reservations
(owner CLOBBERED: an instruction destroys the register there; owner <= -2: a
FIXED operand reserves it for vreg -2 - owner, whose own bundle may sit there).
Because the intervals of one preg never overlap, sorting by start also sorts
by end, so "what overlaps [from, to)" is one bisect plus a walk over the hits.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

CLOBBERED = -1


def fixed_owner(vreg: int) -> int:
    return -2 - vreg


class Occupancy:
    def __init__(self, num_pregs: int):
        self.starts: list[list[int]] = [[] for _ in range(num_pregs)]
        self.ends: list[list[int]] = [[] for _ in range(num_pregs)]
        self.owners: list[list[int]] = [[] for _ in range(num_pregs)]

    def insert(self, preg: int, start: int, end: int, owner: int) -> None:
        starts = self.starts[preg]
        at = bisect_left(starts, start)
        starts.insert(at, start)
        self.ends[preg].insert(at, end)
        self.owners[preg].insert(at, owner)

    def insert_reservation(self, preg: int, start: int, end: int, owner: int) -> None:
        """Like insert, but a repeat of an existing reservation (one vreg passed twice
        in the same preg) is dropped; two owners of one point are a contract error."""
        for other_start, other_end, other in self.overlapping(preg, start, end):
            if other == owner and other_start <= start and end <= other_end:
                return
            raise ValueError(f"preg {preg} is reserved twice at points [{start}, {end})")
        self.insert(preg, start, end, owner)

    def remove(self, preg: int, start: int, owner: int) -> None:
        starts, owners = self.starts[preg], self.owners[preg]
        at = bisect_left(starts, start)
        while owners[at] != owner:
            at += 1
        del starts[at], self.ends[preg][at], owners[at]

    def overlapping(self, preg: int, start: int, end: int):
        """Yield (start, end, owner) of the intervals meeting [start, end), in order."""
        starts, ends, owners = self.starts[preg], self.ends[preg], self.owners[preg]
        at = bisect_right(starts, start) - 1
        if at < 0 or ends[at] <= start:
            at += 1
        count = len(starts)
        while at < count and starts[at] < end:
            yield starts[at], ends[at], owners[at]
            at += 1

    def is_free(self, preg: int, start: int, end: int) -> bool:
        starts, ends = self.starts[preg], self.ends[preg]
        at = bisect_right(starts, start) - 1
        if at >= 0 and ends[at] > start:
            return False
        return at + 1 >= len(starts) or starts[at + 1] >= end
