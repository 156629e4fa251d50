"""The simple register allocator: every vreg lives in its own spill slot.

Each instruction gets its operands in registers just for its own duration: uses
are loaded before it and defs stored after it, FIXED operands in their preg and
the others in the ISA's per-class operand registers.  Block-parameter moves run
as one parallel move before a block's terminator.  Correct by construction and
slow by design; the backtracking allocator replaces it, and it stays available
as the baseline (`--regalloc=simple`).
"""

from __future__ import annotations

import time

from ..machinst.vcode import FIXED, REUSE, SLOT_BASE, STACK, USE, Allocation, VCode
from .env import RegisterEnv
from .moves import sequentialize


def allocate(vcode: VCode, env: RegisterEnv) -> Allocation:
    started = time.perf_counter()
    slot_of = list(range(len(vcode.vreg_class)))
    cycle_temp = SLOT_BASE + len(slot_of)
    allocs: list[list[int]] = []
    before: dict[int, list] = {}
    after: dict[int, list] = {}
    classes = vcode.vreg_class
    for index, inst in enumerate(vcode.insts):
        taken = {op.extra for op in inst.operands if op.constraint == FIXED}
        next_free = [0] * len(env.operand_regs)
        chosen: list[int] = []
        loads, stores = [], []
        for op in inst.operands:
            cls = classes[op.vreg]
            slot = SLOT_BASE + slot_of[op.vreg]
            if op.constraint == FIXED:
                reg = op.extra
            elif op.constraint == REUSE:
                reg = chosen[op.extra]
            elif op.constraint == STACK:
                chosen.append(slot)
                continue
            else:
                regs = env.operand_regs[cls]
                while regs[next_free[cls]] in taken:
                    next_free[cls] += 1
                reg = regs[next_free[cls]]
                next_free[cls] += 1
            chosen.append(reg)
            if op.kind == USE:
                loads.append((slot, reg, cls))
            else:
                stores.append((reg, slot, cls))
        allocs.append(chosen)
        if loads:
            before[index] = loads
        if stores:
            after[index] = stores
    moves = 0
    for block in range(vcode.num_blocks):
        succs = vcode.block_succs[block]
        if len(succs) != 1 or not succs[0][1]:
            continue
        target, args = succs[0]
        parallel = [(SLOT_BASE + slot_of[arg], SLOT_BASE + slot_of[param], classes[param])
                    for arg, param in zip(args, vcode.block_params[target])]
        sequence = sequentialize(parallel, cycle_temp)
        moves += len(sequence)
        term = vcode.block_end[block] - 1
        before[term] = before.get(term, []) + sequence
    stats = {
        "instructions": len(vcode.insts),
        "vregs": len(classes),
        "spill_slots": len(slot_of) + 1,
        "reloads": sum(len(v) for v in before.values()) - moves,
        "spills": sum(len(v) for v in after.values()),
        "moves": moves,
        "alloc_seconds": time.perf_counter() - started,
    }
    params = [[SLOT_BASE + slot_of[param] for param in vcode.block_params[block]] for block in range(vcode.num_blocks)]
    return Allocation(allocs, before, after, len(slot_of) + 1, stats, block_params=params)
