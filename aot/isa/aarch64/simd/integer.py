"""SIMD integer, bitwise and comparison operators on NEON: lowering and emission.

Most operators are one NEON instruction on one arrangement.  The operators are
found by their shapes (opcodes.SIMD_SHAPE) and their operation (the name after
the lane shape): tables keyed by operation give the instruction, the lane shape
its arrangement.  _classify() makes BINARY (rd = name(a, b), `swap`ped for the
compares NEON only has one way round; a compare with a zero operand takes
NEON's compare-with-zero form), UNARY (rd = name(a)) and SHIFTS from them; one
generic lowering per table and one generic emitter cover these.  The irregular
operators have a named lowering each (IRREGULAR), whose docstring is its
pattern: `=>` the NEON instructions it becomes, `t` temporaries (new vregs), in
the style of lower.py's FUSION_RULES.  The sequences follow Cranelift's aarch64
lowering (lower.isle) but for bitmask and i64x2.all_true, whose docstrings say
how they differ.

MInst ops and their data records:

    vint         VecOp(name, arrangement)      rd = name(rn[, rm]): one NEON instruction
    vint_acc     VecOp(name, arrangement)      rd = name(rd, rn[, rm]): rd is read too (bsl, the
                                               "2" narrows, umlal); operand 0 REUSEs operand 1
    vint_shift   VecShift(name, arrangement, amount)   shl/sshr/ushr by an immediate
    vint_insert  VecShift(name, arrangement, amount)   rd = sli(rd, rn, #amount): operand 0
                                               REUSEs operand 1
    vint_count   ShiftCount(mask, negate)      GP: rd = (rn & mask), negated for a right shift
    vint_test    Test(zero)                    GP rd = 1 if the low 32 bits of rn are (zero ?
                                               zero : nonzero), else 0

A variable shift count is spread over the lanes, and bitmask's sum read out of a lane, with
the lanes family's vec_dup_gp and vec_to_gp.

Arrangements are the assembler's, as encode_neon takes them: for a widening,
narrowing or pairwise-long instruction the arrangement of its narrow side
(smull2 v.8h, v.16b, v.16b is ("smull2", "16b"); xtn v.8b, v.8h is ("xtn", "8b")),
for an across-lanes reduction its source's.

Wasm semantics (the spec suite's):
  - shift counts are taken modulo the lane width; a constant count becomes an
    immediate (a right shift by 0 is `shl #0`: sshr/ushr cannot encode 0), a
    count in a register is masked, negated for a right shift, duplicated into
    every lane and applied by sshl/ushl (which shift right for negative counts);
  - abs and neg wrap (abs of the minimum is itself), as NEON abs/neg do;
  - q15mulr_sat_s is sqrdmulh: saturate((a * b + 2^14) >> 15);
  - narrow saturates: sqxtn (signed), sqxtun (signed to unsigned);
  - dot_i16x8_s adds the two 32-bit products with wrap-around (addp), as Wasm does.

Relaxed operators: each gives the AArch64-native result.
  - iNxM.relaxed_laneselect: bsl, a bitwise select of every bit (what bitselect
    does), whatever the mask lanes hold.
  - i16x8.relaxed_q15mulr_s: sqrdmulh, so -32768 * -32768 saturates to 32767
    (the same result as q15mulr_sat_s).
  - i16x8.relaxed_dot_i8x16_i7x16_s: both operands are signed bytes (smull,
    smull2) and the pair sums wrap (addp): -128*-128*2 gives -32768.
  - i32x4.relaxed_dot_i8x16_i7x16_add_s: the same wrapping i16 pair sums, then
    added pairwise into i32 (saddlp) and to the accumulator (add).
"""

from __future__ import annotations

from typing import NamedTuple

from ....machinst.vcode import FLOAT, INT, REUSE, Operand, define, use
from ....wasm import opcodes as op
from .. import encode as e
from .. import encode_neon as n
from ..regs import EQ, NE
from .core import v128_constant
from .lanes import DupGeneral, ToGeneral



class VecOp(NamedTuple):
    name: str
    arrangement: str


class VecShift(NamedTuple):
    name: str
    arrangement: str
    amount: int


class ShiftCount(NamedTuple):
    mask: int
    negate: bool


class Test(NamedTuple):
    zero: bool


