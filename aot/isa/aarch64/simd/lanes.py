"""SIMD lane operators: splat, extract_lane, replace_lane, i8x16.shuffle, i8x16.swizzle
and i8x16.relaxed_swizzle.

Splat, extract_lane and replace_lane are one NEON copy instruction each, listed in
LANE_OPS (opcode -> MInst op, record; made from the operators' shapes in opcodes.py, the
lane index comes from the IR immediate):

    splat           i8x16/i16x8/i32x4/i64x2  dup vd.T, wn|xn         (vec_dup_gp)
                    f32x4/f64x2              dup vd.T, vn.T[0]       (vec_dup_lane)
    extract_lane    integer, _s              smov wd, vn.T[k]        (vec_to_gp)
                    integer, _u and i32/i64  umov wd|xd, vn.T[k]     (vec_to_gp)
                    f32x4/f64x2              dup sd|dd, vn.T[k]      (vec_to_scalar): the
                                             scalar lives in the low bits of a v register
    replace_lane    integer                  ins vd.T[k], wn|xn      (vec_ins_gp)
                    f32x4/f64x2              ins vd.T[k], vn.T[0]    (vec_ins_lane)

A splat of a constant (splat (const c)) is the v128 constant with c in every lane
(core.py's v128_const: one movi, or an ldr q literal), not a dup from a register.

replace_lane updates its v128 input in place: its result REUSEs the input's
register (the allocator copies the input first when it is still live), as do the
shuffle rules `ins` (one element of x replaced) and `identity` (x itself, no code).

i8x16.shuffle is matched against SHUFFLE_RULES in order, each a named rule whose
docstring is its pattern.  A rule's patterns are 16 lane indices over a pair of
operands (x, y) (0..15 from x, 16..31 from y); a shuffle of (a, b) matches when
every result byte reads the same byte of the same value, for (x, y) any of (a, b),
(b, a), (a, a), (b, b) (so a shuffle reading one operand, or of a value with
itself, matches the one-operand forms).  An operand no byte reads is not read.
What matches no rule is a table lookup (`tbl`) with the 16 indices as a v128
constant: over one register when every byte comes from one value, else over the
consecutive pair {v30, v31}: the first operand is a FIXED use in v30 and the
emitter copies the second into v31 (the emitter's scratch, never allocated), so
the allocator needs no register pair.

i8x16.swizzle is `tbl vd.16b, {vn.16b}, vm.16b`: an index >= 16 gives 0, exactly
Wasm's semantics.  i8x16.relaxed_swizzle is the same instruction (its result is
then the deterministic Wasm swizzle's).
"""

from __future__ import annotations

from typing import NamedTuple

from ....machinst.vcode import FLOAT, FIXED, REUSE, define, preg, use
from ....wasm import opcodes as op
from .. import encode_neon as n
from ..abi import FLOAT_SCRATCH
from .core import V128Const, v128_constant

# --- MInst data records -------------------------------------------------------------------


class DupGeneral(NamedTuple):
    """dup vd.T, wn|xn: every lane from a general register (xn for 2d)."""
    arrangement: str


class DupLane(NamedTuple):
    """dup vd.T, vn.T[lane]: every lane from one lane of a vector."""
    arrangement: str
    lane: int


class ToGeneral(NamedTuple):
    """smov (signed) or umov of one lane to a general register (x for 64-bit lanes)."""
    arrangement: str
    lane: int
    signed: bool


class ToScalar(NamedTuple):
    """dup sd|dd, vn.T[lane]: one float lane to the low bits of a v register."""
    arrangement: str
    lane: int


class InsertGeneral(NamedTuple):
    """ins vd.T[lane], wn|xn (operands: vd reusing the vector input, vector, general)."""
    arrangement: str
    lane: int


class InsertLane(NamedTuple):
    """ins vd.T[lane], vn.T[source] (operands: vd reusing the vector input, vector, source)."""
    arrangement: str
    lane: int
    source: int = 0


class Extract(NamedTuple):
    """ext vd.16b, vn.16b, vm.16b, #index: bytes index.. of the pair (n, m)."""
    index: int


class Permute(NamedTuple):
    """zip1/zip2/uzp1/uzp2/trn1/trn2 vd.T, vn.T, vm.T."""
    name: str
    arrangement: str


class Reverse(NamedTuple):
    """rev16/rev32/rev64 vd.T, vn.T: reverse the lanes within each 16/32/64-bit container."""
    name: str
    arrangement: str


class Table(NamedTuple):
    """tbl vd.16b, {table}, vm.16b over `registers` (1, or 2 = {v30, v31}) table registers."""
    registers: int


