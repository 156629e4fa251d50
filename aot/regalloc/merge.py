"""Bundles: groups of live ranges that want one location, and their spill sets.

Data (flat lists indexed by range id or bundle id):
  range_from, range_to, range_vreg   every live range [from, to) of one vreg;
  bundle_ranges[b]                   range ids of bundle b, sorted by from, disjoint;
  bundle_spillset[b]                 the spill set b belongs to.
Each vreg starts as one bundle.  Bundles are then merged, when their ranges do
not overlap (requirements are always compatible: FIXED and STACK operands are
met by moves, so a bundle only ever needs "a register" or "anything"):
  first along reused inputs (u dies where d reuses its register), so both get
  one register; then along block parameters, each edge argument with its param,
  so that edge moves vanish.
Every bundle that survives merging is its own spill set: the pieces splitting
makes of it later share that set, its spill slot and its split budget.

A merge that would give a bundle more than MAX_MERGED_RANGES ranges is not
made: the cost of each merge is then bounded, so merging stays linear in the
function's size, and the allocator never has to place one giant bundle.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..machinst.vcode import VCode
from .liveranges import LiveRanges

MAX_MERGED_RANGES = 256


@dataclass
class Bundles:
    range_from: list[int] = field(default_factory=list)
    range_to: list[int] = field(default_factory=list)
    range_vreg: list[int] = field(default_factory=list)
    bundle_ranges: list[list[int]] = field(default_factory=list)
    bundle_spillset: list[int] = field(default_factory=list)
    num_spillsets: int = 0
    spillset_vregs: list[list[int]] = field(default_factory=list)

    def new_range(self, start: int, end: int, vreg: int) -> int:
        self.range_from.append(start)
        self.range_to.append(end)
        self.range_vreg.append(vreg)
        return len(self.range_from) - 1

    def new_bundle(self, ranges: list[int], spillset: int) -> int:
        self.bundle_ranges.append(ranges)
        self.bundle_spillset.append(spillset)
        return len(self.bundle_ranges) - 1


def _overlap(bundles: Bundles, first: list[int], second: list[int]) -> bool:
    """Whether two bundles' sorted, disjoint range lists intersect: each range of
    the shorter list is looked up in the longer one by binary search."""
    starts, ends = bundles.range_from, bundles.range_to
    if len(first) < len(second):
        first, second = second, first
    start_of = starts.__getitem__
    for r in second:
        start, end = starts[r], ends[r]
        at = bisect_right(first, start, key=start_of)
        if at and ends[first[at - 1]] > start:
            return True
        if at < len(first) and starts[first[at]] < end:
            return True
    return False


def build_bundles(vcode: VCode, live: LiveRanges) -> tuple[Bundles, list[int]]:
    """The merged bundles, and per vreg the bundle holding it (-1 for vregs never live)."""
    bundles = Bundles()
    bundle_of = [-1] * len(vcode.vreg_class)
    for vreg, pieces in enumerate(live.ranges):
        if pieces:
            ids = [bundles.new_range(start, end, vreg) for start, end in pieces]
            bundle_of[vreg] = bundles.new_bundle(ids, -1)
    members = {b: [bundles.range_vreg[bundles.bundle_ranges[b][0]]] for b in range(len(bundles.bundle_ranges))}
    starts = bundles.range_from

    def merge(first_vreg: int, second_vreg: int) -> bool:
        first, second = bundle_of[first_vreg], bundle_of[second_vreg]
        if first < 0 or second < 0 or first == second:
            return first == second
        if vcode.vreg_class[first_vreg] != vcode.vreg_class[second_vreg]:
            return False
        ranges_a, ranges_b = bundles.bundle_ranges[first], bundles.bundle_ranges[second]
        if len(ranges_a) + len(ranges_b) > MAX_MERGED_RANGES or _overlap(bundles, ranges_a, ranges_b):
            return False
        if len(ranges_a) < len(ranges_b):
            first, second = second, first
            ranges_a, ranges_b = ranges_b, ranges_a
        merged = sorted(ranges_a + ranges_b, key=starts.__getitem__)
        bundles.bundle_ranges[first] = merged
        bundles.bundle_ranges[second] = []
        for vreg in members[second]:
            bundle_of[vreg] = first
        members[first].extend(members.pop(second))
        return True

    for source, target in live.reuse_merges:
        if not merge(source, target):
            raise AssertionError(f"reused input v{source} overlaps v{target}")
    for block in range(vcode.num_blocks):
        for target, args in vcode.block_succs[block]:
            for arg, param in zip(args, vcode.block_params[target]):
                merge(arg, param)

    renumbered: dict[int, int] = {}
    final_ranges: list[list[int]] = []
    for old, ranges in enumerate(bundles.bundle_ranges):
        if ranges:
            renumbered[old] = len(final_ranges)
            final_ranges.append(ranges)
            bundles.spillset_vregs.append(members[old])
    bundles.bundle_ranges = final_ranges
    bundles.bundle_spillset = list(range(len(final_ranges)))
    bundles.num_spillsets = len(final_ranges)
    bundle_of = [renumbered.get(b, -1) for b in bundle_of]
    return bundles, bundle_of
