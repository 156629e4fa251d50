"""Moves: parallel-move resolution, move insertion after allocation, redundant-move removal.

sequentialize() turns a set of simultaneous moves into a sequence.  Moves are
(src, dst, kind) triples: allocations (pregs, spill slots, or a negative
rematerialisation source) and the move kind (aot.machinst.vcode.move_kind: the
class, or WIDE).  All of them read their sources before any writes
its destination; each destination is written once.  Sources still to be read
are never clobbered; cycles are broken through a temporary location that no
move mentions (`temp`, or `temp(kind)` when it is a function: a WIDE value
needs a 16-byte temporary).

insert_moves() turns per-vreg segments (from, to, location) into the
Allocation's operand allocations and edits.  In the gap before instruction i
the edits run in this order:
  1. edge moves into a block with a single predecessor (at its first instruction);
  2. split moves: a vreg whose location changes at point 2i (one parallel move);
  3. moves into FIXED/STACK use locations and reused-input copies;
  4. edge moves out of a block with a single successor (before its terminator):
     live-in values to their successor locations and edge arguments to block
     params, one parallel move per edge.
After instruction i: moves out of FIXED/STACK def locations, then the spill store
of a vreg stored at its definition (stored_at_def): a vreg's value never changes,
so when a register-to-slot move of it would run in a deeper loop than its
definition, its slot is written once after the definition instead and none of
those moves is made (no other vreg of its spill set is live in between to
overwrite the slot).  A critical edge
(several successors to several predecessors) that needs a move is an error:
lowering splits those edges.

remove_redundant() then walks each block tracking which value every location
holds and drops moves whose destination already holds their source's value
(a call ends a wide value in a preg it keeps only 64 bits of).  A block with a
single predecessor that comes before it, ended by no call, starts from what the
locations held at that predecessor's end (a landing call's exceptional edge
skips the moves after it).  A move whose destination a later move of the same
sequence overwrites before anything reads it is dropped too (_dead_moves; dead
moves write nothing a later move of the sequence does not write again, so the
tracked contents stay true).  The two kinds go in turn until neither finds one:
dropping a redundant move can leave a dead move without its reader, and dropping
a dead move can make a later move copy a value back to where it still is (an edge
block whose in-edge moves park x23 and move x19 to it, and whose out-edge moves
undo both, keeps only the parking store).  Last, the sequence's net effect as one
parallel move, sequenced again, replaces it when that costs fewer instructions
(_cost) and needs no temporary (_net_sequence): moves of several groups of one gap
take detours a single parallel move does not.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import count

from ..machinst.vcode import DEF, EARLY_DEF, FIXED, INT, REUSE, SLOT_BASE, STACK, USE, WIDE, VCode, is_slot, move_kind, remat_source


def sequentialize(moves, temp) -> list[tuple[int, int, int]]:
    if len(moves) == 1:   # the usual case: nothing to order
        src, dst, kind = moves[0]
        return [(src, dst, kind)] if src != dst else []
    temp_for = temp if callable(temp) else (lambda kind: temp)
    pending: dict[int, tuple[int, int]] = {}
    readers: dict[int, int] = {}
    for src, dst, kind in moves:
        if src == dst:
            continue
        if dst in pending:
            raise ValueError(f"parallel move writes {dst} twice")
        pending[dst] = (src, kind)
        readers[src] = readers.get(src, 0) + 1
    ordered: list[tuple[int, int, int]] = []
    ready = [dst for dst in pending if readers.get(dst, 0) == 0]
    while pending:
        while ready:
            dst = ready.pop()
            src, kind = pending.pop(dst)
            ordered.append((src, dst, kind))
            readers[src] -= 1
            if readers[src] == 0 and src in pending:
                ready.append(src)
        if pending:  # only cycles remain: park one value in a temporary
            blocked = next(iter(pending))
            reading = [kind for src, kind in pending.values() if src == blocked]
            kind = WIDE if WIDE in reading else reading[0]   # park every bit a reader needs
            parked = temp_for(kind)
            ordered.append((blocked, parked, kind))
            for dst, (src, reader_kind) in pending.items():
                if src == blocked:
                    pending[dst] = (parked, reader_kind)
            readers[parked] = readers.pop(blocked)
            ready.append(blocked)
    return ordered


def location(pieces: list[tuple[int, int, int]], point: int) -> int:
    """The location of the piece (from, to, location) covering `point`, or -1; `pieces`
    are one vreg's segments, sorted.  (point + 1,) sorts after every piece starting at
    or before `point` and before every later one."""
    k = bisect_left(pieces, (point + 1,)) - 1
    if k < 0:
        return -1
    piece = pieces[k]
    return piece[2] if point < piece[1] else -1


def edge_moves(vcode: VCode, live_in, segments, moving: list[bool]) -> list[tuple[int, int, list, list]]:
    """Per CFG edge (blocks in order, then their successors): (block, target, args, changes),
    changes being (vreg, location at the block's end, location at the target's start) for
    each vreg live into the target whose two locations differ.
    `moving[vreg]`: whether vreg has more than one location (else it has no move at all)."""
    # Where pieces of moving vregs start.  A vreg live into a block has a piece covering its
    # start point; on an edge into the next block (the start point follows the end point) that
    # piece covers the end point too unless it starts at the start point: no such start, no move.
    piece_starts = {start for vreg, pieces in enumerate(segments) if moving[vreg] for start, _, _ in pieces}
    edges = []
    for block in range(vcode.num_blocks):
        end_key = (2 * vcode.block_end[block],)   # location(pieces, end point) inlined
        end_point = end_key[0] - 1
        for target, args in vcode.block_succs[block]:
            start_point = 2 * vcode.block_start[target]
            changes = []
            if start_point == end_point + 1 and start_point not in piece_starts:
                edges.append((block, target, args, changes))
                continue
            start_key = (start_point + 1,)
            for vreg in live_in[target]:
                if not moving[vreg]:   # one location all along (live on both sides): no move
                    continue
                pieces = segments[vreg]
                k = bisect_left(pieces, start_key) - 1
                dst = -1
                if k >= 0 and start_point < pieces[k][1]:
                    start, end, dst = pieces[k]
                    if start <= end_point < end:
                        continue   # one piece across both points: no move
                k = bisect_left(pieces, end_key) - 1
                src = pieces[k][2] if k >= 0 and end_point < pieces[k][1] else -1
                if src != dst:
                    changes.append((vreg, src, dst))
            edges.append((block, target, args, changes))
    return edges


def stored_at_def(vcode: VCode, cfg, segments, def_inst: list[int], moving: list[bool], edges) -> dict[int, int]:
    """vreg -> its spill slot, for the vregs whose slot is written right after their one
    defining instruction (not a block's last) instead of at each register-to-slot move,
    because one of those moves would run in a deeper loop than the definition.
    `def_inst`: LiveRanges.def_inst; `moving` and `edges`: as edge_moves() takes and gives them."""
    block_of = [0] * len(vcode.insts)
    for block in range(vcode.num_blocks):
        block_of[vcode.block_start[block]:vcode.block_end[block]] = \
            [block] * (vcode.block_end[block] - vcode.block_start[block])
    depth = cfg.loop_depth
    deepest: dict[int, int] = {}    # vreg -> loop depth of its deepest register-to-slot move

    for vreg, pieces in enumerate(segments):
        if moving[vreg]:   # else no move at all
            for k in range(1, len(pieces)):
                (_, end, src), (start, _, dst) = pieces[k - 1], pieces[k]
                if end == start and dst >= SLOT_BASE > src >= 0:   # register to slot
                    deepest[vreg] = max(deepest.get(vreg, 0), depth[block_of[start >> 1]])
    for block, target, _, changes in edges:
        moves_in = target if len(cfg.preds[target]) == 1 else block
        for vreg, src, dst in changes:
            if dst >= SLOT_BASE > src >= 0:
                deepest[vreg] = max(deepest.get(vreg, 0), depth[moves_in])
    if not deepest:
        return {}   # no register-to-slot move anywhere
    params = {param for block_params in vcode.block_params for param in block_params}
    stored = {}
    for vreg, move_depth in deepest.items():
        index = def_inst[vreg]
        if index >= 0 and vreg not in params and index != vcode.block_end[block_of[index]] - 1 \
                and move_depth > depth[block_of[index]]:
            stored[vreg] = next(loc for _, _, loc in segments[vreg] if is_slot(loc))
    return stored


def insert_moves(vcode: VCode, live, live_in, cfg, segments, slot_of, temp_for, remat_loc: int):
    """(allocs, edits_before, edits_after) for the allocated segments.

    slot_of(vreg) is the spill slot of a vreg's spill set; temp_for(kind, point, locations)
    finds a location for a parallel-move cycle at a gap.
    """
    kinds = ([move_kind(cls, wide) for cls, wide in zip(vcode.vreg_class, vcode.vreg_wide)]
             if True in vcode.vreg_wide else vcode.vreg_class)   # a narrow vreg's kind is its class
    moving = [len(pieces) > 1 and len({piece[2] for piece in pieces}) > 1 for pieces in segments]
    edges = edge_moves(vcode, live_in, segments, moving)
    stored = stored_at_def(vcode, cfg, segments, live.def_inst, moving, edges)

    def source(loc: int, vreg: int) -> int:
        return remat_source(vreg) if loc == remat_loc else loc

    block_first = set(vcode.block_start)
    in_edge: dict[int, list] = {}
    splits: dict[int, list] = {}
    operand_moves: dict[int, list] = {}
    out_edge: dict[int, list] = {}
    after: dict[int, list] = {}

    for vreg, pieces in enumerate(segments):
        for k in range(1, len(pieces) if moving[vreg] else 0):   # a vreg that does not move has no split move
            prev, cur = pieces[k - 1], pieces[k]
            point = cur[0]
            if prev[1] != point or prev[2] == cur[2] or cur[2] == remat_loc or cur[2] == stored.get(vreg):
                continue
            if point & 1:
                raise AssertionError(f"v{vreg} changes location at odd point {point}")
            if point >> 1 not in block_first:
                splits.setdefault(point >> 1, []).append((source(prev[2], vreg), cur[2], kinds[vreg]))

    allocs: list[list[int]] = []
    reuse_copies = live.reuse_copies
    for index, inst in enumerate(vcode.insts):
        early, late = 2 * index, 2 * index + 1
        chosen: list[int] = []
        stores = None
        reuses = False   # whether a def reuses an input's register
        ops = inst.operands
        for number, (vreg, op_kind, constraint, extra) in enumerate(ops):   # Operand fields
            pieces = segments[vreg]
            if op_kind == USE:
                if len(pieces) == 1:   # the usual case: one segment, no search
                    start, end, loc = pieces[0]
                    if not start <= early < end:
                        loc = -1
                else:
                    loc = location(pieces, early)
                if loc == -1:
                    raise AssertionError(f"inst {index}: v{vreg} has no location at its use")
                if constraint == FIXED or constraint == STACK:
                    target = extra if constraint == FIXED else slot_of(vreg)
                    if loc != target:
                        operand_moves.setdefault(index, []).append((source(loc, vreg), target, kinds[vreg]))
                    loc = target
            else:
                pos = early if op_kind == EARLY_DEF else late
                if constraint == REUSE:
                    reuses = True
                    if (index, number, extra) in reuse_copies:
                        pos = early
                if len(pieces) == 1:
                    start, end, loc = pieces[0]
                    if not start <= pos < end:
                        loc = -1
                else:
                    loc = location(pieces, pos)
                if loc == -1:
                    raise AssertionError(f"inst {index}: v{vreg} has no location at its def")
                if vreg in stored and loc != stored[vreg]:
                    if stores is None:
                        stores = []
                    stores.append((loc, stored[vreg], kinds[vreg]))
                if constraint == FIXED or constraint == STACK:
                    target = extra if constraint == FIXED else slot_of(vreg)
                    if loc != target and loc != remat_loc:
                        after.setdefault(index, []).append((target, loc, kinds[vreg]))
                    loc = target
            chosen.append(loc)
        if stores:
            after.setdefault(index, []).extend(stores)
        for number, op in enumerate(ops if reuses else ()):
            if op.kind != USE and op.constraint == REUSE:
                if (index, number, op.extra) in reuse_copies:
                    input_vreg = ops[op.extra].vreg
                    operand_moves.setdefault(index, []).append(
                        (source(chosen[op.extra], input_vreg), chosen[number], kinds[input_vreg]))
                elif chosen[op.extra] != chosen[number]:
                    raise AssertionError(f"inst {index}: reused input not in its output's register")
                chosen[op.extra] = chosen[number]
        allocs.append(chosen)

    for block, target, args, changes in edges:
        end_point = 2 * vcode.block_end[block] - 1
        start_point = 2 * vcode.block_start[target]
        group = [(source(src, vreg), dst, kinds[vreg]) for vreg, src, dst in changes
                 if dst != remat_loc and dst != stored.get(vreg)] if changes else []
        for arg, param in zip(args, vcode.block_params[target]):
            dst = location(segments[param], start_point)
            if dst == -1 or dst == remat_loc:
                continue
            src = location(segments[arg], end_point)
            if src != dst:
                group.append((source(src, arg), dst, kinds[param]))
        if not group:
            continue
        if len(cfg.preds[target]) == 1:
            in_edge[vcode.block_start[target]] = (group, start_point)
        elif len(vcode.block_succs[block]) == 1:
            out_edge[vcode.block_end[block] - 1] = (group, end_point - 1)
        else:
            raise AssertionError(f"critical edge {block} -> {target} needs moves")

    before: dict[int, list] = {}
    for index in sorted(set(in_edge) | set(splits) | set(operand_moves) | set(out_edge)):
        sequence = []
        if index in in_edge:
            group, point = in_edge[index]
            sequence += sequentialize(group, lambda kind: temp_for(kind, point, group, True))
        if index in splits:
            group = splits[index]
            sequence += sequentialize(group, lambda kind: temp_for(kind, 2 * index, group, False))
        sequence += operand_moves.get(index, ())
        if index in out_edge:
            group, point = out_edge[index]
            sequence += sequentialize(group, lambda kind: temp_for(kind, point, group, False))
        if sequence:
            before[index] = sequence
    return allocs, before, after


def _dead_moves(moves) -> set[int]:
    """Indexes of the moves of a sequence whose destination a later move overwrites, with as
    many bits, before anything reads it."""
    dead: set[int] = set()
    if len(moves) < 2:
        return dead   # no later move
    overwritten: dict[int, int] = {}   # location -> kind of the write that comes next, unread
    for k in range(len(moves) - 1, -1, -1):
        src, dst, kind = moves[k]
        if dst in overwritten and (kind != WIDE or overwritten[dst] == WIDE):
            dead.add(k)
            continue
        overwritten[dst] = kind
        overwritten.pop(src, None)
    return dead


def _without_redundant(moves, holds, wide_at, new_token, undo: list) -> list:
    """The moves of a sequence whose destination does not already hold their source's value,
    given what each location holds before it (`holds`, updated past the sequence, as `wide_at`).
    `undo` gets (location, what it held or None, whether it was wide) before each change."""
    kept = []
    for move in moves:
        src, dst, kind = move
        if src < 0:
            value = ("remat", src)
        else:
            value = holds.get(src)
            if value is None:
                undo.append((src, None, src in wide_at))
                value = holds[src] = new_token()
                if kind == WIDE:
                    wide_at.add(src)
        held = holds.get(dst)
        if held == value:
            continue
        undo.append((dst, held, dst in wide_at))
        holds[dst] = value
        if kind == WIDE:
            wide_at.add(dst)
        else:
            wide_at.discard(dst)
        kept.append(move)
    return kept


def _undo(holds, wide_at, undo: list) -> None:
    """Put `holds` and `wide_at` back as they were before the changes `undo` lists."""
    for loc, held, wide in reversed(undo):
        if held is None:
            del holds[loc]
        else:
            holds[loc] = held
        if wide:
            wide_at.add(loc)
        else:
            wide_at.discard(loc)
    undo.clear()


class _Cycle(Exception):
    """A parallel move that needs a temporary."""


def _net_sequence(moves):
    """The sequence's effect as one parallel move, sequenced again, or None when that needs a
    temporary.  Sequences of several gaps' groups (an edge block's in-edge and out-edge moves)
    go through registers a single parallel move does not need: x4 parked in its slot, x5 moved
    to x4 and on to x19, x4 reloaded, comes down to the store and x5 to x19."""
    holds: dict[int, int] = {}   # location -> the location (or remat source) whose first value it has
    kinds: dict[int, int] = {}
    for src, dst, kind in moves:
        holds[dst] = holds.get(src, src) if src >= 0 else src
        kinds[dst] = kind
    parallel = [(value, dst, kinds[dst]) for dst, value in holds.items() if value != dst]

    def no_temp(kind):
        raise _Cycle

    try:
        return sequentialize(parallel, no_temp)
    except _Cycle:
        return None


def _cost(moves) -> int:
    """About how many instructions a sequence takes: a slot-to-slot move two (through x16), a
    rematerialisation two (most constants), any other move one."""
    return sum(2 if src < 0 or is_slot(src) and is_slot(dst) else 1 for src, dst, _ in moves)


def _rewrites(moves) -> bool:
    """Whether a move of the sequence writes a location an earlier one wrote, or reads one.
    If not, the net parallel move is the sequence's own moves, at its cost."""
    if len(moves) < 2:
        return False
    written = set()
    for src, dst, _ in moves:
        if src in written or dst in written:
            return True
        written.add(dst)
    return False


