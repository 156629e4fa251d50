"""The allocation checker: symbolic execution proving every use reads its vreg's value.

State: for each location (preg or slot), the set of vregs whose current value
it holds.  Executing, in order, per instruction:
  edits before          dst := state[src] (a remat source -1-v gives {v});
  the instruction       uses must find their vreg in their location; then
                        clobbers empty their pregs, a call (an instruction with
                        clobbers) takes the wide vregs out of the pregs it keeps
                        only 64 bits of (RegisterEnv.wide_clobbers), and each
                        def writes {vreg} into its location, after removing vreg
                        everywhere else (its older value is stale);
  edits after;
and along each edge (b -> s, args) the block params: every location holding
args[k] also holds params[k] (stale copies of the params removed first).
Slots are 8-byte units; a wide value's slot is two of them at an even index, so
writing one unit also ends a wide value in the unit's 16-byte neighbour.  Block
entry states meet (set intersection per location) over the predecessors,
iterated to a fixpoint.  The final pass also checks the operand constraints:
FIXED operands sit in their preg, REG ones in an allocatable register of their
class, STACK ones in a slot, a REUSE def shares its input's location, two defs
never share one, an early def never shares a use's location, no move crosses
register classes, a wide vreg's slot is a 16-byte one, and no 8-byte move
carries a wide value.  Any failure raises RegallocCheckError naming the
function, instruction and vreg.
"""

from __future__ import annotations

from ..machinst.vcode import (EARLY_DEF, FIXED, REG, REUSE, SLOT_BASE, STACK, USE, WIDE, Allocation, VCode,
                              kind_class, move_kind)
from .env import RegisterEnv


class RegallocCheckError(Exception):
    pass