# --- the operators ----------------------------------------------------------------
# Arrangements by lane shape (None: a whole-vector v128.* operator), and the tables by operation.

ARRANGEMENT = {"i8x16": "16b", "i16x8": "8h", "i32x4": "4s", "i64x2": "2d", None: "16b"}
HALVES = {"i8x16": ("8b", "16b"), "i16x8": ("4h", "8h"), "i32x4": ("2s", "4s")}  # (low half, whole vector)
WIDER = {"i8x16": "i16x8", "i16x8": "i32x4", "i32x4": "i64x2"}   # the lane shape with lanes twice as wide
_KINDS = frozenset({"vunary", "vbinary", "vternary", "vcompare", "vtest", "vshift"})

# operation -> NEON instruction on the lanes of the operator's shape
SAME_LANES = {"add": "add", "sub": "sub", "mul": "mul", "add_sat_s": "sqadd", "add_sat_u": "uqadd",
              "sub_sat_s": "sqsub", "sub_sat_u": "uqsub", "min_s": "smin", "min_u": "umin", "max_s": "smax",
              "max_u": "umax", "avgr_u": "urhadd", "q15mulr_sat_s": "sqrdmulh", "relaxed_q15mulr_s": "sqrdmulh",
              "eq": "cmeq", "gt_s": "cmgt", "gt_u": "cmhi", "ge_s": "cmge", "ge_u": "cmhs",
              "and": "and", "or": "orr", "xor": "eor", "andnot": "bic"}
SWAPPED = {"lt_s": "cmgt", "lt_u": "cmhi", "le_s": "cmge", "le_u": "cmhs"}   # a < b is b > a
UNARY_LANES = {"neg": "neg", "abs": "abs", "popcnt": "cnt", "not": "not"}
# widening operations -> (NEON instruction, 0: on the operands' low halves, 1: high halves or whole)
WIDENING = {"extmul_low_s": ("smull", 0), "extmul_high_s": ("smull2", 1), "extmul_low_u": ("umull", 0),
            "extmul_high_u": ("umull2", 1), "extend_low_s": ("sxtl", 0), "extend_high_s": ("sxtl2", 1),
            "extend_low_u": ("uxtl", 0), "extend_high_u": ("uxtl2", 1), "extadd_pairwise_s": ("saddlp", 1),
            "extadd_pairwise_u": ("uaddlp", 1)}


def operation(code: int) -> str:
    """Operator `code`'s name after its lane shape, the operands' lane shape taken out when it has
    one (i16x8.extmul_low_i8x16_s -> extmul_low_s)."""
    source = op.SIMD_SHAPE[code].source_shape
    name = op.OPCODE_NAMES[code].partition(".")[2]
    return name.replace(f"_{source}", "") if source else name


def _shape(lw, inst: int):
    return op.SIMD_SHAPE[lw.f.inst_op[inst]]


def _lane_bits(lane_shape: str) -> int:
    return 128 // op.LANE_SHAPES[lane_shape][0]


# --- lowering helpers ------------------------------------------------------------

def _vector(lw) -> int:
    """A new 128-bit temporary."""
    return lw.vcode.new_vreg(FLOAT, wide=True)


def _half(lw) -> int:
    """A new temporary of which only the low 64 bits (a half vector, or a scalar) matter."""
    return lw.vcode.new_vreg(FLOAT)


def _result(lw, inst: int) -> int:
    return lw.vreg(lw.f.inst_results[inst][0])


def _vop(lw, name: str, arrangement: str, dst: int, *sources: Operand) -> int:
    lw.emit("vint", [define(dst), *sources], VecOp(name, arrangement))
    return dst


def _vacc(lw, name: str, arrangement: str, dst: int, acc: Operand, *sources: Operand) -> int:
    """dst = name(acc, sources...), written over acc's register."""
    lw.emit("vint_acc", [define(dst, REUSE, 1), acc, *sources], VecOp(name, arrangement))
    return dst


# The compares with a form against zero: (instruction, which operand is zero) -> that form.
_ZERO_FORMS = {("cmeq", 1): "cmeq_zero", ("cmeq", 0): "cmeq_zero", ("cmgt", 1): "cmgt_zero",
               ("cmgt", 0): "cmlt_zero", ("cmge", 1): "cmge_zero", ("cmge", 0): "cmle_zero"}