# The arrangement of each lane shape; lanes per arrangement, and the letter of its elements.
ARRANGEMENT = {"i8x16": "16b", "i16x8": "8h", "i32x4": "4s", "i64x2": "2d", "f32x4": "4s", "f64x2": "2d"}
LANES = {"16b": 16, "8h": 8, "4s": 4, "2d": 2}
SPLATS = frozenset({"vec_dup_gp", "vec_dup_lane"})
LANE_LETTER = {"16b": "b", "8h": "h", "4s": "s", "2d": "d"}

# --- splat, extract_lane, replace_lane: a table ----------------------------------------------


def _lane_op(code: int, shape) -> tuple[str, NamedTuple]:
    """The MInst op and record (lane 0: the lowering sets the immediate's) of a splat, extract
    or replace operator, from its opcodes.SIMD_SHAPE and SIMD_LANE."""
    arrangement = ARRANGEMENT[shape.lane_shape]
    is_float = shape.lane_shape.startswith("f")
    if shape.kind == "splat":
        return ("vec_dup_lane", DupLane(arrangement, 0)) if is_float else ("vec_dup_gp", DupGeneral(arrangement))
    if shape.kind == "extract":
        return ("vec_to_scalar", ToScalar(arrangement, 0)) if is_float else \
            ("vec_to_gp", ToGeneral(arrangement, 0, op.SIMD_LANE[code].signed))
    return ("vec_ins_lane", InsertLane(arrangement, 0)) if is_float else ("vec_ins_gp", InsertGeneral(arrangement, 0))


LANE_OPS = {code: _lane_op(code, shape) for code, shape in op.SIMD_SHAPE.items()
            if shape.kind in ("splat", "extract", "replace")}
# The ops whose result reuses the register of their first input (operand 1).
REUSING = frozenset({"vec_ins_gp", "vec_ins_lane", "vec_copy"})