class _Checker:
    def __init__(self, vcode: VCode, alloc: Allocation, env: RegisterEnv, name: str):
        self.vcode, self.alloc, self.env, self.name = vcode, alloc, env, name
        self.allocatable = [frozenset(regs) for regs in env.allocatable]
        self.scratch = frozenset(r for r in env.scratch if r >= 0)
        self.wide = vcode.vreg_wide
        self.kinds = [move_kind(cls, wide) for cls, wide in zip(vcode.vreg_class, vcode.vreg_wide)]

    def fail(self, index: int, message: str):
        op = getattr(self.vcode.insts[index], "op", "?") if 0 <= index < len(self.vcode.insts) else "?"
        raise RegallocCheckError(f"{self.name}: instruction {index} ({op}): {message}")

    def location_ok(self, loc: int, cls: int, wide: bool = False) -> bool:
        if loc >= SLOT_BASE:
            units = 2 if wide else 1
            return loc + units <= SLOT_BASE + self.alloc.num_slots and not (wide and (loc - SLOT_BASE) & 1)
        return 0 <= loc and loc >> 5 == cls

    def holds_wide(self, held) -> bool:
        return any(self.wide[vreg] for vreg in held)

    def write(self, state: dict, loc: int, value: frozenset, wide: bool) -> None:
        """`value` (or nothing, when empty) is now in loc, `wide` bytes of it written."""
        if loc >= SLOT_BASE:
            if self.holds_wide(state.get(loc - 1, ())):
                del state[loc - 1]
            if wide:
                state.pop(loc + 1, None)
        if value:
            state[loc] = value
        else:
            state.pop(loc, None)

    def run_moves(self, index: int, moves, state: dict, checking: bool) -> None:
        for src, dst, kind in moves:
            cls, wide = kind_class(kind), kind == WIDE
            value = frozenset((-1 - src,)) if src < 0 else state.get(src, frozenset())
            if checking:
                if not self.location_ok(dst, cls, wide) or (src >= 0 and not self.location_ok(src, cls, wide)):
                    self.fail(index, f"move {src} -> {dst} leaves class {cls} or the frame")
                if src < 0 and (-1 - src not in self.vcode.remat or self.kinds[-1 - src] != kind):
                    self.fail(index, f"rematerialises v{-1 - src}, which is no constant of kind {kind}")
                if not wide and self.holds_wide(value):
                    carried = min(v for v in value if self.wide[v])
                    self.fail(index, f"an 8-byte move {src} -> {dst} carries wide v{carried}")
            if not wide:
                value = frozenset(vreg for vreg in value if not self.wide[vreg])
            self.write(state, dst, value, wide)

    def define(self, state: dict, vreg: int, loc: int) -> None:
        for other, held in list(state.items()):
            if vreg in held:
                rest = held - {vreg}
                if rest:
                    state[other] = rest
                else:
                    del state[other]
        self.write(state, loc, frozenset((vreg,)), self.wide[vreg])

    def check_operands(self, index: int, inst, allocs) -> None:
        classes = self.vcode.vreg_class
        use_locs = set()
        def_locs = set()
        for number, (op, loc) in enumerate(zip(inst.operands, allocs)):
            cls = classes[op.vreg]
            if not self.location_ok(loc, cls, self.wide[op.vreg]):
                self.fail(index, f"v{op.vreg} in {loc}, not a location of class {cls}")
            if op.constraint == FIXED and loc != op.extra:
                self.fail(index, f"v{op.vreg} must be in preg {op.extra}, is in {loc}")
            if op.constraint in (REG, REUSE) and loc not in self.allocatable[cls]:
                self.fail(index, f"v{op.vreg} needs an allocatable register, got {loc}")
            if op.constraint == STACK and loc < SLOT_BASE:
                self.fail(index, f"v{op.vreg} needs a stack slot, got {loc}")
            if op.constraint == REUSE and allocs[op.extra] != loc:
                self.fail(index, f"v{op.vreg} must reuse operand {op.extra}'s {allocs[op.extra]}, got {loc}")
            if op.kind == USE:
                use_locs.add(loc)
            else:
                if loc in def_locs:
                    self.fail(index, f"two defs write {loc}")
                def_locs.add(loc)
        for op, loc in zip(inst.operands, allocs):
            if op.kind == EARLY_DEF and loc in use_locs:
                self.fail(index, f"early def v{op.vreg} shares {loc} with a use")

    def run_block(self, block: int, state: dict, checking: bool) -> dict:
        vcode, alloc = self.vcode, self.alloc
        for index in range(vcode.block_start[block], vcode.block_end[block]):
            inst = vcode.insts[index]
            allocs = alloc.allocs[index]
            self.run_moves(index, alloc.edits_before.get(index, ()), state, checking)
            if checking:
                if len(allocs) != len(inst.operands):
                    self.fail(index, "operand count differs from allocation count")
                self.check_operands(index, inst, allocs)
            for op, loc in zip(inst.operands, allocs):
                if op.kind == USE and checking and op.vreg not in state.get(loc, ()):
                    held = sorted(state.get(loc, ()))
                    self.fail(index, f"use of v{op.vreg} reads {loc}, which holds {held or 'nothing'}")
            for preg in self.scratch:
                state.pop(preg, None)
            for preg in inst.clobbers:
                state.pop(preg, None)
            if inst.clobbers:
                for preg in self.env.wide_clobbers:
                    held = state.get(preg, ())
                    if self.holds_wide(held):
                        self.write(state, preg, frozenset(v for v in held if not self.wide[v]), False)
            for op, loc in zip(inst.operands, allocs):
                if op.kind != USE:
                    self.define(state, op.vreg, loc)
            self.run_moves(index, alloc.edits_after.get(index, ()), state, checking)
        return state

    def edge_state(self, exit_state: dict, target: int, args) -> dict:
        params = self.vcode.block_params[target]
        if not params:
            return exit_state
        stale = set(params)
        state = {}
        for loc, held in exit_state.items():
            new = held - stale
            for arg, param in zip(args, params):
                if arg in held:
                    new = new | {param}
            if new:
                state[loc] = frozenset(new)
        return state

    def run(self) -> None:
        vcode = self.vcode
        num_blocks = vcode.num_blocks
        entry: list = [None] * num_blocks
        if num_blocks:
            entry[0] = {}
        changed = True
        while changed:
            changed = False
            for block in range(num_blocks):
                if entry[block] is None:
                    continue
                exit_state = self.run_block(block, dict(entry[block]), False)
                for target, args in vcode.block_succs[block]:
                    incoming = self.edge_state(exit_state, target, args)
                    old = entry[target]
                    if old is None:
                        entry[target] = incoming
                        changed = True
                        continue
                    met = {loc: held & incoming[loc] for loc, held in old.items() if loc in incoming}
                    met = {loc: held for loc, held in met.items() if held}
                    if met != old:
                        entry[target] = met
                        changed = True
        for block in range(num_blocks):
            if entry[block] is not None:
                self.run_block(block, dict(entry[block]), True)


def check_allocation(vcode: VCode, alloc: Allocation, env: RegisterEnv, name: str = "function") -> None:
    """Raise RegallocCheckError unless `alloc` is a correct allocation of `vcode`."""
    _Checker(vcode, alloc, env, name).run()
