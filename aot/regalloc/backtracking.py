"""The backtracking register allocator (regalloc2's "ion" design): allocate(vcode, env).

Phases, one module each:
  liveness.py     CFG facts, loop depth, exact live-in/live-out sets;
  liveranges.py   live ranges, use positions with weights, fixed reservations;
  merge.py        bundles merged along reused inputs and block params; spill sets;
  process.py      the priority queue: try the hint, other registers, evict, split;
  spill.py        second chance for spilled pieces, rematerialisation, slots;
  moves.py        operand allocations, split/edge/fixed moves, spill stores at
                  a definition, parallel-move sequencing, redundant- and
                  dead-move removal.
"""

from __future__ import annotations

import time

from ..machinst.vcode import SLOT_BASE, WIDE, Allocation, VCode, is_slot, kind_class
from .env import RegisterEnv
from .liveness import block_liveness, control_flow
from .liveranges import build_live_ranges
from .merge import build_bundles
from .moves import insert_moves, param_locations, remove_dead_writes, remove_redundant
from .process import Allocator
from .spill import REMAT, SpillSlots, idle_remat_pieces, place_spilled


def allocate(vcode: VCode, env: RegisterEnv) -> Allocation:
    started = time.perf_counter()
    cfg = control_flow(vcode)
    live_in, live_out = block_liveness(vcode, cfg)
    live = build_live_ranges(vcode, cfg, live_out)
    bundles, bundle_of = build_bundles(vcode, live)
    num_bundles = len(bundles.bundle_ranges)
    allocator = Allocator(env, vcode.vreg_class, vcode.vreg_wide, live, bundles)
    allocator.run()
    slots = SpillSlots(bundles.num_spillsets, allocator.wide)
    segments, counts = place_spilled(allocator, vcode.remat, slots)
    counts["idle_remat_pieces"] = idle_remat_pieces(vcode, cfg, live_in, segments, live.any_operand)
    cycle_slots: dict[int, int] = {}

    def slot_of(vreg: int) -> int:
        return slots.slot_of(bundle_of[vreg])

    def temp_for(kind: int, point: int, group, at_block_start: bool) -> int:
        """A register free across the gap at `point` that the move group does not touch,
        or a slot (16 bytes for a WIDE move) when there is none."""
        cls = kind_class(kind)
        touched = {loc for move in group for loc in move[:2]}
        low, high = (point, point + 1) if at_block_start else (point - 1, point + 2)
        for preg in env.allocatable[cls]:
            if preg in touched or preg in env.callee_saved:
                continue
            if allocator.occupied.is_free(preg, low, high) and allocator.reserved.is_free(preg, low, high):
                return preg
        if env.scratch[cls] >= 0:
            return env.scratch[cls]
        if kind not in cycle_slots:
            cycle_slots[kind] = slots.extra(kind == WIDE)
        return cycle_slots[kind]

    allocs, before, after = insert_moves(vcode, live, live_in, cfg, segments, slot_of, temp_for, REMAT)
    removed = remove_redundant(vcode, allocs, before, after, [r for r in env.scratch if r >= 0], env.wide_clobbers)
    removed += remove_dead_writes(vcode, allocs, before, after)

    used = set()
    for chosen in allocs:
        used.update(chosen)
    spills = reloads = moves = remats = 0
    for edits in (before, after):
        for sequence in edits.values():
            for src, dst, _ in sequence:
                used.add(dst)
                if src < 0:
                    remats += 1
                elif is_slot(dst) and not is_slot(src):
                    spills += 1
                elif is_slot(src) and not is_slot(dst):
                    reloads += 1
                else:
                    moves += 1
    stats = {
        "instructions": len(vcode.insts),
        "vregs": len(vcode.vreg_class),
        "bundles": num_bundles,
        "splits": allocator.num_splits,
        "evictions": allocator.num_evictions,
        "spills": spills,
        "reloads": reloads,
        "moves": moves,
        "remats": remats,
        "redundant_moves_removed": removed,
        "spill_slots": slots.count,
        **counts,
        "alloc_seconds": time.perf_counter() - started,
    }
    callee_saved = sorted(p for p in used if p < SLOT_BASE and p in env.callee_saved)
    return Allocation(allocs, before, after, slots.count, stats, callee_saved, param_locations(vcode, segments))
