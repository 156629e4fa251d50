"""aot/regalloc/occupancy.py against a plain list of intervals: the allocation loop's queries
(first_reserved, collect_owners, probe, is_free, overlapping) after random inserts and
removals, with enough intervals in one preg to split it into several chunks."""

from __future__ import annotations

import random

from wasmoon_aot.aot.regalloc.occupancy import CHUNK, UNEVICTABLE, Occupancy, fixed_owner


def _random_table(rng: random.Random, count: int):
    """An Occupancy with `count` disjoint intervals in preg 3 (some removed again), and the same
    intervals as a sorted list of (start, end, owner)."""
    table = Occupancy(8)
    points = sorted(rng.sample(range(20 * count), 2 * count))
    intervals = [(points[2 * k], points[2 * k + 1], rng.randrange(-4, 40)) for k in range(count)]
    for start, end, owner in rng.sample(intervals, len(intervals)):
        table.insert(3, start, end, owner)
    for start, end, owner in rng.sample(intervals, count // 4):
        table.remove(3, start, owner)
        intervals.remove((start, end, owner))
    return table, sorted(intervals)


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
    """probe() spelled out over plain interval lists."""
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


def test_probe_agrees_with_a_plain_list():
    rng = random.Random(61)
    for count in (4, 3 * CHUNK):
        bundles, bundle_list = _random_table(rng, count)
        reserved = [_random_table(rng, count) for _ in range(2)]
        weight = {owner: rng.randrange(0, 10) for owner in range(-4, 40)}
        for _ in range(300):
            spans, at = [], rng.randrange(20 * count)
            for _ in range(rng.randrange(1, 5)):
                start = at + rng.randrange(0, 30)
                at = start + rng.randrange(1, 40)
                spans.append((start, at, rng.randrange(3)))
            tables = reserved[:rng.randrange(0, 3)]
            limit = rng.randrange(0, 12)
            got = bundles.probe(3, spans, tuple(table for table, _ in tables), weight, limit)
            assert got == _expected_probe(bundle_list, [intervals for _, intervals in tables], spans, weight, limit)
