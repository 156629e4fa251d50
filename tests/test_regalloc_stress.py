"""Randomised stress test of the backtracking allocator, every case proven by the checker.

Random VCode (an ISA-neutral fake instruction: just operands and clobbers) with
few registers, so pressure is high: loops and forward branches, block params on
every edge, calls that clobber the caller-saved registers, FIXED, REUSE, STACK,
ANY and early-def operands, and rematerialisable constants.  1,000 cases under a
fixed seed by default, and WIDE_CASES more where half the FLOAT values are
wide (128-bit: a call keeps only the low half of the callee-saved FLOAT
register); WASMOON_STRESS_CASES=100000 (and WASMOON_STRESS_SEED)
run more.  A failure names the seed and case so it can be replayed alone.
"""

from __future__ import annotations

import os
import random

import pytest

from wasmoon_aot.aot.machinst.vcode import (ANY, EARLY_DEF, FIXED, FLOAT, INT, REG, REUSE, STACK,
                                            VCode, define, preg, use, Operand)
from wasmoon_aot.aot.regalloc import backtracking
from wasmoon_aot.aot.regalloc.checker import check_allocation
from wasmoon_aot.aot.regalloc.env import RegisterEnv

CASES = int(os.environ.get("WASMOON_STRESS_CASES", "1000"))
WIDE_CASES = CASES // 2
SEED = int(os.environ.get("WASMOON_STRESS_SEED", "20260617"))
CHUNKS = 8

INT_REGS = tuple(preg(INT, n) for n in range(6))
FLOAT_REGS = tuple(preg(FLOAT, n) for n in range(4))
STRESS_ENV = RegisterEnv(
    operand_regs=(INT_REGS[:4], FLOAT_REGS[:3]),
    allocatable=(INT_REGS, FLOAT_REGS),
    callee_saved=frozenset({INT_REGS[4], INT_REGS[5], FLOAT_REGS[3]}),
    scratch=(-1, -1),
    wide_clobbers=frozenset({FLOAT_REGS[3]}),
)
CALLER_SAVED = tuple(r for regs in STRESS_ENV.allocatable for r in regs if r not in STRESS_ENV.callee_saved)


class FakeInst:
    __slots__ = ("op", "operands", "clobbers", "data")

    def __init__(self, op, operands, clobbers=(), data=None):
        self.op, self.operands, self.clobbers, self.data = op, tuple(operands), tuple(clobbers), data

    def __repr__(self):
        return f"{self.op}{list(self.operands)}"


