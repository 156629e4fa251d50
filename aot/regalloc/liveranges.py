"""Live ranges, use positions and fixed-register reservations (see liveness.py for points).

One backward walk per block, starting from its live-out set, produces for each
vreg a sorted list of half-open point ranges [from, to) (adjacent ones joined),
its use positions, and the instruction defining it (def_inst: -1 for none, as a
block param has, -2 for several).  A use is recorded with:
  pos      the point it happens at (2i for uses and early defs, 2i+1 for defs);
  reg      1 when the operand needs a register there (REG, and reused operands),
           0 when any location will do (ANY; FIXED and STACK operands, which
           moves satisfy; the source of a reuse copy);
  weight   its spill cost: 1000 for register uses, 250 otherwise, times 4 per
           loop level (capped at 8 levels);
  hint     the preg a FIXED operand wants, else -1.

FIXED operands never constrain a bundle.  Instead the preg is reserved for that
vreg at that point (`fixed`: (preg, from, to, vreg)), the bundle is hinted
towards it, and the move phase copies the value in or out when the bundle lives
elsewhere.  Clobbers reserve their pregs at the late point (`clobbers`:
(point, pregs)), except pregs the instruction defines as FIXED outputs.

Reused inputs (`REUSE` def operand d reading the register of input operand k):
  - when the input vreg u dies at the instruction, u's use and d's def are
    ordinary register operands at 2i / 2i+1 and (u, d) is listed in
    `reuse_merges`: one bundle then gives both the same register;
  - otherwise d is an early def (its register is written before the
    instruction) and the move phase copies u into it: (inst, def op, input op)
    is listed in `reuse_copies`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import filterfalse
from types import MappingProxyType

from ..machinst.vcode import ANY, EARLY_DEF, FIXED, REG, REUSE, USE, VCode
from .liveness import ControlFlow

REG_USE_WEIGHT = 1000
ANY_USE_WEIGHT = 250
MAX_LOOP_LEVELS = 8
# an instruction's fixed defs and reused inputs until it has some (most have none)
_NO_FIXED_DEFS, _NO_REUSED_INPUTS = frozenset(), MappingProxyType({})


@dataclass
class LiveRanges:
    ranges: list[list[tuple[int, int]]]   # per vreg, sorted, disjoint, not adjacent
    use_pos: list[list[int]]              # per vreg, sorted
    use_reg: list[list[int]]
    use_weight: list[list[int]]
    use_hint: list[list[int]]
    def_inst: list[int]                   # per vreg, the instruction defining it; -1 none, -2 several
    fixed: list[tuple[int, int, int, int]] = field(default_factory=list)
    clobbers: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)   # (point, pregs)
    call_points: list[int] = field(default_factory=list)   # late points of clobbering insts
    reuse_merges: list[tuple[int, int]] = field(default_factory=list)
    reuse_copies: set[tuple[int, int, int]] = field(default_factory=set)
    any_operand: set[int] = field(default_factory=set)     # vregs read/written in place by an ANY operand


def build_live_ranges(vcode: VCode, cfg: ControlFlow, live_out: list[set]) -> LiveRanges:
    num_vregs = len(vcode.vreg_class)
    # per vreg, the earliest range found so far ([first_from, first_to), first_from -1 for none),
    # which the walk backwards may still extend, and the later ones (`backwards`, latest first)
    first_from, first_to = [-1] * num_vregs, [0] * num_vregs
    backwards: list[list[tuple[int, int]]] = [[] for _ in range(num_vregs)]
    use_pos: list[list[int]] = [[] for _ in range(num_vregs)]
    use_reg: list[list[int]] = [[] for _ in range(num_vregs)]
    use_weight: list[list[int]] = [[] for _ in range(num_vregs)]
    use_hint: list[list[int]] = [[] for _ in range(num_vregs)]
    def_inst = [-1] * num_vregs
    out = LiveRanges([], use_pos, use_reg, use_weight, use_hint, def_inst)
    insts = vcode.insts

    def add_use(vreg, pos, reg, weight, hint=-1):
        use_pos[vreg].append(pos)
        use_reg[vreg].append(reg)
        use_weight[vreg].append(weight)
        use_hint[vreg].append(hint)

    for block in range(vcode.num_blocks - 1, -1, -1):
        start, end = vcode.block_start[block], vcode.block_end[block]
        scale = 4 ** min(cfg.loop_depth[block], MAX_LOOP_LEVELS)
        reg_weight, any_weight = REG_USE_WEIGHT * scale, ANY_USE_WEIGHT * scale
        open_end = dict.fromkeys(live_out[block], 2 * end)
        for index in range(end - 1, start - 1, -1):
            inst = insts[index]
            operands = inst.operands
            early, late = 2 * index, 2 * index + 1
            fixed_defs = _NO_FIXED_DEFS
            reused_inputs = _NO_REUSED_INPUTS
            for number, (vreg, kind, constraint, extra) in enumerate(operands):   # Operand fields
                if kind == USE:
                    continue
                if constraint == REUSE:
                    source = operands[extra].vreg
                    dies = source not in open_end and source not in reused_inputs.values()
                    if dies and operands[extra].constraint in (REG, ANY):
                        if reused_inputs is _NO_REUSED_INPUTS:
                            reused_inputs = {}
                        reused_inputs[extra] = source
                        out.reuse_merges.append((source, vreg))
                        def_at = late
                    else:
                        out.reuse_copies.add((index, number, extra))
                        def_at = early
                    add_use(vreg, def_at, 1, reg_weight)
                else:
                    def_at = early if kind == EARLY_DEF else late
                    if constraint == FIXED:
                        out.fixed.append((extra, def_at, late + 1, vreg))
                        if fixed_defs is _NO_FIXED_DEFS:
                            fixed_defs = set()
                        fixed_defs.add(extra)
                        add_use(vreg, def_at, 0, any_weight, extra)
                    else:
                        if constraint == ANY:
                            out.any_operand.add(vreg)
                        if constraint == REG:
                            add_use(vreg, def_at, 1, reg_weight)
                        else:
                            add_use(vreg, def_at, 0, any_weight)
                def_inst[vreg] = index if def_inst[vreg] == -1 else -2
                # the range [def_at, its end), joined to the next one when that starts at its end
                range_end = open_end.pop(vreg, late + 1 if def_at == late else early + 2)
                if first_from[vreg] == range_end:
                    first_from[vreg] = def_at
                else:
                    if first_from[vreg] >= 0:
                        backwards[vreg].append((first_from[vreg], first_to[vreg]))
                    first_from[vreg], first_to[vreg] = def_at, range_end
            for number, (vreg, kind, constraint, extra) in enumerate(operands):
                if kind != USE:
                    continue
                if number in reused_inputs:
                    add_use(vreg, early, 1, reg_weight)
                elif constraint == FIXED:
                    out.fixed.append((extra, early, early + 1, vreg))
                    add_use(vreg, early, 0, any_weight, extra)
                else:
                    if constraint == ANY:
                        out.any_operand.add(vreg)
                    if constraint == REG:
                        add_use(vreg, early, 1, reg_weight)
                    else:
                        add_use(vreg, early, 0, any_weight)
                if vreg not in open_end:
                    open_end[vreg] = early + 1
            if inst.clobbers:
                out.call_points.append(late)
                out.clobbers.append((late, inst.clobbers if fixed_defs is _NO_FIXED_DEFS
                                     else tuple(filterfalse(fixed_defs.__contains__, inst.clobbers))))
        block_point = 2 * start
        for vreg, range_end in open_end.items():   # live into the block: [its start, range_end)
            if first_from[vreg] == range_end:
                first_from[vreg] = block_point
            else:
                if first_from[vreg] >= 0:
                    backwards[vreg].append((first_from[vreg], first_to[vreg]))
                first_from[vreg], first_to[vreg] = block_point, range_end

    out.call_points.reverse()
    for vreg, start in enumerate(first_from):
        if start >= 0:
            backwards[vreg].append((start, first_to[vreg]))
    out.ranges = [pieces[::-1] for pieces in backwards]
    for lists in (use_pos, use_reg, use_weight, use_hint):  # recorded backwards
        for uses in lists:
            uses.reverse()
    return out