def _binary(lw, name: str, arrangement: str, dst: int, a: int, b: int) -> int:
    """dst = name(a, b) on IR values a and b:
    (cmeq|cmgt|cmge a (const 0)), (cmeq|cmgt|cmge (const 0) b)  =>  cmeq|cmgt|cmge|cmlt|cmle a|b, #0
    (the zero is absorbed), else  =>  name a, b"""
    for zero, other in ((1, a), (0, b)):
        form = _ZERO_FORMS.get((name, zero))
        if form is not None and lw.constant((a, b)[zero]) == 0:
            return _vop(lw, form, arrangement, dst, lw.use(other))
    return _vop(lw, name, arrangement, dst, lw.use(a), lw.use(b))


# --- the table-driven lowerings ---------------------------------------------------------

def _lower_binary(lw, inst: int) -> None:
    name, arrangement, swap = BINARY[lw.f.inst_op[inst]]
    a, b = lw.f.inst_args[inst]
    if swap:
        a, b = b, a
    _binary(lw, name, arrangement, _result(lw, inst), a, b)


def _lower_unary(lw, inst: int) -> None:
    name, arrangement = UNARY[lw.f.inst_op[inst]]
    _vop(lw, name, arrangement, _result(lw, inst), lw.use(lw.f.inst_args[inst][0]))


def _lower_shift(lw, inst: int) -> None:
    """(shl|shr_s|shr_u x (const c))  =>  shl|sshr|ushr x, #(c mod width)  (a right shift by 0: shl #0);
    (shl|shr_s|shr_u x c)  =>  t = ±(c & (width - 1)); u = dup t; ushl|sshl|ushl x, u"""
    shape = _shape(lw, inst)
    arrangement, bits = ARRANGEMENT[shape.lane_shape], _lane_bits(shape.lane_shape)
    kind = operation(lw.f.inst_op[inst])
    value, count = lw.f.inst_args[inst]
    constant = lw.constant(count)
    if constant is not None:
        amount = constant % bits
        name = "shl" if kind == "shl" or amount == 0 else {"shr_s": "sshr", "shr_u": "ushr"}[kind]
        lw.emit("vint_shift", [define(_result(lw, inst)), lw.use(value)], VecShift(name, arrangement, amount))
        return
    masked = lw.vcode.new_vreg(INT)
    lw.emit("vint_count", [define(masked), lw.use(count)], ShiftCount(bits - 1, kind != "shl"))
    counts = _vector(lw)
    lw.emit("vec_dup_gp", [define(counts), use(masked)], DupGeneral(arrangement))
    _vop(lw, "sshl" if kind == "shr_s" else "ushl", arrangement, _result(lw, inst), lw.use(value), use(counts))


# --- irregular operators -----------------------------------------------------------

def _ne(lw, inst: int) -> None:
    """(iNxM.ne a b)  =>  t = cmeq a, b (against #0 if a or b is zero); not t"""
    a, b = lw.f.inst_args[inst]
    equal = _binary(lw, "cmeq", ARRANGEMENT[_shape(lw, inst).lane_shape], _vector(lw), a, b)
    _vop(lw, "not", "16b", _result(lw, inst), use(equal))


def _i64x2_mul(lw, inst: int) -> None:
    """(i64x2.mul a b), a = |a1|a0| and b = |b1|b0| in 32-bit pieces per lane  =>
    t1 = rev64 b.4s (|b0|b1| per lane); t2 = mul t1, a .4s (|a1*b0|a0*b1|); t3 = addp t2, t2 .4s
    (the cross sums); t4 = shll t3.2s, #32; t5 = xtn a .2s; t6 = xtn b .2s; umlal t4, t6, t5 .2s (+ a0*b0)"""
    a, b = lw.f.inst_args[inst]
    swapped = _vop(lw, "rev64", "4s", _vector(lw), lw.use(b))
    cross = _vop(lw, "mul", "4s", _vector(lw), use(swapped), lw.use(a))
    sums = _vop(lw, "addp", "4s", _vector(lw), use(cross), use(cross))
    high = _vop(lw, "shll", "2s", _vector(lw), use(sums))
    low_a = _vop(lw, "xtn", "2s", _half(lw), lw.use(a))
    low_b = _vop(lw, "xtn", "2s", _half(lw), lw.use(b))
    _vacc(lw, "umlal", "2s", _result(lw, inst), use(high), use(low_b), use(low_a))


