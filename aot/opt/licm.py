"""Loop-invariant code motion: pure computations a loop repeats move to its preheader.

Natural loops come from back edges (an edge to a block that dominates its
source); back edges sharing a header make one loop.  A loop forest is built
innermost first: `loop_of[b]` is the header of the innermost loop holding block
b, `parent[h]` the header of the loop enclosing loop h (-1 at top level).

Loops are then visited innermost first.  Each gets a preheader: the unique
block entering the header from outside when it ends in an unconditional JUMP,
else a new block that takes over the entering edges and jumps to the header.
A PURE instruction (no traps, no memory: effects.PURE) of a block the loop owns
directly, whose arguments are all defined outside the loop or by instructions
already hoisted, moves to the end of the preheader, in the order met (so its
arguments stay defined before it).  Blocks of inner loops need no scan: what is
invariant in the outer loop is invariant in the inner one and already sits in
the inner loop's preheader, a block the outer loop owns.  Hoisting is
speculative for instructions under a condition in the loop; pure instructions
cannot fault, so only their cost moves.  Scalar constants move out of innermost
loops only (where the allocator keeps them in registers, or rematerializes them),
not out of loops holding other loops; v128 constants leave every loop (32 vector
registers, and a spilled one is rematerialized in one instruction, as Cranelift
hoists them).

A hoisted value is live across its whole loop, in every block of it (inner loops'
included), so the values hoisted times the loop's blocks is capped: a loop of B
blocks hoists at most max(HOIST_FLOOR, HOISTED_LIVE_INS // B) instructions, the
first met.  Without a cap, a C switch of 4,000 cases in a loop, each setting a
variable from its own constant, hoisted 4,000 constants, and each of its 4,000
blocks had 4,000 values live in (quadratic allocation, for constants the
allocator then rematerialized anyway).
Constants that one move makes are hoisted like the others: kept where they are
used instead, they cost more executed instructions than they saved (chacha20
+12%, jacobi2d +7%, mandelbrot +4%, sha256 -7%), as the allocator keeps hoisted
ones in registers when it has them.
"""

from __future__ import annotations

from ..ir import function as ir
from ..ir.dominators import DominatorTree, dominator_tree
from .effects import PURE

# Constants leave innermost loops only: hoisted further they would pile up at the
# function's entry, live across every loop (lu +30%, sha256 +10% instructions).
_NON_CONSTANT = PURE - {ir.CONST}
# What leaves a loop of B blocks at most: max(HOIST_FLOOR, HOISTED_LIVE_INS // B)
# instructions.  The bench kernels (66 at most, poly1305) and zstd (195 out of loops of
# 181 blocks) stay under it, so their code is as without a cap.
HOIST_FLOOR = 16
HOISTED_LIVE_INS = 65_536


def _movable(f: ir.IRFunction, inst: int, outer: bool) -> bool:
    """Whether `inst` may leave a loop (one holding other loops if `outer`) once invariant."""
    opcode = f.inst_op[inst]
    if opcode != ir.CONST:
        return opcode in _NON_CONSTANT
    return not outer or f.value_type[f.inst_results[inst][0]] == "v128"


