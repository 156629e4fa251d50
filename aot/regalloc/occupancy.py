"""Per-preg occupancy: which intervals of points each physical register is taken for.

For every preg the disjoint intervals [start, end) and their owners are kept
sorted by start, in chunks of at most 2 * CHUNK entries (three parallel lists per
chunk, and the first start of each chunk for bisecting), so inserting or removing
one costs about CHUNK steps however long the function: a single sorted list would
move half of it each time, quadratic over a big function.  The allocator keeps two
of these tables: one for bundles (owner = bundle index, evictable when lighter) and
one for reservations (owner CLOBBERED: an instruction destroys the register there;
owner <= -2: a FIXED operand reserves it for vreg -2 - owner, whose own bundle may
sit there; a Reservations table, whose fixed contents are sorted per preg when the
allocator first looks at that preg).  Because the intervals of one preg never overlap, sorting by start also
sorts by end, so "what overlaps [from, to)" is one bisect plus a walk over the hits.
choose() asks that of every span of a bundle, preg after preg,, in the bundle table and the reservation
tables at once: the allocation loop's innermost question.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

CLOBBERED = -1
CHUNK = 256
UNEVICTABLE = 1 << 61   # the weight choose() gives a reservation: heavier than any bundle


def fixed_owner(vreg: int) -> int:
    return -2 - vreg


class Occupancy:
    def __init__(self, num_pregs: int):
        # per preg: chunks of (starts, ends, owners), and each chunk's first start; a preg never
        # used shares one empty tuple (a table is made per function, most pregs stay empty)
        self.chunks: list[list[tuple[list[int], list[int], list[int]]]] = [()] * num_pregs
        self.firsts: list[list[int]] = [()] * num_pregs

    def insert(self, preg: int, start: int, end: int, owner: int) -> None:
        chunks = self.chunks[preg]
        if not chunks:
            self.chunks[preg] = [([start], [end], [owner])]
            self.firsts[preg] = [start]
            return
        firsts = self.firsts[preg]
        chunk = max(bisect_left(firsts, start) - 1, 0)
        starts, ends, owners = chunks[chunk]
        at = bisect_left(starts, start)
        starts.insert(at, start)
        ends.insert(at, end)
        owners.insert(at, owner)
        firsts[chunk] = starts[0]
        if len(starts) > 2 * CHUNK:
            chunks.insert(chunk + 1, (starts[CHUNK:], ends[CHUNK:], owners[CHUNK:]))
            firsts.insert(chunk + 1, starts[CHUNK])
            del starts[CHUNK:], ends[CHUNK:], owners[CHUNK:]

    def remove(self, preg: int, start: int, owner: int) -> None:
        chunks, firsts = self.chunks[preg], self.firsts[preg]
        chunk = max(bisect_left(firsts, start) - 1, 0)
        at = bisect_left(chunks[chunk][0], start)
        while at >= len(chunks[chunk][2]) or chunks[chunk][2][at] != owner:
            if at >= len(chunks[chunk][2]):
                chunk, at = chunk + 1, 0
            else:
                at += 1
        starts, ends, owners = chunks[chunk]
        del starts[at], ends[at], owners[at]
        if starts:
            firsts[chunk] = starts[0]
        else:
            del chunks[chunk], firsts[chunk]

    def overlapping(self, preg: int, start: int, end: int):
        """Yield (start, end, owner) of the intervals meeting [start, end), in order."""
        chunks = self.chunks[preg]
        if not chunks:
            return
        chunk, at = self._locate(preg, start)
        while chunk < len(chunks):
            starts, ends, owners = chunks[chunk]
            count = len(starts)
            while at < count:
                if starts[at] >= end:
                    return
                yield starts[at], ends[at], owners[at]
                at += 1
            chunk, at = chunk + 1, 0

    def _locate(self, preg: int, start: int) -> tuple[int, int]:
        """(chunk, index) of the first interval of a non-empty preg that ends after `start`
        (possibly one past the end of its chunk)."""
        chunks = self.chunks[preg]
        chunk = bisect_right(self.firsts[preg], start) - 1 if len(chunks) > 1 else 0
        if chunk < 0:   # all of them start after `start`
            return 0, 0
        starts, ends, _ = chunks[chunk]
        at = bisect_right(starts, start) - 1
        if at < 0:      # (only with one chunk)
            return 0, 0
        return chunk, at + 1 if ends[at] <= start else at

    def first_reserved(self, preg: int, start: int, end: int, vreg: int):
        """The start of the first interval meeting [start, end) that is not a FIXED reservation
        for `vreg`, or None.  This and collect_owners are the hot queries of the allocation
        loop: no generator, and _locate written out for the usual single chunk."""
        chunks = self.chunks[preg]
        if len(chunks) == 1:
            chunk = 0
            starts, ends, owners = chunks[0]
            at = bisect_right(starts, start) - 1
            if at < 0:
                at = 0
            elif ends[at] <= start:
                at += 1
        elif chunks:
            chunk, at = self._locate(preg, start)
            starts, _, owners = chunks[chunk]
        else:
            return None
        count = len(starts)
        while True:
            while at < count:
                s = starts[at]
                if s >= end:
                    return None
                if owners[at] != fixed_owner(vreg):
                    return s
                at += 1
            chunk += 1
            if chunk == len(chunks):
                return None
            starts, _, owners = chunks[chunk]
            count, at = len(starts), 0

    def collect_owners(self, preg: int, start: int, end: int, into: set, weight: list[int], limit: int):
        """Add the owners of the intervals meeting [start, end) to `into`, in order, up to and
        including the first whose weight is >= limit: (start of the first one or None, the
        greatest weight added or -1)."""
        chunks = self.chunks[preg]
        if len(chunks) == 1:
            chunk = 0
            starts, ends, owners = chunks[0]
            at = bisect_right(starts, start) - 1
            if at < 0:
                at = 0
            elif ends[at] <= start:
                at += 1
        elif chunks:
            chunk, at = self._locate(preg, start)
            starts, _, owners = chunks[chunk]
        else:
            return None, -1
        first, heaviest = None, -1
        count = len(starts)
        while True:
            while at < count:
                s = starts[at]
                if s >= end:
                    return first, heaviest
                if first is None:
                    first = s
                owner = owners[at]
                into.add(owner)
                if weight[owner] > heaviest:
                    heaviest = weight[owner]
                    if heaviest >= limit:
                        return first, heaviest
                at += 1
            chunk += 1
            if chunk == len(chunks):
                return first, heaviest
            starts, _, owners = chunks[chunk]
            count, at = len(starts), 0

    def choose(self, order, spans, reserved_in, weight: list[int], limit: int):
        """Probe the pregs of `order` in turn for a bundle's (start, end, vreg) spans, in this
        table of bundles and in the reservation tables with anything in that preg
        (`reserved_in[preg]`).  The first preg where nothing is in the way wins: (preg, None,
        latest).  Otherwise (-1, best, latest): `best` is (heaviest, preg, owners) for the preg
        whose conflicting owners are all lighter than `limit` with the lightest heaviest one
        (limit drops to each such choice's weight; a reservation weighs UNEVICTABLE), or None;
        `latest` is the latest first conflict point over the pregs probed.  A preg's walk over
        the spans stops at the first span where its heaviest conflict reaches `limit`: its
        first conflict point is known by then, and its owners are no use to evict.  The
        allocation loop's innermost step, one call per bundle: collect_owners written out
        for the usual single chunk, and first_reserved too."""
        best = None
        latest = -1
        all_chunks = self.chunks
        for preg in order:
            first = conflicts = None
            heaviest = -1
            reservations = reserved_in[preg]
            chunks = all_chunks[preg]
            single = chunks[0] if len(chunks) == 1 else None
            for start, end, vreg in spans:
                hit = None
                for reserved in reservations:
                    table = reserved.chunks[preg]
                    if len(table) == 1:     # first_reserved, written out for a single chunk
                        starts, ends, owners = table[0]
                        at = bisect_right(starts, start) - 1
                        if at < 0:
                            at = 0
                        elif ends[at] <= start:
                            at += 1
                        s = None
                        count = len(starts)
                        while at < count and starts[at] < end:
                            if owners[at] != fixed_owner(vreg):
                                s = starts[at]
                                break
                            at += 1
                    else:
                        s = reserved.first_reserved(preg, start, end, vreg)
                    if s is not None:
                        point = s if s > start else start
                        if hit is None or point < hit:
                            hit = point
                        heaviest = UNEVICTABLE
                if single is not None:
                    starts, ends, owners = single
                    at = bisect_right(starts, start) - 1
                    if at < 0:
                        at = 0
                    elif ends[at] <= start:
                        at += 1
                    count = len(starts)
                    if at < count and starts[at] < end:
                        s = starts[at]
                        point = s if s > start else start
                        if hit is None or point < hit:
                            hit = point
                        heavy = -1
                        if conflicts is None:
                            conflicts = set()
                        while at < count and starts[at] < end:
                            owner = owners[at]
                            conflicts.add(owner)
                            w = weight[owner]
                            if w > heavy:
                                heavy = w
                                if heavy >= limit:
                                    break
                            at += 1
                        if heavy > heaviest:
                            heaviest = heavy
                elif chunks:
                    if conflicts is None:
                        conflicts = set()
                    s, heavy = self.collect_owners(preg, start, end, conflicts, weight, limit)
                    if s is not None:
                        point = s if s > start else start
                        if hit is None or point < hit:
                            hit = point
                        if heavy > heaviest:
                            heaviest = heavy
                if hit is not None and first is None:
                    first = hit
                if heaviest >= limit:
                    break
            if first is None:
                return preg, None, latest
            if first > latest:
                latest = first
            if heaviest < limit:    # evictable, and lighter than the best choice so far
                best = (heaviest, preg, conflicts)
                limit = heaviest
        return -1, best, latest

    def is_free(self, preg: int, start: int, end: int) -> bool:
        chunks = self.chunks[preg]
        chunk = bisect_right(self.firsts[preg], start) - 1
        if chunk < 0:   # all of them start after `start`
            return not chunks or chunks[0][0][0] >= end
        starts, ends, _ = chunks[chunk]
        at = bisect_right(starts, start) - 1
        if ends[at] > start:
            return False
        if at + 1 < len(starts):
            return starts[at + 1] >= end
        return chunk + 1 >= len(chunks) or chunks[chunk + 1][0][0] >= end


class _ReservedChunks(dict):
    """A Reservations table's chunks per preg, each made when the preg is first looked up (its
    firsts with it: every reader looks at a preg's chunks before its firsts).  It refers to no
    table, so a function's tables are freed by reference counting, with no cycle to collect."""

    def __init__(self, fixed: dict, clobbers: list, firsts: dict):
        super().__init__()
        self.fixed, self.clobbers, self.firsts = fixed, clobbers, firsts

    def __missing__(self, preg: int):
        # (start, -end, owner): sorted, one containing another comes first
        spans = self.fixed.get(preg, []) + [(point, -1 - point, CLOBBERED)
                                             for point, pregs in self.clobbers if preg in pregs]
        spans.sort()
        starts, ends, owners = [], [], []
        for start, end, owner in spans:
            end = -end
            if ends and start < ends[-1]:
                if owner == owners[-1] and end <= ends[-1]:
                    continue
                raise ValueError(f"preg {preg} is reserved twice at points [{start}, {end})")
            starts.append(start)
            ends.append(end)
            owners.append(owner)
        chunks = self[preg] = [(starts[at:at + CHUNK], ends[at:at + CHUNK], owners[at:at + CHUNK])
                               for at in range(0, len(starts), CHUNK)]
        self.firsts[preg] = [chunk[0][0] for chunk in chunks]
        return chunks


class Reservations(Occupancy):
    """The reservation table of a function: FIXED operands' (preg, from, to, vreg) and CLOBBERED
    at each (point, pregs) of `clobbers`, fixed from the start.  A preg's intervals are sorted
    into chunks only when the allocator first looks at that preg: a call clobbers dozens of
    registers and a small function's bundles try only a few of them.  `used` holds the pregs
    with any reservation.  A repeat of a reservation (one vreg passed twice in the same preg)
    is dropped; two owners of one point are a contract error."""

    def __init__(self, fixed, clobbers):
        super().__init__(0)
        by_preg: dict[int, list[tuple[int, int, int]]] = {}
        for preg, start, end, vreg in fixed:
            by_preg.setdefault(preg, []).append((start, -end, fixed_owner(vreg)))
        self.firsts = {}
        self.chunks = _ReservedChunks(by_preg, clobbers, self.firsts)
        self.used = set(by_preg).union(*[pregs for _, pregs in clobbers])
