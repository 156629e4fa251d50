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

idle_remat_pieces() then turns into REMAT every piece of a rematerialisable
constant that nothing reads (no operand, no edge argument) and whose value flows
only into REMAT pieces or nowhere: the move that filled it goes and nothing is
added.  Splitting leaves such pieces where a register happened to be free: a
constant used only after a loop, rematerialised in the loop's body and again on
its back edge each iteration to sit in a register the loop header gave it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..machinst.vcode import SLOT_BASE, USE, VCode
from .process import Allocator

REMAT = -2
IDLE_PASSES = 4   # idle_remat_pieces' rounds over a constant's pieces (each can free the next)


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


def idle_remat_pieces(vcode: VCode, cfg, live_in, segments: list[list], any_operand) -> int:
    """Turn idle pieces of rematerialisable constants into REMAT, and start later those that a
    loop rematerialises for a read after it (module docstring); returns how many pieces changed."""
    reads: dict[int, list[int]] = {vreg: [] for vreg in vcode.remat if vreg not in any_operand}
    if not reads:
        return 0
    for index, inst in enumerate(vcode.insts):
        for op in inst.operands:
            if op.kind == USE and op.vreg in reads:
                reads[op.vreg].append(2 * index)
    block_at = sorted(range(vcode.num_blocks), key=vcode.block_start.__getitem__)
    starts = [2 * vcode.block_start[block] for block in block_at]
    block_starts = set(starts)
    ends = []   # (end point, block), sorted: a block's last point, where its edges leave
    for block in range(vcode.num_blocks):
        end = 2 * vcode.block_end[block] - 1
        ends.append((end, block))
        for _, args in vcode.block_succs[block]:
            for arg in args:
                if arg in reads:
                    reads[arg].append(end)   # an edge argument is read at its block's end
    ends.sort()

    def location(vreg: int, point: int) -> int:
        pieces = segments[vreg]
        k = bisect_right(pieces, point, key=lambda piece: piece[0]) - 1
        return pieces[k][2] if k >= 0 and point < pieces[k][1] else -1

    def idle_from(vreg: int, start: int, stop: int, defined: int, points: list[int]):
        """The point from which the piece [start, stop) can be REMAT, or None."""
        low = start
        if start <= defined < stop:   # the constant's instruction writes the piece: only later blocks may go
            at = bisect_right(starts, defined)
            if at == len(starts) or starts[at] >= stop:
                return None
            low = starts[at]
        at = bisect_left(points, low)
        if at < len(points) and points[at] < stop:
            return None
        if stop not in block_starts and location(vreg, stop) not in (-1, REMAT):
            return None
        for _, block in ends[bisect_left(ends, (low, -1)):bisect_left(ends, (stop, -1))]:
            for target, _ in vcode.block_succs[block]:
                entry = 2 * vcode.block_start[target]
                if vreg in live_in[target] and not low <= entry < stop and location(vreg, entry) != REMAT:
                    return None
        return low

    def late_from(vreg: int, start: int, stop: int, defined: int, points: list[int]):
        """(low, late) when [low, late) of the piece can be REMAT: rematerialising at `late` costs
        less (outside loops `low` is in, before the first read) than how the piece is entered
        now, from REMAT (at its start, or by an edge into it past its constant's block)."""
        low = start
        if start <= defined < stop:   # the constant's own block keeps it; the rest must be entered
            at = bisect_right(starts, defined)   # from REMAT somewhere (a loop's back edge)
            if at == len(starts) or starts[at] >= stop:
                return None
            low = starts[at]
        home = block_at[bisect_right(starts, low) - 1]
        at = bisect_left(points, low)
        if at == len(points) or points[at] >= stop:
            return None
        block = block_at[bisect_right(starts, points[at]) - 1]
        if cfg.loop_depth[block] >= cfg.loop_depth[home]:
            return None
        inst = min(points[at] >> 1, vcode.block_end[block] - 1)   # an edge argument: before the terminator
        late = 2 * (inst if inst > vcode.block_start[block] else vcode.block_start[block])
        if late <= low:
            return None
        if low == start and start not in block_starts:
            if location(vreg, start - 1) != REMAT:
                return None
        else:
            entries = [2 * vcode.block_end[pred] - 1 for entry in starts[bisect_left(starts, low):bisect_left(starts, late)]
                       for pred in cfg.preds[block_at[bisect_left(starts, entry)]]]
            outside = [location(vreg, end) for end in entries if not low <= end < late]
            if low == start and any(loc != REMAT for loc in outside) or REMAT not in outside:
                return None
        for _, source in ends[bisect_left(ends, (low, -1)):bisect_left(ends, (late, -1))]:
            for target, _ in vcode.block_succs[source]:
                entry = 2 * vcode.block_start[target]
                if vreg not in live_in[target] or low <= entry < late:
                    continue
                if late <= entry < stop and cfg.loop_depth[target] < cfg.loop_depth[home]:
                    continue    # a rematerialisation on the edge into the rest of the piece
                if location(vreg, entry) != REMAT:
                    return None
        return low, late

    changed = 0
    for vreg, points in reads.items():
        if len(segments[vreg]) < 2 or all(piece[2] != REMAT for piece in segments[vreg]):
            continue
        points.sort()
        defined = 2 * vcode.remat[vreg] + 1
        for _ in range(IDLE_PASSES):   # a piece turned REMAT can make one flowing into it idle too
            pieces = []
            turned = 0
            for start, stop, loc in segments[vreg]:
                low = None if loc == REMAT else idle_from(vreg, start, stop, defined, points)
                if low is not None:
                    if low > start:
                        pieces.append((start, low, loc))
                    pieces.append((low, stop, REMAT))
                    turned += 1
                    continue
                span = None if loc == REMAT else late_from(vreg, start, stop, defined, points)
                if span is not None:
                    low, late = span
                    if low > start:
                        pieces.append((start, low, loc))
                    pieces += [(low, late, REMAT), (late, stop, loc)]
                    turned += 1
                    continue
                pieces.append((start, stop, loc))
            if not turned:
                break
            segments[vreg] = pieces
            changed += turned
    return changed