class Generator:
    """Builds one random function; every value is defined before use on every path."""

    def __init__(self, rng: random.Random, wide: bool = False):
        self.rng = rng
        self.vcode = VCode()
        self.wide = wide

    def value(self, cls=None, wide=None):
        cls = self.rng.choice((INT, INT, FLOAT)) if cls is None else cls
        if wide is None:
            wide = self.wide and cls == FLOAT and self.rng.random() < 0.5
        return self.vcode.new_vreg(cls, wide)

    def pick(self, available, cls=None, wide=None):
        pool = [v for v in available if (cls is None or self.vcode.vreg_class[v] == cls)
                and (wide is None or self.vcode.vreg_wide[v] == wide)]
        return self.rng.choice(pool) if pool else None

    def body_inst(self, available, insts):
        rng, vc = self.rng, self.vcode
        kind = rng.choice(("op", "op", "op", "any", "early", "reuse", "fixed", "call", "stack", "const"))
        if kind == "const":
            out = self.value()
            vc.remat[out] = len(insts)
            insts.append(FakeInst("const", [define(out)]))
            available.append(out)
            return
        if kind == "call":
            operands, used = [], set()
            for _ in range(rng.randint(0, 3)):
                arg = self.pick(available)
                reg = rng.choice(STRESS_ENV.allocatable[vc.vreg_class[arg]])
                if reg not in used:
                    used.add(reg)
                    operands.append(use(arg, FIXED, reg))
            results, used = [], set()
            for _ in range(rng.randint(0, 2)):
                out = self.value()
                reg = rng.choice([r for r in CALLER_SAVED if r >> 5 == vc.vreg_class[out]])
                if reg not in used:
                    used.add(reg)
                    operands.append(define(out, FIXED, reg))
                    results.append(out)
            insts.append(FakeInst("call", operands, CALLER_SAVED))
            available.extend(results)
            return
        cls = rng.choice((INT, INT, FLOAT))
        inputs = [v for v in (self.pick(available, cls) for _ in range(rng.randint(1, 3))) if v is not None]
        if not inputs:
            return
        out = self.value(cls)
        if kind == "reuse":
            operands = [use(v) for v in inputs] + [define(out, REUSE, 0)]
        elif kind == "fixed":
            reg = rng.choice(STRESS_ENV.allocatable[cls])
            operands = [use(inputs[0], FIXED, reg)] + [use(v) for v in inputs[1:]]
            operands.append(define(out, FIXED, rng.choice(STRESS_ENV.allocatable[cls])))
        elif kind == "stack":
            operands = [use(inputs[0], STACK)] + [use(v) for v in inputs[1:]] + [define(out, STACK)]
        elif kind == "any":
            operands = [use(v, ANY) for v in inputs] + [define(out, ANY)]
        elif kind == "early":
            operands = [use(v) for v in inputs] + [Operand(out, EARLY_DEF, REG, 0)]
        else:
            operands = [use(v) for v in inputs] + [define(out)]
        insts.append(FakeInst(kind, operands))
        available.append(out)

    def build(self) -> VCode:
        rng, vc = self.rng, self.vcode
        num_blocks = rng.randint(1, 7)
        params = [[] if b == 0 else [self.value() for _ in range(rng.randint(0, 3))] for b in range(num_blocks)]
        entry_values = [self.value(INT), self.value(FLOAT, False)] + [self.value() for _ in range(rng.randint(0, 8))]
        if self.wide:
            entry_values.append(self.value(FLOAT, True))
        bodies, edges = [], []
        for block in range(num_blocks):
            insts = []
            available = list(entry_values) + params[block]
            if block == 0:
                arg_regs = iter(INT_REGS[:4] + FLOAT_REGS[:3])
                operands = []
                for v in entry_values:
                    reg = next((r for r in arg_regs if r >> 5 == vc.vreg_class[v]), None)
                    operands.append(define(v, FIXED, reg) if reg is not None else define(v, ANY))
                insts.append(FakeInst("args", operands))
            for _ in range(rng.randint(1, 12)):
                self.body_inst(available, insts)
            if block == num_blocks - 1:
                rets = [use(v, FIXED, reg) for v, reg in zip(rng.sample(available, min(2, len(available))),
                                                             (INT_REGS[0], INT_REGS[1]))
                        if vc.vreg_class[v] == INT]
                insts.append(FakeInst("ret", rets))
                bodies.append(insts)
                edges.append([])
                continue
            targets = [block + 1]
            if rng.random() < 0.5:
                targets.append(rng.randrange(1, num_blocks))
            cond = self.pick(available, INT)
            if len(targets) == 2 and cond is not None:
                insts.append(FakeInst("branch", [use(cond)]))
            else:
                targets = targets[:1]
                insts.append(FakeInst("jump", []))
            edges.append([(t, self.edge_args(available, params[t])) for t in targets])
            bodies.append(insts)
        self.layout(bodies, edges, params)
        return vc

    def edge_args(self, available, target_params):
        vc = self.vcode
        return [self.pick(available, vc.vreg_class[p], vc.vreg_wide[p] if self.wide else None) for p in target_params]

    def layout(self, bodies, edges, params):
        """Lay the blocks out; edges leaving a two-way branch get a jump block of their own."""
        vc = self.vcode
        extra = []
        for block, insts in enumerate(bodies):
            vc.block_start.append(len(vc.insts))
            vc.insts.extend(insts)
            vc.block_end.append(len(vc.insts))
            vc.block_params.append(params[block])
            if len(edges[block]) == 1:
                vc.block_succs.append(edges[block])
                continue
            succs = []
            for target, args in edges[block]:
                succs.append((len(bodies) + len(extra), []))
                extra.append((target, args))
            vc.block_succs.append(succs)
        for target, args in extra:
            vc.block_start.append(len(vc.insts))
            vc.insts.append(FakeInst("jump", []))
            vc.block_end.append(len(vc.insts))
            vc.block_params.append([])
            vc.block_succs.append([(target, args)])
        # remat maps each constant's vreg to its instruction's final index
        offsets, at = {}, 0
        for block, insts in enumerate(bodies):
            for local, inst in enumerate(insts):
                offsets[id(inst)] = at + local
            at += len(insts)
        vc.remat = {v: offsets[id(inst)] for v, inst in self.remat_insts(bodies)}

    def remat_insts(self, bodies):
        for insts in bodies:
            for inst in insts:
                if inst.op == "const":
                    yield inst.operands[0].vreg, inst


def run_case(seed: int, case: int, wide: bool = False) -> None:
    vcode = Generator(random.Random(seed * 1_000_003 + case), wide).build()
    name = f"seed {seed} case {case}" + (" (wide)" if wide else "")
    check_allocation(vcode, backtracking.allocate(vcode, STRESS_ENV), STRESS_ENV, name)


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_random_vcode(chunk):
    for case in range(chunk, CASES, CHUNKS):
        run_case(SEED, case)


@pytest.mark.parametrize("chunk", range(CHUNKS // 2))
def test_random_vcode_with_wide_values(chunk):
    for case in range(chunk, WIDE_CASES, CHUNKS // 2):
        run_case(SEED, case, wide=True)


def test_generator_makes_pressure_calls_and_loops():
    """The generator is only worth its cases if it makes what it claims to."""
    spills = calls = loops = 0
    for case in range(200):
        vcode = Generator(random.Random(case)).build()
        stats = backtracking.allocate(vcode, STRESS_ENV).stats
        spills += stats["spills"] + stats["remats"]
        calls += any(inst.op == "call" for inst in vcode.insts)
        loops += any(t <= b for b in range(vcode.num_blocks) for t, _ in vcode.block_succs[b])
    assert spills > 100 and calls > 100 and loops > 50