def _narrow(lw, inst: int) -> None:
    """(narrow_s|narrow_u a b)  =>  t = sqxtn|sqxtun a (low half); sqxtn2|sqxtun2 t, b (high half)"""
    name = "sqxtn" if operation(lw.f.inst_op[inst]) == "narrow_s" else "sqxtun"
    low_half, whole = HALVES[_shape(lw, inst).lane_shape]
    a, b = lw.f.inst_args[inst]
    low = _vop(lw, name, low_half, _vector(lw), lw.use(a))
    _vacc(lw, name + "2", whole, _result(lw, inst), use(low), lw.use(b))


# A rotate of lanes by half their width is one element reversal: lane bits -> (instruction, arrangement).
_HALF_ROTATE = {16: ("rev16", "16b"), 32: ("rev32", "8h"), 64: ("rev64", "4s")}


def _shift_by_constant(lw, value: int):
    """(lane shape, operation, shifted value, count mod lane width) if `value` is a vector shift
    by a constant, else None."""
    inst = lw.def_inst[lw.f.resolve(value)]
    if inst < 0 or lw.f.inst_op[inst] not in SHIFTS:
        return None
    shifted, count = lw.f.inst_args[inst]
    constant = lw.constant(count)
    if constant is None:
        return None
    lane_shape = _shape(lw, inst).lane_shape
    return lane_shape, operation(lw.f.inst_op[inst]), lw.f.resolve(shifted), constant % _lane_bits(lane_shape)


def _or(lw, inst: int) -> None:
    """(v128.or (shl x (const k)) (shr_u x (const w - k))), either way round, w the lane width
    of both shifts, 0 < k < w (a rotate left by k)  =>
      rev16 .16b|rev32 .8h|rev64 .4s x   when k = w / 2 (w = 16, 32, 64)
      t = ushr x, #(w - k); sli t, x, #k  else
    (v128.or a b)  =>  orr a, b"""
    a, b = lw.f.inst_args[inst]
    left, right = _shift_by_constant(lw, a), _shift_by_constant(lw, b)
    if left is not None and right is not None and left[1] == "shr_u":
        left, right = right, left
    if (left is not None and right is not None and left[1] == "shl" and right[1] == "shr_u"
            and left[0] == right[0] and left[2] == right[2] and left[3] != 0):
        lane_shape, _, x, amount = left
        bits, arrangement = _lane_bits(lane_shape), ARRANGEMENT[lane_shape]
        if amount + right[3] == bits:
            if 2 * amount == bits and bits in _HALF_ROTATE:
                _vop(lw, *_HALF_ROTATE[bits], _result(lw, inst), lw.use(x))
                return
            low = _vector(lw)
            lw.emit("vint_shift", [define(low), lw.use(x)], VecShift("ushr", arrangement, bits - amount))
            lw.emit("vint_insert", [define(_result(lw, inst), REUSE, 1), use(low), lw.use(x)],
                    VecShift("sli", arrangement, amount))
            return
    _binary(lw, "orr", "16b", _result(lw, inst), a, b)


def _bitselect(lw, inst: int) -> None:
    """(v128.bitselect a b mask), (relaxed_laneselect a b mask)  =>  bsl mask, a, b
    (bsl writes over its mask register: the result REUSEs it)"""
    a, b, mask = lw.f.inst_args[inst]
    _vacc(lw, "bsl", "16b", _result(lw, inst), lw.use(mask), lw.use(a), lw.use(b))


def _pair_products(lw, inst: int, dst: int) -> int:
    """dst = the sums of adjacent lanes' signed products of the first two operands, lanes widened:
    t1 = smull a, b (low halves); t2 = smull2 a, b (high halves); addp t1, t2"""
    low_half, whole = HALVES[_shape(lw, inst).source_shape]
    a, b = (lw.use(value) for value in lw.f.inst_args[inst][:2])
    low = _vop(lw, "smull", low_half, _vector(lw), a, b)
    high = _vop(lw, "smull2", whole, _vector(lw), a, b)
    return _vop(lw, "addp", ARRANGEMENT[WIDER[_shape(lw, inst).source_shape]], dst, use(low), use(high))


