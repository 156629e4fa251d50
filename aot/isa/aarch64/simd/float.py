"""SIMD float family: f32x4/f64x2 arithmetic, comparisons, rounding and conversions, and
the relaxed float operators, on NEON.

Most operators are a short chain of NEON instructions: CHAINS maps each opcode to its
steps, (instruction, arrangement) pairs, the arrangement as encode_neon takes it (the
narrow side of a widening or narrowing instruction); the first step reads the Wasm operands (in
reverse order when the chain says `swapped`), each later one the result of the step
before, and the last defines the operator's result.  They become `vfloat` MInsts
(record VecFloat).  The irregular operators have a lowering function each, whose
docstring is its pattern; they add `vfloat_acc` MInsts (record VecFloat too), the
instructions that also read their destination (bsl, fmla, fmls): operands rd (REUSE
of the accumulator), accumulator, rn, rm.

Wasm semantics on NEON:
  - min/max: fmin/fmax give NaN when either lane is NaN and order -0 below +0, as Wasm.
  - pmin/pmax (b < a ? b : a, a < b ? b : a) are a compare and a bit select, never fmin.
  - lt/le are fcmgt/fcmge with swapped operands; ne is fcmeq and not (true on NaN).
    A compare with a +0.0 vector (all bits zero) takes NEON's compare-with-zero form
    (_ZERO_FORMS), as the integer compares do; NaN lanes compare false there too.
  - NaNs: the default-NaN mode is off, so an operation on a NaN returns that NaN quieted
    (an arithmetic NaN, canonical when the input was), and one that makes a NaN from
    numbers returns the default NaN, which is canonical; neg/abs only touch the sign bit.
  - trunc_sat: fcvtzs/fcvtzu saturate and map NaN to 0, as Wasm wants; the f64x2 forms
    narrow the two 64-bit results with a saturating sqxtn/uqxtn, which zeroes the top half.
  - demote (fcvtn) and the narrowing steps write the low 64 bits and zero the high ones.

Relaxed operators, each the AArch64-native result:
  - relaxed_trunc (all four): the same instructions as trunc_sat (saturating, NaN to 0).
  - relaxed_madd/nmadd: fused, fmla (c + a*b) and fmls (c - a*b) with one rounding; the
    spec allows fused or unfused, and the lowering is deterministic.
  - relaxed_min/max: fmin/fmax, i.e. exactly min/max (NaN propagates, -0 < +0).
"""

from __future__ import annotations

from typing import NamedTuple

from ....machinst.vcode import FLOAT, REUSE, define, use
from ....wasm import opcodes as op
from .. import encode_neon as n


class VecFloat(NamedTuple):
    """One NEON instruction `name` on lanes of `arrangement` (the encoder's spelling)."""
    name: str
    arrangement: str


class Chain(NamedTuple):
    """Steps (instruction, arrangement) applied in turn; `swapped` reverses the Wasm operands."""
    steps: tuple[tuple[str, str], ...]
    swapped: bool = False


# Encoders by instruction name: (rd, rn[, rm], arrangement) -> word.
ENCODERS = {
    "fadd": n.fadd, "fsub": n.fsub, "fmul": n.fmul, "fdiv": n.fdiv, "fmin": n.fmin, "fmax": n.fmax,
    "fsqrt": n.fsqrt, "fabs": n.fabs, "fneg": n.fneg,
    "frintp": n.frintp, "frintm": n.frintm, "frintz": n.frintz, "frintn": n.frintn,
    "fcmeq": n.fcmeq, "fcmgt": n.fcmgt, "fcmge": n.fcmge, "not": n.not_,
    "fcmeq_zero": n.fcmeq_zero, "fcmgt_zero": n.fcmgt_zero, "fcmge_zero": n.fcmge_zero,
    "fcmlt_zero": n.fcmlt_zero, "fcmle_zero": n.fcmle_zero,
    "scvtf": n.scvtf, "ucvtf": n.ucvtf, "fcvtzs": n.fcvtzs, "fcvtzu": n.fcvtzu,
    "sxtl": n.sxtl, "uxtl": n.uxtl, "sqxtn": n.sqxtn, "uqxtn": n.uqxtn,
    "fcvtn": n.fcvtn, "fcvtl": n.fcvtl,
    "bsl": n.bsl, "fmla": n.fmla, "fmls": n.fmls,
}

ARRANGEMENTS = {"f32x4": "4s", "f64x2": "2d"}
PMIN = frozenset({op.F32X4_PMIN, op.F64X2_PMIN})
PMAX = frozenset({op.F32X4_PMAX, op.F64X2_PMAX})
MADD = {op.F32X4_RELAXED_MADD: "fmla", op.F64X2_RELAXED_MADD: "fmla",
        op.F32X4_RELAXED_NMADD: "fmls", op.F64X2_RELAXED_NMADD: "fmls"}


