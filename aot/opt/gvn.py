"""Global value numbering: a pure instruction equal to one that dominates it is replaced.

Walks the dominator tree with a scoped table keyed by (opcode, argument values,
immediate, result types); an instruction found in the table makes its results
aliases of the earlier ones (DCE then removes it).  Only PURE instructions take
part, so no store, call or trap can come between two merged computations and
change the answer.  A function with no PURE opcode twice has nothing to merge and is
left as it is.
"""

from __future__ import annotations

from ..ir import function as ir
from ..ir.dominators import dominator_tree
from .effects import PURE


def number_values(f: ir.IRFunction) -> ir.IRFunction:
    if not _repeats_pure_opcode(f):
        return f   # no opcode twice (most small functions): no key can repeat, no dominator tree needed
    inst_op = f.inst_op
    tree = dominator_tree(f)
    block_insts, inst_args, inst_imm, inst_results = f.block_insts, f.inst_args, f.inst_imm, f.inst_results
    value_type, alias, resolve = f.value_type, f.alias, f.resolve
    table: dict = {}
    added: list = []   # keys in the order they entered the table
    marks: list = []   # len(added) when each open dominator-tree scope began
    stack = [(tree.order[0], False)]
    while stack:
        block, leaving = stack.pop()
        if leaving:
            mark = marks.pop()
            while len(added) > mark:
                del table[added.pop()]
            continue
        marks.append(len(added))
        for inst in block_insts[block]:
            opcode = inst_op[inst]
            if opcode not in PURE:
                continue
            results = inst_results[inst]
            key = (opcode, tuple(map(resolve, inst_args[inst])),
                   inst_imm[inst], tuple(map(value_type.__getitem__, results)))
            earlier = table.get(key)
            if earlier is None:
                table[key] = results
                added.append(key)
            else:
                for result, replacement in zip(results, earlier):
                    alias[result] = replacement
        stack.append((block, True))
        for child in reversed(tree.children[block]):
            stack.append((child, False))
    return f


def _repeats_pure_opcode(f: ir.IRFunction) -> bool:
    """Whether some PURE opcode occurs twice in f's reachable blocks (found at the first repeat)."""
    inst_op, block_insts = f.inst_op, f.block_insts
    seen = set()
    for block in f.reachable_blocks():
        for opcode in map(inst_op.__getitem__, block_insts[block]):
            if opcode in PURE:
                if opcode in seen:
                    return True
                seen.add(opcode)
    return False
