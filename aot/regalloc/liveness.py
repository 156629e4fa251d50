"""Control-flow facts and exact liveness for the backtracking allocator.

Program points: instruction i has two, early = 2i (uses are read, early defs
written) and late = 2i + 1 (defs written, clobbers happen).  Block b covers the
points [2 * block_start[b], 2 * block_end[b]).  Moves "before instruction i" run
in the gap just before point 2i.

Block parameters are phi-moves: a param is defined at its block's first point,
and each predecessor's edge arguments are used at the very end of that
predecessor.  So
    live_out[b] = U over edges (b -> s, args):  (live_in[s] - params[s]) | args
    live_in[b]  = upward_uses[b] | (live_out[b] - defs[b])
solved to a fixpoint over postorder (one pass when there is no loop); a block is
visited again only when a successor's live_in has grown since its last visit.
Sets are Python sets of vregs (sparse: cost follows the number of live values,
not the number of vregs).

Loop depth per block comes from natural loops: a DFS from the entry finds back
edges (edges to a block still on the DFS stack; Wasm control flow is
reducible), and each loop header's body is flooded backwards from its latches.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..machinst.vcode import USE, VCode


@dataclass
class ControlFlow:
    preds: list[list[int]]
    succs: list[list[int]]
    postorder: list[int]          # reachable blocks, successors before predecessors
    loop_depth: list[int]


def control_flow(vcode: VCode) -> ControlFlow:
    num_blocks = vcode.num_blocks
    succs = [[target for target, _ in vcode.block_succs[b]] for b in range(num_blocks)]
    preds: list[list[int]] = [[] for _ in range(num_blocks)]
    for block in range(num_blocks):
        for target in succs[block]:
            preds[target].append(block)
    on_stack = [False] * num_blocks
    seen = [False] * num_blocks
    postorder: list[int] = []
    latches: dict[int, list[int]] = {}
    if num_blocks:
        stack = [(0, 0)]
        seen[0] = on_stack[0] = True
        while stack:
            block, next_edge = stack[-1]
            if next_edge < len(succs[block]):
                stack[-1] = (block, next_edge + 1)
                target = succs[block][next_edge]
                if on_stack[target]:
                    latches.setdefault(target, []).append(block)
                elif not seen[target]:
                    seen[target] = on_stack[target] = True
                    stack.append((target, 0))
            else:
                stack.pop()
                on_stack[block] = False
                postorder.append(block)
    loop_depth = [0] * num_blocks
    for header, tails in latches.items():
        body = {header}
        work = [t for t in tails if t != header]
        body.update(work)
        while work:
            block = work.pop()
            for pred in preds[block]:
                if pred not in body and seen[pred]:
                    body.add(pred)
                    work.append(pred)
        for block in body:
            loop_depth[block] += 1
    return ControlFlow(preds, succs, postorder, loop_depth)


def block_liveness(vcode: VCode, cfg: ControlFlow) -> tuple[list[set], list[set]]:
    """(live_in, live_out) per block; block params are not in their block's live_in."""
    num_blocks = vcode.num_blocks
    upward: list[set] = [set() for _ in range(num_blocks)]
    defined: list[set] = [set() for _ in range(num_blocks)]
    insts = vcode.insts
    for block in range(num_blocks):
        uses, defs = upward[block], defined[block]
        for index in range(vcode.block_end[block] - 1, vcode.block_start[block] - 1, -1):
            operands = insts[index].operands
            for vreg, kind, _, _ in operands:   # Operand fields
                if kind != USE:   # a def or an early def
                    defs.add(vreg)
                    uses.discard(vreg)
            for vreg, kind, _, _ in operands:
                if kind == USE:
                    uses.add(vreg)
        for param in vcode.block_params[block]:
            defs.add(param)
            uses.discard(param)
    live_in: list[set] = [set() for _ in range(num_blocks)]
    live_out: list[set] = [set() for _ in range(num_blocks)]
    params = [set(p) for p in vcode.block_params]
    # Without a loop every successor comes before its block in postorder: one pass is the fixpoint.
    acyclic = not any(cfg.loop_depth)
    stale = [True] * num_blocks   # whether a successor's live_in changed since the block's last visit
    changed = True
    while changed:
        changed = False
        for block in cfg.postorder:
            if not stale[block]:
                continue   # its sets would come out as they are
            stale[block] = False
            out: set = set()
            for target, args in vcode.block_succs[block]:
                out |= live_in[target] - params[target] if params[target] else live_in[target]
                out.update(args)
            if len(out) != len(live_out[block]):
                live_out[block] = out
            new_in = upward[block] | (out - defined[block])
            if len(new_in) != len(live_in[block]):
                live_in[block] = new_in
                changed = True
                for pred in cfg.preds[block]:
                    stale[pred] = True
        if acyclic:
            break
    return live_in, live_out