def reduce_sequence(moves, holds, wide_at, new_token) -> list:
    """The moves left of a sequence once dead and redundant ones have gone in turn until
    neither finds one; `holds` (location -> value token) and `wide_at` are updated past them.
    Dropping one kind can make another move the other kind: a dropped redundant move was a
    dead move's only reader, or a dropped dead move overwrote what a later move copies back."""
    undo: list = []
    dead = _dead_moves(moves)
    while True:
        if dead:
            moves = [move for k, move in enumerate(moves) if k not in dead]
        kept = _without_redundant(moves, holds, wide_at, new_token, undo)
        if len(kept) == len(moves) and not dead:
            break
        dead = _dead_moves(kept)
        if not dead:   # a redundant move changes no location's contents (nor makes a value
            break      # token): another pass over kept would keep it all, to the same contents
        _undo(holds, wide_at, undo)
        moves = kept
    if _rewrites(kept):
        net = _net_sequence(kept)
        if net is not None and _cost(net) < _cost(kept):
            _undo(holds, wide_at, undo)
            kept = _without_redundant(net, holds, wide_at, new_token, undo)
    return kept


def remove_redundant(vcode: VCode, allocs, before, after, volatile=(), wide_clobbers=()) -> int:
    """Drop moves whose destination already holds the value; returns how many.

    `volatile` locations (emitter scratch) are forgotten at every instruction, and
    `wide_clobbers` pregs at every call (an instruction with clobbers) when they hold
    a wide value (see RegisterEnv)."""
    if not before and not after:
        return 0   # no move to drop
    removed = 0
    new_token = count(-1, -1).__next__   # value tokens: unique, negative (locations are not)
    wide_at: set[int] = set()   # locations last written with a wide value
    preds: list[list[int]] = [[] for _ in range(vcode.num_blocks)]
    for block in range(vcode.num_blocks):
        for target, _ in vcode.block_succs[block]:
            preds[target].append(block)
    at_end: list = [None] * vcode.num_blocks    # per block, (holds, wide_at) after it

    def run(moves, holds):
        nonlocal removed
        kept = reduce_sequence(moves, holds, wide_at, new_token)
        removed += len(moves) - len(kept)
        return kept

    insts, vreg_wide = vcode.insts, vcode.vreg_wide
    for block in range(vcode.num_blocks):
        holds: dict = {}
        if len(preds[block]) == 1 and preds[block][0] < block and at_end[preds[block][0]] is not None:
            holds, wide_at = dict(at_end[preds[block][0]][0]), set(at_end[preds[block][0]][1])
        for index in range(vcode.block_start[block], vcode.block_end[block]):
            if index in before:
                before[index] = run(before[index], holds)
                if not before[index]:
                    del before[index]
            inst = insts[index]
            for preg in volatile:
                holds.pop(preg, None)
            if inst.clobbers:
                for preg in holds.keys() & inst.clobbers:   # the few held, not every clobber
                    del holds[preg]
                for preg in wide_at.intersection(wide_clobbers):
                    holds.pop(preg, None)
            for (vreg, kind, _, _), loc in zip(inst.operands, allocs[index]):   # Operand fields
                if kind == DEF or kind == EARLY_DEF:
                    holds[loc] = new_token()
                    if vreg_wide[vreg]:
                        wide_at.add(loc)
                    else:
                        wide_at.discard(loc)
            if index in after:
                after[index] = run(after[index], holds)
                if not after[index]:
                    del after[index]
        last = vcode.block_end[block] - 1
        if not vcode.insts[last].clobbers and last not in after:
            at_end[block] = (holds, set(wide_at))
    return removed


