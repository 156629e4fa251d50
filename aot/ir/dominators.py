"""Dominator tree of an IR function (Cooper, Harvey and Kennedy's iterative algorithm).

`idom[b]` is the immediate dominator of reachable block b (the entry is its own;
unreachable blocks get -1); `children[b]` lists the blocks b immediately
dominates, in reverse postorder.
"""

from __future__ import annotations

from .function import IRFunction


class DominatorTree:
    def __init__(self, f: IRFunction):
        order = f.reachable_blocks()
        position = [-1] * len(f.block_insts)
        for index, block in enumerate(order):
            position[block] = index
        preds: list[list[int]] = [[] for _ in f.block_insts]
        for block in order:
            for edge in f.successors(block):
                preds[f.edge_block[edge]].append(block)
        idom = [-1] * len(f.block_insts)
        idom[order[0]] = order[0]
        changed = True
        while changed:
            changed = False
            for block in order[1:]:
                new = -1
                for pred in preds[block]:
                    if idom[pred] < 0:
                        continue
                    if new < 0:
                        new = pred
                        continue
                    a, b = pred, new
                    while a != b:
                        while position[a] > position[b]:
                            a = idom[a]
                        while position[b] > position[a]:
                            b = idom[b]
                    new = a
                if idom[block] != new:
                    idom[block] = new
                    changed = True
        self.order = order
        self.idom = idom
        self.children: list[list[int]] = [[] for _ in f.block_insts]
        for block in order[1:]:
            self.children[idom[block]].append(block)
