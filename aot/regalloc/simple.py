"""The simple register allocator: every vreg lives in its own spill slot.

Each instruction gets its operands in registers just for its own duration: uses
are loaded before it and defs stored after it, FIXED operands in their preg and
the others in the ISA's per-class operand registers.  Block-parameter moves run
as one parallel move before a block's terminator.  A wide vreg's slot is 16
bytes at an even unit (spill.SpillSlots lays them out).  Nothing stays in a
register across an instruction, so a call's partial clobbers never matter.  Correct by construction and
slow by design; the backtracking allocator replaces it, and it stays available
as the baseline (`--regalloc=simple`).
"""

from __future__ import annotations

import time

from ..machinst.vcode import FIXED, INT, REUSE, STACK, USE, WIDE, Allocation, VCode, move_kind
from .env import RegisterEnv
from .moves import sequentialize
from .spill import SpillSlots


def allocate(vcode: VCode, env: RegisterEnv) -> Allocation:
    started = time.perf_counter()
    num_vregs = len(vcode.vreg_class)
    slots = SpillSlots(num_vregs, vcode.vreg_wide)
    slot_of = [slots.slot_of(vreg) for vreg in range(num_vregs)]
    cycle_temps = {INT: slots.extra()}   # one 8-byte slot parks a narrow value of either class

    def cycle_temp(kind: int) -> int:
        key = WIDE if kind == WIDE else INT
        if key not in cycle_temps:
            cycle_temps[key] = slots.extra(True)
        return cycle_temps[key]

    allocs: list[list[int]] = []
    before: dict[int, list] = {}
    after: dict[int, list] = {}
    classes = vcode.vreg_class
    kinds = [move_kind(cls, wide) for cls, wide in zip(classes, vcode.vreg_wide)]
    for index, inst in enumerate(vcode.insts):
        taken = {op.extra for op in inst.operands if op.constraint == FIXED}
        next_free = [0] * len(env.operand_regs)
        chosen: list[int] = [0] * len(inst.operands)
        loads, stores = [], []
        # a REUSE def (listed before the input it reuses) takes its register once that is chosen
        for number in sorted(range(len(inst.operands)), key=lambda n: inst.operands[n].constraint == REUSE):
            op = inst.operands[number]
            cls, kind = classes[op.vreg], kinds[op.vreg]
            slot = slot_of[op.vreg]
            if op.constraint == FIXED:
                reg = op.extra
            elif op.constraint == REUSE:
                reg = chosen[op.extra]
            elif op.constraint == STACK:
                chosen[number] = slot
                continue
            else:
                regs = env.operand_regs[cls]
                while regs[next_free[cls]] in taken:
                    next_free[cls] += 1
                reg = regs[next_free[cls]]
                next_free[cls] += 1
            chosen[number] = reg
            if op.kind == USE:
                loads.append((slot, reg, kind))
            else:
                stores.append((reg, slot, kind))
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
        parallel = [(slot_of[arg], slot_of[param], kinds[param])
                    for arg, param in zip(args, vcode.block_params[target])]
        sequence = sequentialize(parallel, cycle_temp)
        moves += len(sequence)
        term = vcode.block_end[block] - 1
        before[term] = before.get(term, []) + sequence
    stats = {
        "instructions": len(vcode.insts),
        "vregs": len(classes),
        "spill_slots": slots.count,
        "reloads": sum(len(v) for v in before.values()) - moves,
        "spills": sum(len(v) for v in after.values()),
        "moves": moves,
        "alloc_seconds": time.perf_counter() - started,
    }
    return Allocation(allocs, before, after, slots.count, stats)