def _dot(lw, inst: int) -> None:
    """(i32x4.dot_i16x8_s a b), (i16x8.relaxed_dot_i8x16_i7x16_s a b)  =>  t1 = smull a, b .4h|.8b;
    t2 = smull2 a, b .8h|.16b; addp t1, t2 .4s|.8h"""
    _pair_products(lw, inst, _result(lw, inst))


def _relaxed_dot_add(lw, inst: int) -> None:
    """(i32x4.relaxed_dot_i8x16_i7x16_add_s a b c)  =>  t = (i16x8.relaxed_dot a b); u = saddlp t .8h; add u, c .4s"""
    pairs = _pair_products(lw, inst, _vector(lw))
    quads = _vop(lw, "saddlp", "8h", _vector(lw), use(pairs))
    _vop(lw, "add", "4s", _result(lw, inst), use(quads), lw.use(lw.f.inst_args[inst][2]))


def _all_true(lw, inst: int) -> None:
    """(iNxM.all_true a), N < 64  =>  t = uminv a; test t != 0;
    (i64x2.all_true a)  =>  t = cmeq a, #0 .2d; u = umaxv t .4s; test u == 0
    (Cranelift sums the two masks with addp d and tests them with fcmp; this stays in integer ops)"""
    arrangement = ARRANGEMENT[_shape(lw, inst).lane_shape]
    (a,) = lw.f.inst_args[inst]
    if arrangement == "2d":
        zeros = _vop(lw, "cmeq_zero", "2d", _vector(lw), lw.use(a))
        least = _vop(lw, "umaxv", "4s", _half(lw), use(zeros))
    else:
        least = _vop(lw, "uminv", arrangement, _half(lw), lw.use(a))
    lw.emit("vint_test", [define(_result(lw, inst)), use(least)], Test(arrangement == "2d"))


def _any_true(lw, inst: int) -> None:
    """(v128.any_true a)  =>  t = umaxv a .4s; test t != 0"""
    (a,) = lw.f.inst_args[inst]
    most = _vop(lw, "umaxv", "4s", _half(lw), lw.use(a))
    lw.emit("vint_test", [define(_result(lw, inst)), use(most)], Test(False))


# Per bitmask's lane shape: the arrangement the lanes are narrowed to (None: not narrowed) and
# the weights (lane k of the narrowed vector gets bit k).
_BITMASK = {"i8x16": (None, 0x8040201008040201), "i16x8": ("8b", 0x8040201008040201),
            "i32x4": ("4h", 0x0008000400020001), "i64x2": ("2s", 0x0000000200000001)}


def _bitmask(lw, inst: int) -> None:
    """(iNxM.bitmask a)  =>  t = sshr a, #(N - 1) (lanes 0 or -1); [t = xtn t, N > 8]; t = and t, w
    with w = the weights 1, 2, 4, ... in consecutive lanes (a v128 constant, both halves alike);
    then the lanes summed:
      i8x16  addp t, t .16b three times (byte 0 = low 8 lanes, byte 1 = high 8); umov h[0]
      i16x8  addv b, t.8b; umov b[0]     i32x4  addv h, t.4h; umov h[0]
      i64x2  addp t, t .2s; umov s[0]
    (Cranelift gathers the i8x16 halves with ext + zip1 + addv; three addp need no second register)"""
    lane_shape = _shape(lw, inst).lane_shape
    narrowed, weights = _BITMASK[lane_shape]
    bits = _lane_bits(lane_shape)
    (a,) = lw.f.inst_args[inst]
    signs = _vector(lw)
    lw.emit("vint_shift", [define(signs), lw.use(a)], VecShift("sshr", ARRANGEMENT[lane_shape], bits - 1))
    if narrowed is not None:
        signs = _vop(lw, "xtn", narrowed, _half(lw), use(signs))
    weight = v128_constant(lw, weights | weights << 64)
    if narrowed is None:
        picked = _vop(lw, "and", "16b", _vector(lw), use(signs), use(weight))
    else:
        picked = _vop(lw, "and", "8b", _half(lw), use(signs), use(weight))
    if bits == 8:
        for _ in range(3):
            picked = _vop(lw, "addp", "16b", _vector(lw), use(picked), use(picked))
        lanes = "8h"
    elif bits == 64:
        picked = _vop(lw, "addp", "2s", _half(lw), use(picked), use(picked))
        lanes = "4s"
    else:
        picked = _vop(lw, "addv", narrowed, _half(lw), use(picked))
        lanes = "16b" if bits == 16 else "8h"
    lw.emit("vec_to_gp", [define(_result(lw, inst)), use(picked)], ToGeneral(lanes, 0, False))


