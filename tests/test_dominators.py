"""The dominator tree against the definition (random control-flow graphs), and its
cost on a join with thousands of deep predecessors."""

from __future__ import annotations

import random
import time

from bench import shapes  # tests/bench/shapes.py
from wasmoon_aot.aot.compiler import cyclic_gc_paused
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.ir.dominators import DominatorTree
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.wasm import decode_module, validate_module


class Graph:
    """What DominatorTree reads of an IR function: one edge per (block, successor)."""

    def __init__(self, succs: list[list[int]]):
        self.block_insts = [[] for _ in succs]
        self.edge_block = [target for targets in succs for target in targets]
        self.edges, at = [], 0
        for targets in succs:
            self.edges.append(list(range(at, at + len(targets))))
            at += len(targets)

    def successors(self, block: int) -> list[int]:
        return self.edges[block]

    def reachable_blocks(self) -> list[int]:
        seen, post = {0}, []
        stack = [(0, iter(self.successors(0)))]
        while stack:
            block, edges = stack[-1]
            for edge in edges:
                if self.edge_block[edge] not in seen:
                    seen.add(self.edge_block[edge])
                    stack.append((self.edge_block[edge], iter(self.successors(self.edge_block[edge]))))
                    break
            else:
                post.append(stack.pop()[0])
        return post[::-1]


def _dominators_by_definition(succs: list[list[int]]) -> list[set[int]]:
    """dom(b): the blocks on every path from the entry to b (b unreachable: empty)."""
    count = len(succs)

    def reachable(without: int) -> set[int]:
        seen, stack = set(), [0] if without != 0 else []
        while stack:
            block = stack.pop()
            if block not in seen:
                seen.add(block)
                stack += [t for t in succs[block] if t != without]
        return seen

    everywhere = reachable(-1)
    doms = [set() for _ in range(count)]
    for d in range(count):
        cut_off = everywhere - reachable(d)
        for block in everywhere:
            if block == d or block in cut_off:
                doms[block].add(d)
    return doms


def test_idom_matches_the_definition_on_random_graphs():
    rng = random.Random(5)
    for _ in range(300):
        count = rng.randrange(1, 14)
        succs = [[rng.randrange(count) for _ in range(rng.choice((0, 1, 2, 2, 3)))] for _ in range(count)]
        tree = DominatorTree(Graph(succs))
        doms = _dominators_by_definition(succs)
        for block in range(count):
            if not doms[block]:
                assert tree.idom[block] == -1
            elif block == 0:
                assert tree.idom[0] == 0
            else:  # the strict dominator that all the others dominate
                strict = doms[block] - {block}
                assert tree.idom[block] in strict
                assert strict <= doms[tree.idom[block]], (succs, block)


def _dominator_seconds(depth: int) -> float:
    module = decode_module(shapes.nested_exits(depth))
    validate_module(module)
    f = build_function(ModuleEnv(module), 0)
    best = float("inf")
    with cyclic_gc_paused():   # as the compiler compiles functions
        for _ in range(3):
            started = time.process_time()
            DominatorTree(f)
            best = min(best, time.process_time() - started)
    return best


def test_a_join_of_many_deep_predecessors_costs_linear_time():
    """Blocks left from each of `depth` levels: 4x the depth cost 16x the time (0.12 s
    -> 1.96 s from 2000 to 8000) with the iterative algorithm, which walks up from
    every predecessor; now about 4-6x (a little over 4 from memory effects)."""
    small, large = _dominator_seconds(4000), _dominator_seconds(16000)
    assert large / small < 10, f"{small:.3f}s at 4000, {large:.3f}s at 16000"