def _chains() -> dict[int, Chain]:
    """Opcode -> its chain, for every operator of the family but pmin/pmax and madd/nmadd."""
    chains = {}
    for shape, lanes in ARRANGEMENTS.items():
        def add(name: str, *steps, swapped=False):
            chains[getattr(op, f"{shape.upper()}_{name}")] = Chain(tuple(steps), swapped)
        for name, inst in (("ADD", "fadd"), ("SUB", "fsub"), ("MUL", "fmul"), ("DIV", "fdiv"),
                           ("MIN", "fmin"), ("MAX", "fmax"), ("RELAXED_MIN", "fmin"), ("RELAXED_MAX", "fmax"),
                           ("SQRT", "fsqrt"), ("ABS", "fabs"), ("NEG", "fneg"), ("CEIL", "frintp"),
                           ("FLOOR", "frintm"), ("TRUNC", "frintz"), ("NEAREST", "frintn"),
                           ("EQ", "fcmeq"), ("GT", "fcmgt"), ("GE", "fcmge")):
            add(name, (inst, lanes))
        add("LT", ("fcmgt", lanes), swapped=True)
        add("LE", ("fcmge", lanes), swapped=True)
        add("NE", ("fcmeq", lanes), ("not", "16b"))
    for sign, convert, trunc, extend, narrow in (("S", "scvtf", "fcvtzs", "sxtl", "sqxtn"),
                                                 ("U", "ucvtf", "fcvtzu", "uxtl", "uqxtn")):
        chains[getattr(op, f"F32X4_CONVERT_I32X4_{sign}")] = Chain(((convert, "4s"),))
        chains[getattr(op, f"F64X2_CONVERT_LOW_I32X4_{sign}")] = Chain(((extend, "2s"), (convert, "2d")))
        for relaxed in ("TRUNC_SAT", "RELAXED_TRUNC"):
            chains[getattr(op, f"I32X4_{relaxed}_F32X4_{sign}")] = Chain(((trunc, "4s"),))
            chains[getattr(op, f"I32X4_{relaxed}_F64X2_{sign}_ZERO")] = Chain(((trunc, "2d"), (narrow, "2s")))
    chains[op.F32X4_DEMOTE_F64X2_ZERO] = Chain((("fcvtn", "2s"),))
    chains[op.F64X2_PROMOTE_LOW_F32X4] = Chain((("fcvtl", "2s"),))
    return chains


CHAINS = _chains()


def _temp(lw) -> int:
    """A fresh v128 vreg for an intermediate result."""
    return lw.vcode.new_vreg(FLOAT, wide=True)


# The compares with a form against zero: (instruction, which operand is zero) -> that form.
_ZERO_FORMS = {("fcmeq", 1): "fcmeq_zero", ("fcmeq", 0): "fcmeq_zero", ("fcmgt", 1): "fcmgt_zero",
               ("fcmgt", 0): "fcmlt_zero", ("fcmge", 1): "fcmge_zero", ("fcmge", 0): "fcmle_zero"}


def _lower_chain(lw, inst: int) -> None:
    """(op a [b])  =>  t1 = step1 a [b]; t2 = step2 t1; ...; result = last step
    (fcmeq|fcmgt|fcmge x (const 0)), (fcmeq|fcmgt|fcmge (const 0) x) as the first step  =>
    fcmeq|fcmgt|fcmge|fcmlt|fcmle x, #0.0 (the zero is absorbed)"""
    f = lw.f
    chain = CHAINS[f.inst_op[inst]]
    args = list(reversed(f.inst_args[inst]) if chain.swapped else f.inst_args[inst])
    steps = list(chain.steps)
    name, arrangement = steps[0]
    for zero, other in ((1, 0), (0, 1)):
        if len(args) == 2 and (name, zero) in _ZERO_FORMS and lw.constant(args[zero]) == 0:
            steps[0], args = (_ZERO_FORMS[name, zero], arrangement), [args[other]]
            break
    inputs = [lw.use(a) for a in args]
    for index, (name, arrangement) in enumerate(steps):
        last = index == len(steps) - 1
        out = lw.vreg(f.inst_results[inst][0]) if last else _temp(lw)
        lw.emit("vfloat", [define(out)] + inputs, VecFloat(name, arrangement))
        inputs = [use(out)]


def _lanes(opcode: int) -> str:
    """The arrangement of an operator's float lanes, from its shape in opcodes.py."""
    return ARRANGEMENTS[op.SIMD_SHAPE[opcode].lane_shape]


def _lower_pmin_pmax(lw, inst: int) -> None:
    """(pmin a b)  =>  m = fcmgt a, b; bsl m, b, a   (b < a ? b : a: a when either is NaN)
    (pmax a b)  =>  m = fcmgt b, a; bsl m, b, a   (a < b ? b : a)"""
    f = lw.f
    a, b = f.inst_args[inst]
    opcode = f.inst_op[inst]
    first, second = (a, b) if opcode in PMIN else (b, a)
    mask = _temp(lw)
    lw.emit("vfloat", [define(mask), lw.use(first), lw.use(second)], VecFloat("fcmgt", _lanes(opcode)))
    lw.emit("vfloat_acc", [define(lw.vreg(f.inst_results[inst][0]), REUSE, 1), use(mask), lw.use(b), lw.use(a)],
            VecFloat("bsl", "16b"))


def _lower_madd(lw, inst: int) -> None:
    """(relaxed_madd a b c)  =>  fmla c, a, b   (c + a*b, fused)
    (relaxed_nmadd a b c) =>  fmls c, a, b   (c - a*b, fused)"""
    f = lw.f
    a, b, c = f.inst_args[inst]
    opcode = f.inst_op[inst]
    lw.emit("vfloat_acc", [define(lw.vreg(f.inst_results[inst][0]), REUSE, 1), lw.use(c), lw.use(a), lw.use(b)],
            VecFloat(MADD[opcode], _lanes(opcode)))


def _emit(em, inst, regs) -> None:
    em.put(ENCODERS[inst.data.name](*regs, inst.data.arrangement))


def _emit_acc(em, inst, regs) -> None:
    """rd is also the accumulator (operand 1, the same register): the encoder takes rd, rn, rm."""
    em.put(ENCODERS[inst.data.name](regs[0], *regs[2:], inst.data.arrangement))


LOWERINGS = {
    **{opcode: _lower_chain for opcode in CHAINS},
    **{opcode: _lower_pmin_pmax for opcode in PMIN | PMAX},
    **{opcode: _lower_madd for opcode in MADD},
}
EMITTERS = {"vfloat": _emit, "vfloat_acc": _emit_acc}