# operation (or (lane shape, operation)) -> its lowering
IRREGULAR = {
    "ne": _ne, ("i64x2", "mul"): _i64x2_mul, "narrow_s": _narrow, "narrow_u": _narrow, "bitselect": _bitselect,
    "relaxed_laneselect": _bitselect, "dot_s": _dot, "relaxed_dot_i7x16_s": _dot,
    "relaxed_dot_i7x16_add_s": _relaxed_dot_add, "all_true": _all_true, "any_true": _any_true,
    "bitmask": _bitmask, "or": _or,
}


def _classify():
    """The family's tables, from every SIMD operator's shape and operation: BINARY (opcode ->
    NEON instruction, arrangement, swap the operands), UNARY (opcode -> instruction, arrangement),
    SHIFTS and the irregular ones (opcode -> lowering)."""
    binary, unary, shifts, irregular = {}, {}, set(), {}
    for code, shape in op.SIMD_SHAPE.items():
        if shape.kind not in _KINDS or shape.lane_shape not in ARRANGEMENT:
            continue
        name, arrangement = operation(code), ARRANGEMENT[shape.lane_shape]
        special = IRREGULAR.get((shape.lane_shape, name)) or IRREGULAR.get(name)
        if special is not None:
            irregular[code] = special
        elif shape.kind == "vshift":
            shifts.add(code)
        elif name in SAME_LANES or name in SWAPPED:
            binary[code] = (SAME_LANES.get(name) or SWAPPED[name], arrangement, name in SWAPPED)
        elif name in UNARY_LANES:
            unary[code] = (UNARY_LANES[name], arrangement)
        elif name in WIDENING:
            instruction, half = WIDENING[name]
            if shape.kind == "vbinary":
                binary[code] = (instruction, HALVES[shape.source_shape][half], False)
            else:
                unary[code] = (instruction, HALVES[shape.source_shape][half])
    return binary, unary, shifts, irregular


BINARY, UNARY, SHIFTS, _IRREGULAR_OPCODES = _classify()
LOWERINGS = {**{opcode: _lower_binary for opcode in BINARY}, **{opcode: _lower_unary for opcode in UNARY},
             **{opcode: _lower_shift for opcode in SHIFTS}, **_IRREGULAR_OPCODES}


# --- emission ------------------------------------------------------------------------

def _encoder(name: str):
    """The encode_neon function of NEON instruction `name` (a Python keyword gets a trailing _)."""
    return getattr(n, name, None) or getattr(n, name + "_")


def _emit_vop(em, inst, regs):
    name, arrangement = inst.data
    em.put(_encoder(name)(*regs, arrangement))


def _emit_vacc(em, inst, regs):
    name, arrangement = inst.data
    em.put(_encoder(name)(regs[0], *regs[2:], arrangement))


def _emit_shift(em, inst, regs):
    name, arrangement, amount = inst.data
    em.put(_encoder(name)(regs[0], regs[1], amount, arrangement))


def _emit_insert(em, inst, regs):
    name, arrangement, amount = inst.data
    em.put(_encoder(name)(regs[0], regs[2], amount, arrangement))


def _emit_count(em, inst, regs):
    mask, negate = inst.data
    em.put(e.and_imm(False, regs[0], regs[1], mask))
    if negate:
        em.put(e.neg(False, regs[0], regs[0]))


def _emit_test(em, inst, regs):
    em.put(e.fmov_to_gp(False, regs[0], regs[1]), e.cmp_imm(False, regs[0], 0),
           e.cset(False, regs[0], EQ if inst.data.zero else NE))


EMITTERS = {"vint": _emit_vop, "vint_acc": _emit_vacc, "vint_shift": _emit_shift, "vint_insert": _emit_insert,
           "vint_count": _emit_count,
            "vint_test": _emit_test}
