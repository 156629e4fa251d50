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
    block_insts, inst_op, inst_args, inst_results = f.block_insts, f.inst_op, f.inst_args, f.inst_results
    alias, resolve, edge_args = f.alias, f.resolve, f.edge_args
    for block in blocks:
        for inst in block_insts[block]:
            for result in inst_results[inst]:
                defining[result] = inst
            for arg in inst_args[inst]:
                uses[arg if alias[arg] == arg else resolve(arg)] += 1
        for edge in f.successors(block):
            for arg in edge_args[edge]:
                uses[arg if alias[arg] == arg else resolve(arg)] += 1
    use_count = uses.__getitem__   # any(map(use_count, results)): some result is used
    dead = set()
    work = [inst for block in blocks for inst in block_insts[block]
            if inst_op[inst] in _DELETABLE and not any(map(use_count, inst_results[inst]))]
    while work:
        inst = work.pop()
        if inst in dead:
            continue
        dead.add(inst)
        for arg in inst_args[inst]:
            value = resolve(arg)
            uses[value] -= 1
            producer = defining[value]
            if (uses[value] == 0 and producer >= 0 and inst_op[producer] in _DELETABLE
                    and not any(map(use_count, inst_results[producer]))):
                work.append(producer)
    if dead:
        for block in blocks:
            block_insts[block] = [i for i in block_insts[block] if i not in dead]
    return f
