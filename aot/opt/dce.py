"""Dead-code elimination: drop pure instructions whose results nothing uses.

One backward sweep over the blocks in postorder with a use count per value;
deleting an instruction releases its arguments, which may make their
definitions dead in turn (a worklist handles that).
"""

from __future__ import annotations

from ..ir import function as ir
from .effects import PURE, UNUSED_READS

_DELETABLE = PURE | UNUSED_READS


def eliminate_dead_code(f: ir.IRFunction) -> ir.IRFunction:
    uses = [0] * len(f.value_type)
    defining = [-1] * len(f.value_type)
    blocks = f.reachable_blocks()
    for block in blocks:
        for inst in f.block_insts[block]:
            for result in f.inst_results[inst]:
                defining[result] = inst
            for arg in f.inst_args[inst]:
                uses[f.resolve(arg)] += 1
        for edge in f.successors(block):
            for arg in f.edge_args[edge]:
                uses[f.resolve(arg)] += 1
    dead = set()
    work = [inst for block in blocks for inst in f.block_insts[block]
            if f.inst_op[inst] in _DELETABLE and all(uses[r] == 0 for r in f.inst_results[inst])]
    while work:
        inst = work.pop()
        if inst in dead:
            continue
        dead.add(inst)
        for arg in f.inst_args[inst]:
            value = f.resolve(arg)
            uses[value] -= 1
            producer = defining[value]
            if (uses[value] == 0 and producer >= 0 and f.inst_op[producer] in _DELETABLE
                    and all(uses[r] == 0 for r in f.inst_results[producer])):
                work.append(producer)
    if dead:
        for block in blocks:
            f.block_insts[block] = [i for i in f.block_insts[block] if i not in dead]
    return f
