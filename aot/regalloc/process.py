"""The allocation loop: a priority queue of bundles; try, evict, split.

Per bundle (flat lists indexed by bundle id):
  alloc      UNASSIGNED, SPILLED (its ranges went to its spill set), or a preg;
  size       points covered: the queue pops the biggest bundle first;
  weight     spill cost density: sum of use weights * 2 // (size + 2), or
             MINIMAL_WEIGHT for a bundle within one instruction that needs a
             register there (never evicted);
  needs_reg  whether some use needs a register (else a spill is acceptable);
  hint       a preg a FIXED operand of the bundle wants, or -1.
Per spill set: `wide` (some vreg of it holds 128 bits), `splits` (capped at
MAX_SPLITS, after which a bundle is cut into minimal bundles around each
register use and the rest is spilled) and `spilled`, the range ids waiting for
spill.py's second chance.

For a popped bundle: the hint register first, then the class's registers
(caller-saved first when the bundle crosses no call, callee-saved first when it
does, unless it is wide: a call keeps only the low 64 bits of the registers in
RegisterEnv.wide_clobbers, so those are reserved against wide bundles at every
call point, in `wide_reserved`, and help no wide bundle across a call).  A
register with no conflict wins.  Otherwise a register whose conflicting
bundles are all strictly lighter (and with no reservation in the way) is taken
by evicting them, the lightest such choice first.  Otherwise a
bundle that can live anywhere is spilled, and one that needs a register is split
at the latest "first conflict" over all registers (when that conflict is at its
very start: before its first use, cutting off a use-free head, or else just
after it).  Minimal bundles cannot be split and always
win evictions, so the loop terminates.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from itertools import repeat

from .env import RegisterEnv
from .liveranges import LiveRanges
from .merge import Bundles
from .occupancy import CLOBBERED, Occupancy, Reservations

UNASSIGNED, SPILLED = -1, -2
MINIMAL_WEIGHT = 1 << 60
MAX_SPLITS = 8


class RegallocFailure(Exception):
    """A bundle that no register can hold (more simultaneous needs than registers)."""


class Allocator:
    def __init__(self, env: RegisterEnv, vreg_class: list[int], vreg_wide: list[bool], live: LiveRanges,
                 bundles: Bundles):
        self.env = env
        self.vreg_class = vreg_class
        self.live = live
        self.b = bundles
        self.occupied = Occupancy(64)
        self.reserved = Reservations(live.fixed, live.clobbers)
        if True in vreg_wide:
            self.wide = [any(vreg_wide[v] for v in vregs) for vregs in bundles.spillset_vregs]
        else:
            self.wide = [False] * bundles.num_spillsets
        self.wide_reserved = Occupancy(64)
        # [narrow, wide][preg]: the reservation tables with anything in that preg (fixed from here on)
        narrow = list(map(dict.fromkeys(self.reserved.used, (self.reserved,)).get, range(64), repeat((), 64)))
        self.reserved_in = [narrow, narrow]     # wide_reserved stays empty without a wide bundle
        if True in self.wide:
            for point in live.call_points:
                for preg in env.wide_clobbers:
                    self.wide_reserved.insert(preg, point, point + 1, CLOBBERED)
            self.reserved_in[1] = [narrow[preg] + ((self.wide_reserved,) if self.wide_reserved.chunks[preg] else ())
                                   for preg in range(64)]
        self.alloc: list[int] = []
        self.size: list[int] = []
        self.weight: list[int] = []
        self.needs_reg: list[bool] = []
        self.hint: list[int] = []
        self.splits = [0] * bundles.num_spillsets
        self.spilled: list[list[int]] = [[] for _ in range(bundles.num_spillsets)]
        self.queue: list[tuple[int, int]] = []
        self.num_splits = 0
        self.num_evictions = 0
        allocatable = env.allocatable
        self.caller_first = allocatable
        # candidates() with a hint, by (crossing, class, hint): the same for every function
        self.hinted: dict[tuple[bool, int, int], tuple[int, ...]] = env.hinted_orders
        self.callee_first = env.callee_first
        for bundle in range(len(bundles.bundle_ranges)):
            self._describe(bundle)
        # as many _push calls, in one heapify: (-size, bundle) keys are distinct, so the pops
        # come in the same order
        self.queue = [(-size, bundle) for bundle, size in enumerate(self.size)]
        heapq.heapify(self.queue)

    # --- bundle facts ------------------------------------------------------------

    def _describe(self, bundle: int) -> None:
        b, live = self.b, self.live
        ranges = b.bundle_ranges[bundle]
        size = total = 0
        needs_reg = False
        hint = -1
        for r in ranges:
            start, end, vreg = b.range_from[r], b.range_to[r], b.range_vreg[r]
            size += end - start
            positions = live.use_pos[vreg]
            if not positions:
                continue
            lo, hi = bisect_left(positions, start), bisect_left(positions, end)
            if lo == hi:
                continue
            regs, weights, hints = live.use_reg[vreg], live.use_weight[vreg], live.use_hint[vreg]
            for k in range(lo, hi):
                total += weights[k]
                if regs[k]:
                    needs_reg = True
                if hint < 0:
                    hint = hints[k]
        first, last = b.range_from[ranges[0]], b.range_to[ranges[-1]]
        minimal = first >> 1 == (last - 1) >> 1
        weight = MINIMAL_WEIGHT if minimal and needs_reg else total * 2 // (size + 2)
        if bundle == len(self.alloc):
            self.alloc.append(UNASSIGNED)
            self.size.append(size)
            self.weight.append(weight)
            self.needs_reg.append(needs_reg)
            self.hint.append(hint)
        else:
            self.alloc[bundle] = UNASSIGNED
            self.size[bundle] = size
            self.weight[bundle] = weight
            self.needs_reg[bundle] = needs_reg
            self.hint[bundle] = hint

    def _push(self, bundle: int) -> None:
        heapq.heappush(self.queue, (-self.size[bundle], bundle))

    def _crosses_call(self, ranges: list[int]) -> bool:
        calls = self.live.call_points
        if not calls:
            return False
        starts, ends = self.b.range_from, self.b.range_to
        for r in ranges:
            at = bisect_right(calls, starts[r])
            if at < len(calls) and calls[at] + 1 < ends[r]:
                return True
        return False

    def reservations(self, spillset: int) -> tuple[Occupancy, ...]:
        """The reservation tables a bundle of `spillset` must respect."""
        return (self.reserved, self.wide_reserved) if self.wide[spillset] else (self.reserved,)

    def candidates(self, ranges: list[int], cls: int, hint: int, wide: bool = False):
        crossing = not wide and self._crosses_call(ranges)
        if hint < 0:
            return (self.callee_first if crossing else self.caller_first)[cls]
        key = (crossing, cls, hint)
        order = self.hinted.get(key)
        if order is None:
            order = (self.callee_first if crossing else self.caller_first)[cls]
            if hint in order:
                order = (hint,) + tuple(r for r in order if r != hint)
            self.hinted[key] = order
        return order

    # --- the loop ----------------------------------------------------------------

    def run(self) -> None:
        queue = self.queue
        while queue:
            _, bundle = heapq.heappop(queue)
            if self.alloc[bundle] == UNASSIGNED:
                self._process(bundle)

    def _assign(self, bundle: int, preg: int) -> None:
        b = self.b
        for r in b.bundle_ranges[bundle]:
            self.occupied.insert(preg, b.range_from[r], b.range_to[r], bundle)
        self.alloc[bundle] = preg

    def _evict(self, bundle: int) -> None:
        b = self.b
        preg = self.alloc[bundle]
        for r in b.bundle_ranges[bundle]:
            self.occupied.remove(preg, b.range_from[r], bundle)
        self.alloc[bundle] = UNASSIGNED
        self.num_evictions += 1
        self._push(bundle)

    def _process(self, bundle: int) -> None:
        b = self.b
        ranges = b.bundle_ranges[bundle]
        cls = self.vreg_class[b.range_vreg[ranges[0]]]
        limit = self.weight[bundle]
        wide = self.wide[b.bundle_spillset[bundle]]
        needs_reg = self.needs_reg[bundle]
        if not needs_reg:
            limit = 0       # only a free register will do: stop at any conflict
        spans = [(b.range_from[r], b.range_to[r], b.range_vreg[r]) for r in ranges]
        # best_evict: (heaviest conflict, preg, conflicts), or None
        preg, best_evict, latest_conflict = self.occupied.choose(
            self.candidates(ranges, cls, self.hint[bundle], wide), spans, self.reserved_in[wide], self.weight, limit)
        if preg >= 0:
            self._assign(bundle, preg)
            return
        if not needs_reg:
            self._spill(bundle)
            return
        if best_evict is not None:
            for other in best_evict[2]:
                self._evict(other)
            self._assign(bundle, best_evict[1])
            return
        if self.weight[bundle] == MINIMAL_WEIGHT:
            vreg = b.range_vreg[ranges[0]]
            raise RegallocFailure(f"no register for v{vreg} at point {b.range_from[ranges[0]]}")
        spillset = b.bundle_spillset[bundle]
        if self.splits[spillset] >= MAX_SPLITS:
            self._split_minimal(bundle)
        else:
            self.splits[spillset] += 1
            self._split(bundle, self._split_point(bundle, latest_conflict))

    # --- spilling and splitting ----------------------------------------------------

    def _spill(self, bundle: int) -> None:
        self.spilled[self.b.bundle_spillset[bundle]].extend(self.b.bundle_ranges[bundle])
        self.alloc[bundle] = SPILLED

    def _split_point(self, bundle: int, conflict: int) -> int:
        b = self.b
        ranges = b.bundle_ranges[bundle]
        start, end = b.range_from[ranges[0]], b.range_to[ranges[-1]]
        point = conflict & ~1
        if start < point < end:
            return point
        first_use = start
        for r in ranges:
            positions = self.live.use_pos[b.range_vreg[r]]
            at = bisect_left(positions, b.range_from[r])
            if at < len(positions) and positions[at] < b.range_to[r]:
                first_use = positions[at]
                break
        for point in (first_use & ~1, (first_use & ~1) + 2):  # cut off the use-free head, or the first use
            if start < point < end:
                return point
        return (start & ~1) + 2

    def _split(self, bundle: int, point: int) -> None:
        b = self.b
        left, right = [], []
        for r in b.bundle_ranges[bundle]:
            if b.range_to[r] <= point:
                left.append(r)
            elif b.range_from[r] >= point:
                right.append(r)
            else:
                right.append(b.new_range(point, b.range_to[r], b.range_vreg[r]))
                b.range_to[r] = point
                left.append(r)
        self.num_splits += 1
        b.bundle_ranges[bundle] = left
        other = b.new_bundle(right, b.bundle_spillset[bundle])
        for piece in (bundle, other):
            self._describe(piece)
            self._push(piece)

    def _split_minimal(self, bundle: int) -> None:
        """One bundle per instruction with a register use; everything else is spilled."""
        b, live = self.b, self.live
        windows: set[int] = set()
        for r in b.bundle_ranges[bundle]:
            vreg = b.range_vreg[r]
            positions, regs = live.use_pos[vreg], live.use_reg[vreg]
            for k in range(bisect_left(positions, b.range_from[r]), bisect_left(positions, b.range_to[r])):
                if regs[k]:
                    windows.add(positions[k] >> 1)
        ordered = sorted(windows)
        pieces: dict[int, list[int]] = {}
        spillset = b.bundle_spillset[bundle]
        spilled = self.spilled[spillset]
        for r in b.bundle_ranges[bundle]:
            start, end, vreg = b.range_from[r], b.range_to[r], b.range_vreg[r]
            at = bisect_left(ordered, start >> 1)
            cursor = start
            reuse = r
            while at < len(ordered) and 2 * ordered[at] < end:
                window = ordered[at]
                lo, hi = max(start, 2 * window), min(end, 2 * window + 2)
                if cursor < lo:
                    spilled.append(self._piece(reuse, cursor, lo, vreg))
                    reuse = -1
                pieces.setdefault(window, []).append(self._piece(reuse, lo, hi, vreg))
                reuse = -1
                cursor = hi
                at += 1
            if cursor < end:
                spilled.append(self._piece(reuse, cursor, end, vreg))
        self.num_splits += 1
        first = True
        for window in ordered:
            if first:
                b.bundle_ranges[bundle] = pieces[window]
                piece = bundle
                first = False
            else:
                piece = b.new_bundle(pieces[window], spillset)
            self._describe(piece)
            self._push(piece)
        if first:  # no register use at all: cannot happen for a bundle that needs one
            self.alloc[bundle] = SPILLED

    def _piece(self, reuse: int, start: int, end: int, vreg: int) -> int:
        """Range [start, end) of vreg, recycling range id `reuse` when it is >= 0."""
        b = self.b
        if reuse < 0:
            return b.new_range(start, end, vreg)
        b.range_from[reuse], b.range_to[reuse] = start, end
        return reuse
