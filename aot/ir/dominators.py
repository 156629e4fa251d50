"""Dominator tree of an IR function (Lengauer and Tarjan's algorithm, the simple
version with path compression, run on explicit stacks).

`idom[b]` is the immediate dominator of reachable block b (the entry is its own;
unreachable blocks get -1); `children[b]` lists the blocks b immediately
dominates, in reverse postorder.  The cost is near-linear in blocks and edges
whatever the shape: the iterative Cooper-Harvey-Kennedy algorithm walks up the
tree from every predecessor, quadratic when a block has many deep predecessors
(a br_if out of every level of deep nesting).  A function whose blocks are each
entered by one edge (most small ones) needs none of it: each block's idom is
the block that edge leaves.
"""

from __future__ import annotations

from .function import IRFunction

_NONE = -1


def _spanning_tree(f: IRFunction) -> tuple[list[int], list[int], list[int]]:
    """Depth-first preorder from the entry: (vertex by number, number by block
    (-1 if unreachable), parent number by number)."""
    number = [_NONE] * len(f.block_insts)
    vertex, parent = [0], [_NONE]
    number[0] = 0
    stack = [(0, iter(f.successors(0)))]
    while stack:
        block, edges = stack[-1]
        for edge in edges:
            target = f.edge_block[edge]
            if number[target] == _NONE:
                number[target] = len(vertex)
                vertex.append(target)
                parent.append(number[block])
                stack.append((target, iter(f.successors(target))))
                break
        else:
            stack.pop()
    return vertex, number, parent


def _tree_idoms(f: IRFunction, order: list[int]) -> list[int] | None:
    """The immediate dominators when every reachable block but the entry is entered by a
    single edge (each one's idom is then the block that edge leaves), else None: most small
    functions, without the general algorithm's setup."""
    idom = [-1] * len(f.block_insts)
    edge_block = f.edge_block
    for block in order:
        for edge in f.successors(block):
            target = edge_block[edge]
            if idom[target] != -1 or target == order[0]:
                return None
            idom[target] = block
    idom[order[0]] = order[0]
    return idom


def dominator_tree(f: IRFunction) -> "DominatorTree":
    """f's dominator tree, built once until a pass changes its control-flow graph
    (IRFunction.cfg_changed): value numbering and loop-invariant code motion share it."""
    if f.dominators is None:
        f.dominators = DominatorTree(f)
    return f.dominators


class DominatorTree:
    def __init__(self, f: IRFunction):
        order = f.reachable_blocks()
        idom = _tree_idoms(f, order)
        if idom is None:
            idom = self._general_idoms(f, order)
        self.order = order
        self.idom = idom
        self.children: list[list[int]] = [[] for _ in f.block_insts]
        for block in order[1:]:
            self.children[idom[block]].append(block)

    @staticmethod
    def _general_idoms(f: IRFunction, order: list[int]) -> list[int]:
        vertex, number, parent = _spanning_tree(f)
        count = len(vertex)
        preds: list[list[int]] = [[] for _ in range(count)]   # by number, reachable only
        for v in range(count):
            for edge in f.successors(vertex[v]):
                preds[number[f.edge_block[edge]]].append(v)
        semi = list(range(count))
        label = list(range(count))
        ancestor = [_NONE] * count
        dom = [0] * count
        bucket: list[list[int]] = [[] for _ in range(count)]

        def evaluate(v: int) -> int:
            if ancestor[v] == _NONE:
                return v
            path = []
            while ancestor[ancestor[v]] != _NONE:   # compress the path to the forest root
                path.append(v)
                v = ancestor[v]
            for v in reversed(path):
                a = ancestor[v]
                if semi[label[a]] < semi[label[v]]:
                    label[v] = label[a]
                ancestor[v] = ancestor[a]
            return label[path[0]] if path else label[v]

        for w in range(count - 1, 0, -1):
            for v in preds[w]:
                u = evaluate(v)
                if semi[u] < semi[w]:
                    semi[w] = semi[u]
            bucket[semi[w]].append(w)
            p = parent[w]
            ancestor[w] = p
            for v in bucket[p]:
                u = evaluate(v)
                dom[v] = u if semi[u] < semi[v] else p
            bucket[p] = []
        for w in range(1, count):
            if dom[w] != semi[w]:
                dom[w] = dom[dom[w]]

        idom = [-1] * len(f.block_insts)
        idom[vertex[0]] = vertex[0]
        for w in range(1, count):
            idom[vertex[w]] = vertex[dom[w]]
        return idom