def _lower_lane_op(lw, inst: int) -> None:
    """One copy instruction: result, then the args in Wasm order; the lane from the immediate.
    An insert's result reuses its vector input's register.  A splat of a constant is a v128_const."""
    f = lw.f
    name, record = LANE_OPS[f.inst_op[inst]]
    if f.inst_imm[inst] is not None:   # extract_lane, replace_lane
        record = record._replace(lane=f.inst_imm[inst])
    result = lw.vreg(f.inst_results[inst][0])
    bits = lw.constant(f.inst_args[inst][0]) if name in SPLATS else None
    if bits is not None:   # (splat (const c))  =>  v128_const c, c, ..
        width = 128 // LANES[record.arrangement]
        lane = bits & ((1 << width) - 1)
        lw.emit("v128_const", [define(result)], V128Const(sum(lane << (width * k) for k in range(128 // width))))
        return
    target = define(result, REUSE, 1) if name in REUSING else define(result)
    lw.emit(name, [target] + [lw.use(arg) for arg in f.inst_args[inst]], record)


# --- swizzle ------------------------------------------------------------------------------------


def _lower_swizzle(lw, inst: int) -> None:
    """(i8x16.swizzle|i8x16.relaxed_swizzle a s)  =>  tbl vd.16b, {a.16b}, s.16b"""
    f = lw.f
    table, indices = f.inst_args[inst]
    lw.emit("vec_tbl", [define(lw.vreg(f.inst_results[inst][0])), lw.use(table), lw.use(indices)], Table(1))


# --- i8x16.shuffle: named rules ---------------------------------------------------------------


class ShuffleForm(NamedTuple):
    """One instruction a shuffle may become: its 16 lane indices over (x, y), its MInst op and
    record, and how many operands it reads (1: x; 2: x, y)."""
    indices: tuple[int, ...]
    op: str
    record: NamedTuple | None
    operands: int


def _bytes(arrangement: str, lanes) -> tuple[int, ...]:
    """The byte indices of a selection of `arrangement` elements (element indices over (x, y))."""
    size = 16 // LANES[arrangement]
    return tuple(lane * size + i for lane in lanes for i in range(size))


def _identity():
    """identity: 0 1 .. 15  =>  x itself (vec_copy: the result reuses x's register, no code)"""
    yield ShuffleForm(tuple(range(16)), "vec_copy", None, 1)


def _dup():
    """dup: element k of x in every element, for elements of 8, 4, 2, 1 bytes (the largest
    first): 8-byte k=1 is 8..15 8..15  =>  dup vd.T, vx.T[k]"""
    for arrangement in ("2d", "4s", "8h", "16b"):
        for k in range(LANES[arrangement]):
            yield ShuffleForm(_bytes(arrangement, [k] * LANES[arrangement]), "vec_dup_lane",
                              DupLane(arrangement, k), 1)


def _ext():
    """ext: k k+1 .. k+15 over the 32 bytes x:y, 1 <= k <= 15  =>  ext vd.16b, vx.16b, vy.16b, #k"""
    for k in range(1, 16):
        yield ShuffleForm(tuple(range(k, k + 16)), "vec_ext", Extract(k), 2)


# Element indices over (x, y) of n-lane vectors (y's lanes are n..2n-1), per permute instruction.
PERMUTES = {
    "zip1": lambda n: [j // 2 + j % 2 * n for j in range(n)],            # x0 y0 x1 y1 ..
    "zip2": lambda n: [n // 2 + j // 2 + j % 2 * n for j in range(n)],   # x(n/2) y(n/2) ..
    "uzp1": lambda n: [2 * j for j in range(n)],                         # even lanes of x:y
    "uzp2": lambda n: [2 * j + 1 for j in range(n)],                     # odd lanes of x:y
    "trn1": lambda n: [j if j % 2 == 0 else n + j - 1 for j in range(n)],  # x0 y0 x2 y2 ..
    "trn2": lambda n: [j + 1 if j % 2 == 0 else n + j for j in range(n)],  # x1 y1 x3 y3 ..
}


def _permute():
    """zip1/zip2/uzp1/uzp2/trn1/trn2 on 8-, 4-, 2- or 1-byte elements, as PERMUTES spells them
    (e.g. zip1 .4s is 0..3 16..19 4..7 20..23)  =>  <name> vd.T, vx.T, vy.T"""
    for arrangement in ("2d", "4s", "8h", "16b"):
        for name, lanes in PERMUTES.items():
            yield ShuffleForm(_bytes(arrangement, lanes(LANES[arrangement])), "vec_permute",
                              Permute(name, arrangement), 2)


def _rev():
    """rev64/rev32/rev16: the elements of each 8/4/2-byte container of x in reverse order
    (e.g. rev64 .4s is 4..7 0..3 12..15 8..11)  =>  rev<bits> vd.T, vx.T"""
    for name, container in (("rev64", 8), ("rev32", 4), ("rev16", 2)):
        for arrangement in ("4s", "8h", "16b"):
            per = container * LANES[arrangement] // 16   # elements per container
            if per < 2:
                continue
            lanes = [j - j % per + per - 1 - j % per for j in range(LANES[arrangement])]
            yield ShuffleForm(_bytes(arrangement, lanes), "vec_rev", Reverse(name, arrangement), 1)


def _ins():
    """ins: x with its element k replaced by element j of y, for elements of 8, 4, 2, 1 bytes
    (e.g. .4s k=1 j=3 is 0..3 28..31 8..15)  =>  mov vd.T[k], vy.T[j] (vd is x's register)"""
    for arrangement in ("2d", "4s", "8h", "16b"):
        count = LANES[arrangement]
        for k in range(count):
            for j in range(count):
                lanes = [count + j if lane == k else lane for lane in range(count)]
                yield ShuffleForm(_bytes(arrangement, lanes), "vec_ins_lane", InsertLane(arrangement, k, j), 2)


class ShuffleRule(NamedTuple):
    """A named shuffle rule: the forms its function (whose docstring is the pattern) yields."""
    name: str
    forms: tuple[ShuffleForm, ...]   # in the order they are tried


# The rules in the order they are tried; each function's docstring is its pattern.
SHUFFLE_RULES = tuple(ShuffleRule(rule.__name__.strip("_"), tuple(rule()))
                      for rule in (_identity, _dup, _ext, _permute, _rev, _ins))

# The operands a form may read, as indices into the shuffle's (a, b): (x, y), or (x,).
OPERAND_CHOICES = {2: ((0, 1), (1, 0), (0, 0), (1, 1)), 1: ((0,), (1,))}


def match_shuffle(lanes: bytes, same: bool):
    """The first (rule, form, operands) whose form, reading `operands` (indices into (a, b)),
    reads byte for byte what the shuffle `lanes` of (a, b) reads; `same` when a and b are one
    value.  None if no rule matches."""
    actual = [(0 if lane < 16 or same else 1, lane % 16) for lane in lanes]
    for rule in SHUFFLE_RULES:
        for form in rule.forms:
            for operands in OPERAND_CHOICES[form.operands]:
                if all(actual[i] == (operands[index >> 4], index & 15) for i, index in enumerate(form.indices)):
                    return rule, form, operands
    return None


def table_indices(lanes: bytes, same: bool) -> tuple[int, bytes]:
    """(table registers, tbl indices) of the fallback: one register when every byte comes from
    one value (indices mod 16, the value is that of lanes[0]), else the pair (a, b) as is."""
    if same or all(lane < 16 for lane in lanes) or all(lane >= 16 for lane in lanes):
        return 1, bytes(lane & 15 for lane in lanes)
    return 2, bytes(lanes)


# tbl over two registers reads the consecutive {v30, v31}: v31 is the emitter's scratch.
TABLE_PAIR = (FLOAT_SCRATCH[0] - 1, FLOAT_SCRATCH[0])


def _lower_shuffle(lw, inst: int) -> None:
    """(i8x16.shuffle a b lanes)  =>  the first matching SHUFFLE_RULES form, else
    tbl vd.16b, {a} or {v30 = a, v31 = b}, <lanes as a v128 constant>"""
    f = lw.f
    a, b = f.inst_args[inst]
    lanes = f.inst_imm[inst]
    same = f.resolve(a) == f.resolve(b)
    result = lw.vreg(f.inst_results[inst][0])
    found = match_shuffle(lanes, same)
    if found is not None:
        _, form, operands = found
        values = [(a, b)[i] for i in operands]
        target = define(result, REUSE, 1) if form.op in REUSING else define(result)
        lw.emit(form.op, [target] + [lw.use(value) for value in values], form.record)
        return
    registers, indices = table_indices(lanes, same)
    index_vreg = v128_constant(lw, int.from_bytes(indices, "little"))
    if registers == 1:
        table = [lw.use(a if lanes[0] < 16 else b)]
    else:
        table = [lw.use(a, FIXED, preg(FLOAT, TABLE_PAIR[0])), lw.use(b)]
    lw.emit("vec_tbl", [define(result)] + table + [use(index_vreg)], Table(registers))


LOWERINGS = {
    **{opcode: _lower_lane_op for opcode in LANE_OPS},
    op.I8X16_SWIZZLE: _lower_swizzle,
    op.I8X16_RELAXED_SWIZZLE: _lower_swizzle,
    op.I8X16_SHUFFLE: _lower_shuffle,
}


# --- emitters -----------------------------------------------------------------------------------


def _dup_gp(em, inst, regs):
    em.put(n.dup_general(regs[0], regs[1], inst.data.arrangement))


def _dup_lane(em, inst, regs):
    arrangement, lane = inst.data
    em.put(n.dup_element(regs[0], regs[1], lane, arrangement))


def _to_gp(em, inst, regs):
    arrangement, lane, signed = inst.data
    letter = LANE_LETTER[arrangement]
    em.put(n.smov(False, regs[0], regs[1], lane, letter) if signed else n.umov(regs[0], regs[1], lane, letter))


def _to_scalar(em, inst, regs):
    arrangement, lane = inst.data
    em.put(n.dup_scalar(regs[0], regs[1], lane, LANE_LETTER[arrangement]))


def _ins_gp(em, inst, regs):
    arrangement, lane = inst.data
    em.put(n.ins_general(regs[0], lane, regs[2], LANE_LETTER[arrangement]))


def _ins_lane(em, inst, regs):
    arrangement, lane, source = inst.data
    em.put(n.ins_element(regs[0], lane, regs[2], source, LANE_LETTER[arrangement]))


def _copy(em, inst, regs):
    assert regs[0] == regs[1], "vec_copy's result reuses its operand's register"


def _ext_bytes(em, inst, regs):
    em.put(n.ext(regs[0], regs[1], regs[2], inst.data.index, "16b"))


def _permute_lanes(em, inst, regs):
    name, arrangement = inst.data
    em.put(getattr(n, name)(regs[0], regs[1], regs[2], arrangement))


def _reverse(em, inst, regs):
    name, arrangement = inst.data
    em.put(getattr(n, name)(regs[0], regs[1], arrangement))


def _tbl(em, inst, regs):
    if inst.data.registers == 1:
        em.put(n.tbl(regs[0], regs[1], regs[2], "16b"))
        return
    first, second = TABLE_PAIR
    assert regs[1] == first, "the first table register is a FIXED operand in v30"
    em.put(n.mov(second, regs[2]), n.tbl(regs[0], first, regs[3], "16b", 2))


EMITTERS = {
    "vec_dup_gp": _dup_gp, "vec_dup_lane": _dup_lane, "vec_to_gp": _to_gp, "vec_to_scalar": _to_scalar,
    "vec_ins_gp": _ins_gp, "vec_ins_lane": _ins_lane, "vec_copy": _copy, "vec_ext": _ext_bytes,
    "vec_permute": _permute_lanes, "vec_rev": _reverse, "vec_tbl": _tbl,
}