def hoist_loop_invariants(f: ir.IRFunction) -> ir.IRFunction:
    order = f.reachable_blocks()
    if not _has_retreating_edge(f, order):
        return f
    forest = _LoopForest(f, order)
    if not forest.headers:
        return f
    block_insts, inst_args, inst_results = f.block_insts, f.inst_args, f.inst_results
    alias, resolve, inside = f.alias, f.resolve, forest.inside
    def_block = [-1] * len(f.value_type)
    for block in order:
        for param in f.block_params[block]:
            def_block[param] = block
        for inst in block_insts[block]:
            for result in inst_results[inst]:
                def_block[result] = block
    outer_loops = set(forest.parent.values())
    inner_blocks: dict[int, int] = {}   # header -> blocks of the loops it encloses, as met
    for header in reversed(forest.headers):  # a loop's header follows its enclosing loop's
        blocks = forest.owned_blocks(header)
        size = len(blocks) + inner_blocks.get(header, 0)
        enclosing = forest.parent[header]
        if enclosing >= 0:
            inner_blocks[enclosing] = inner_blocks.get(enclosing, 0) + size
        preheader = forest.preheader(header, def_block)
        if preheader < 0:
            continue
        outer = header in outer_loops
        budget = max(HOIST_FLOOR, HOISTED_LIVE_INS // size)
        hoisted: list[int] = []
        for block in blocks:
            kept = []
            for inst in block_insts[block]:
                if len(hoisted) < budget and _movable(f, inst, outer):
                    for arg in inst_args[inst]:
                        if inside(def_block[arg if alias[arg] == arg else resolve(arg)], header):
                            kept.append(inst)
                            break
                    else:
                        hoisted.append(inst)
                        for result in inst_results[inst]:
                            def_block[result] = preheader
                else:
                    kept.append(inst)
            if len(kept) != len(block_insts[block]):
                block_insts[block] = kept
        if hoisted:
            block_insts[preheader][-1:-1] = hoisted
    return f


def _has_retreating_edge(f: ir.IRFunction, order: list[int]) -> bool:
    """Whether an edge goes back in reverse postorder `order`.  A back edge always does (its
    target dominates its source, so comes first), so without one there is no loop: most
    small functions skip building the loop forest and its dominator tree."""
    rank = [-1] * len(f.block_insts)
    for position, block in enumerate(order):
        rank[block] = position
    edge_block = f.edge_block
    for block in order:
        for edge in f.successors(block):
            if rank[edge_block[edge]] <= rank[block]:
                return True
    return False


class _LoopForest:
    """The natural loops of a function's reachable blocks, and their preheaders."""

    def __init__(self, f: ir.IRFunction, order: list[int]):
        self.f = f
        count = len(f.block_insts)
        self.rank: list[float] = [-1] * count   # position in reverse postorder
        for position, block in enumerate(order):
            self.rank[block] = position
        self.entering: list[list[int]] = [[] for _ in range(count)]   # edges into each block
        self.source: dict[int, int] = {}                               # edge -> its block
        for block in order:
            for edge in f.successors(block):
                self.entering[f.edge_block[edge]].append(edge)
                self.source[edge] = block
        tree = dominator_tree(f)
        first, last = _dominator_intervals(tree, count)
        back_sources: dict[int, list[int]] = {}
        for block in order:
            for edge in f.successors(block):
                target = f.edge_block[edge]
                if first[target] <= first[block] and last[block] <= last[target]:
                    back_sources.setdefault(target, []).append(block)
        self.headers = [block for block in order if block in back_sources]
        self.loop_of = [-1] * count
        self.parent: dict[int, int] = {}
        for header in reversed(self.headers):
            self._collect_body(header, back_sources[header])
        self.owned: dict[int, list[int]] = {header: [] for header in self.headers}
        for block in order:
            loop = self.loop_of[block]
            if loop >= 0 and loop != block:
                self.owned[loop].append(block)
        self.unsorted: set[int] = set()   # loops owning a new preheader, out of order

    def _collect_body(self, header: int, back_sources: list[int]) -> None:
        """Claim for `header` the unclaimed blocks reaching its back edges; inner loops
        met on the way get `header` as their parent."""
        loop_of, parent = self.loop_of, self.parent
        loop_of[header] = header
        parent[header] = -1
        work = list(back_sources)
        while work:
            block = work.pop()
            if loop_of[block] < 0:
                loop_of[block] = header
                work.extend(self.source[edge] for edge in self.entering[block])
                continue
            top = loop_of[block]
            while parent[top] >= 0:
                top = parent[top]
            if top != header:
                parent[top] = header
                work.extend(self.source[edge] for edge in self.entering[top])

    def inside(self, block: int, header: int) -> bool:
        """Whether `block` belongs to the loop headed by `header` (at any depth)."""
        loop = self.loop_of[block]
        parent = self.parent
        while loop >= 0 and loop != header:
            loop = parent[loop]
        return loop == header

    def owned_blocks(self, header: int) -> list[int]:
        """The blocks of the loop outside its inner loops, header first, in reverse postorder
        (preheaders made for inner loops included)."""
        blocks = self.owned[header]
        if header in self.unsorted:
            blocks.sort(key=self.rank.__getitem__)
            self.unsorted.discard(header)
        return [header] + blocks

    def preheader(self, header: int, def_block: list[int]) -> int:
        """The block before `header` on every entry into its loop, made if needed
        (-1 when the loop is entered only by the function's entry: the header is block 0)."""
        f = self.f
        entering = [edge for edge in self.entering[header] if not self.inside(self.source[edge], header)]
        if not entering:
            return -1
        if len(entering) == 1:
            source = self.source[entering[0]]
            if f.inst_op[f.block_insts[source][-1]] == ir.JUMP:
                return source
        block = f.new_block()
        if len(entering) == 1:   # the one edge's arguments move to the new jump
            args = f.edge_args[entering[0]]
            f.edge_args[entering[0]] = []
        else:                    # several edges: the new block merges them in its params
            args = [f.new_value(f.value_type[param]) for param in f.block_params[header]]
            f.block_params[block] = list(args)
        offset = f.inst_offset[f.block_insts[self.source[entering[0]]][-1]]
        for edge in entering:
            f.edge_block[edge] = block
        jump = f.new_edge(header, args)
        f.add_inst(block, ir.JUMP, imm=jump, offset=offset)
        f.cfg_changed()
        def_block.extend([block] * (len(f.value_type) - len(def_block)))
        self.rank.append(self.rank[header] - 0.5)
        self.entering.append(entering)
        self.entering[header] = [edge for edge in self.entering[header] if edge not in entering] + [jump]
        self.source[jump] = block
        enclosing = self.parent[header]
        self.loop_of.append(enclosing)
        if enclosing >= 0:
            self.owned[enclosing].append(block)
            self.unsorted.add(enclosing)
        return block


def _dominator_intervals(tree: DominatorTree, count: int) -> tuple[list[int], list[int]]:
    """Preorder numbers of the dominator tree: a dominates b iff b's [first, last] lies
    within a's."""
    first = [-1] * count
    last = [-1] * count
    counter = 0
    stack = [(tree.order[0], False)]
    while stack:
        block, leaving = stack.pop()
        if leaving:
            last[block] = counter
            continue
        counter += 1
        first[block] = counter
        stack.append((block, True))
        for child in tree.children[block]:
            stack.append((child, False))
    return first, last
