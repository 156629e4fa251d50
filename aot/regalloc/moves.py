"""Parallel-move resolution: turn a set of simultaneous moves into a sequence.

Moves are (src, dst, cls) triples of allocations (pregs or spill slots).  All of
them read their sources before any writes its destination; each destination is
written once.  Sources that are still to be read are never clobbered; cycles are
broken through `temp`, an allocation that no move mentions.
"""

from __future__ import annotations


def sequentialize(moves, temp: int) -> list[tuple[int, int, int]]:
    pending: dict[int, tuple[int, int]] = {}
    readers: dict[int, int] = {}
    for src, dst, cls in moves:
        if src == dst:
            continue
        if dst in pending:
            raise ValueError(f"parallel move writes {dst} twice")
        pending[dst] = (src, cls)
        readers[src] = readers.get(src, 0) + 1
    ordered: list[tuple[int, int, int]] = []
    ready = [dst for dst in pending if readers.get(dst, 0) == 0]
    while pending:
        while ready:
            dst = ready.pop()
            src, cls = pending.pop(dst)
            ordered.append((src, dst, cls))
            readers[src] -= 1
            if readers[src] == 0 and src in pending:
                ready.append(src)
        if pending:  # only cycles remain: park one value in temp
            blocked = next(iter(pending))
            cls = pending[blocked][1]
            ordered.append((blocked, temp, cls))
            for dst, (src, move_cls) in pending.items():
                if src == blocked:
                    pending[dst] = (temp, move_cls)
            readers[temp] = readers.pop(blocked)
            ready.append(blocked)
    return ordered
