"""aot/regalloc/occupancy.py against a plain list of intervals: the allocation loop's queries
(first_reserved, collect_owners, choose, is_free, overlapping) after random inserts and
removals, with enough intervals in one preg to split it into several chunks."""

from __future__ import annotations

import random

from wasmoon_aot.aot.regalloc.occupancy import CHUNK, UNEVICTABLE, Occupancy, fixed_owner


def _random_table(rng: random.Random, count: int, pregs=(3,)):
    """An Occupancy with `count` disjoint intervals in each of `pregs` (some removed again), and
    the same intervals as a sorted list of (start, end, owner) per preg (just the list for the
    default single preg 3)."""
    table = Occupancy(8)
    lists = {}
    for preg in pregs:
        points = sorted(rng.sample(range(20 * count), 2 * count))
        intervals = [(points[2 * k], points[2 * k + 1], rng.randrange(-4, 40)) for k in range(count)]
        for start, end, owner in rng.sample(intervals, len(intervals)):
            table.insert(preg, start, end, owner)
        for start, end, owner in rng.sample(intervals, count // 4):
            table.remove(preg, start, owner)
            intervals.remove((start, end, owner))
        lists[preg] = sorted(intervals)
    return table, (lists[3] if pregs == (3,) else lists)


def _meeting(intervals, start: int, end: int):
    return [(s, e, owner) for s, e, owner in intervals if s < end and start < e]


def test_queries_agree_with_a_plain_list():
    rng = random.Random(16)
    for count in (1, 5, 3 * CHUNK, 9 * CHUNK):
        table, intervals = _random_table(rng, count)
        assert len(table.chunks[3]) > 1 or count < 2 * CHUNK
        limit_points = 20 * count + 10
        weight = {owner: rng.randrange(0, 10) for owner in range(-4, 40)}
        for _ in range(300):
            start = rng.randrange(limit_points)
            end = start + rng.randrange(1, 60)
            met = _meeting(intervals, start, end)
            assert list(table.overlapping(3, start, end)) == met
            assert table.is_free(3, start, end) == (not met)
            vreg = rng.randrange(3)
            foreign = [s for s, _, owner in met if owner != fixed_owner(vreg)]
            assert table.first_reserved(3, start, end, vreg) == (foreign[0] if foreign else None)
            limit = rng.randrange(0, 12)
            expected, heaviest = set(), -1
            for _, _, owner in met:
                expected.add(owner)
                heaviest = max(heaviest, weight[owner])
                if heaviest >= limit:
                    break
            into: set[int] = set()
            assert table.collect_owners(3, start, end, into, weight, limit) == (met[0][0] if met else None, heaviest)
            assert into == expected


def test_an_empty_preg_meets_nothing():
    table = Occupancy(4)
    into: set[int] = set()
    assert table.first_reserved(2, 0, 100, 0) is None
    assert table.collect_owners(2, 0, 100, into, [], 0) == (None, -1)
    assert not into and table.is_free(2, 0, 100)


def _expected_probe(bundles, reservations, spans, weight, limit):
    """One preg's probe, spelled out over plain interval lists: (first conflict point or None,
    the conflicting owners, the weight of the heaviest)."""
    first, conflicts, heaviest = None, set(), -1
    for start, end, vreg in spans:
        hits = []
        for table in reservations:
            foreign = [s for s, _, owner in _meeting(table, start, end) if owner != fixed_owner(vreg)]
            if foreign:
                hits.append(foreign[0])
                heaviest = UNEVICTABLE
        met = _meeting(bundles, start, end)
        if met:
            hits.append(met[0][0])
            heavy = -1
            for _, _, owner in met:
                conflicts.add(owner)
                heavy = max(heavy, weight[owner])
                if heavy >= limit:
                    break
            heaviest = max(heaviest, heavy)
        if hits and first is None:
            first = max(min(hits), start)
        if heaviest >= limit:
            break
    return first, conflicts, heaviest


def _expected_choice(bundles, reserved_in, order, spans, weight, limit):
    """choose() spelled out: probe each preg of `order` in turn."""
    best, latest = None, -1
    for preg in order:
        first, conflicts, heaviest = _expected_probe(bundles[preg], reserved_in[preg], spans, weight, limit)
        if first is None:
            return preg, None, latest
        latest = max(latest, first)
        if heaviest < limit:
            best, limit = (heaviest, preg, conflicts), heaviest
    return -1, best, latest


def test_choose_agrees_with_a_plain_list():
    rng = random.Random(61)
    pregs = (1, 3, 4, 6)
    for count in (4, 40, 3 * CHUNK):
        bundles, bundle_lists = _random_table(rng, count, pregs)
        reserved = [_random_table(rng, count // 2 + 1, pregs) for _ in range(2)]
        weight = {owner: rng.randrange(0, 10) for owner in range(-4, 40)}
        for _ in range(300):
            spans, at = [], rng.randrange(20 * count)
            for _ in range(rng.randrange(1, 5)):
                start = at + rng.randrange(0, 30)
                at = start + rng.randrange(1, 40)
                spans.append((start, at, rng.randrange(3)))
            tables = {preg: reserved[:rng.randrange(0, 3)] for preg in pregs}
            order = rng.sample(pregs, rng.randrange(1, len(pregs) + 1))
            limit = rng.randrange(0, 12)
            got = bundles.choose(order, spans, {preg: tuple(table for table, _ in tables[preg]) for preg in pregs},
                                 weight, limit)
            expected = _expected_choice(bundle_lists, {preg: [lists[preg] for _, lists in tables[preg]] for preg in pregs},
                                        order, spans, weight, limit)
            assert got == expected