def remove_dead_writes(vcode: VCode, allocs, before, after) -> int:
    """Drop integer moves whose destination the block writes again before anything reads it
    (a move, or an instruction's def); returns how many.  Walks each block backwards; at its end
    every location may be read, and past a call or terminator too (a landing call's exceptional
    edge skips the moves after it).  An instruction reads exactly its USE operands (the allocator
    relies on that too); a call's clobbers count as no write, to stay on the safe side."""
    removed = 0
    edited = sorted(before.keys() | after.keys())
    for block in range(vcode.num_blocks):
        last = vcode.block_end[block] - 1
        k = bisect_left(edited, vcode.block_start[block])
        if k == len(edited) or edited[k] > last:
            continue   # no move in the block
        dead: set[int] = set()   # locations written later in the block before any read
        for index in range(last, edited[k] - 1, -1):   # from its end back to its first move
            if index in after:
                removed += _drop_dead(after, index, dead)
            inst = vcode.insts[index]
            if inst.clobbers or index == last:
                dead.clear()   # what a call or terminator leaves may be read past it
            operands, chosen = inst.operands, allocs[index]
            dead.update(loc for op, loc in zip(operands, chosen) if op.kind != USE)
            dead.difference_update(loc for op, loc in zip(operands, chosen) if op.kind == USE)
            if index in before:
                removed += _drop_dead(before, index, dead)
    return removed


def _drop_dead(edits, index: int, dead: set[int]) -> int:
    """Drop the integer moves of edits[index] whose destination is in `dead` (walking them
    backwards and keeping `dead` up to date); returns how many."""
    kept = []
    for move in reversed(edits[index]):
        src, dst, kind = move
        if kind == INT and dst in dead:
            continue
        dead.add(dst)
        dead.discard(src)
        kept.append(move)
    removed = len(edits[index]) - len(kept)
    if kept:
        edits[index] = kept[::-1]
    else:
        del edits[index]
    return removed


def param_locations(vcode: VCode, segments) -> list[list[int]]:
    """Per block, the location of each of its params where the block starts (-1: never read)."""
    return [[location(segments[param], 2 * vcode.block_start[block]) for param in vcode.block_params[block]]
            for block in range(vcode.num_blocks)]
