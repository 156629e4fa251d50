"""End to end: the SIMD float family (aot/isa/aarch64/simd/float.py) against Wasm semantics
computed lane by lane in Python, bit for bit (NaN patterns included)."""

from __future__ import annotations

import inspect
import math
import struct

import capstone
import pytest

from wasmoon_aot.aot.isa.aarch64.inst import MInst
from wasmoon_aot.aot.isa.aarch64.simd import float as family
from wasmoon_aot.aot.wasm import opcodes as op
from wasmoon_aot.aot.wasm.features import FEATURES
from wasmoon_aot.runtime import load

from guest import wat_artifact

# End-to-end tests run once the lead enables SIMD in the feature table.
needs_simd = pytest.mark.skipif(not FEATURES["simd"].compile or not FEATURES["relaxed-simd"].compile,
                                reason="simd is unsupported in the feature table")

UNARY = ("f32x4.sqrt f32x4.abs f32x4.neg f32x4.ceil f32x4.floor f32x4.trunc f32x4.nearest "
         "f64x2.sqrt f64x2.abs f64x2.neg f64x2.ceil f64x2.floor f64x2.trunc f64x2.nearest "
         "f32x4.convert_i32x4_s f32x4.convert_i32x4_u f64x2.convert_low_i32x4_s f64x2.convert_low_i32x4_u "
         "i32x4.trunc_sat_f32x4_s i32x4.trunc_sat_f32x4_u i32x4.trunc_sat_f64x2_s_zero "
         "i32x4.trunc_sat_f64x2_u_zero i32x4.relaxed_trunc_f32x4_s i32x4.relaxed_trunc_f64x2_u_zero "
         "f32x4.demote_f64x2_zero f64x2.promote_low_f32x4").split()
BINARY = " ".join(f"{shape}.{name}" for shape in ("f32x4", "f64x2") for name in
                  "add sub mul div min max pmin pmax eq ne lt gt le ge relaxed_min relaxed_max".split()).split()
TERNARY = "f32x4.relaxed_madd f32x4.relaxed_nmadd f64x2.relaxed_madd f64x2.relaxed_nmadd".split()


# --- emission, checked against capstone (no simd flip needed) ------------------------

_MD = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
# Instructions capstone prints by another name: an alias and the arrangement it shows.
_PRINTED = {"not": "mvn", "sxtl": "sshll", "uxtl": "ushll"}
_WIDER = {"2s": "2d"}   # the wide side of a widening or narrowing instruction (encoders take the narrow one)


class _Words:
    def __init__(self):
        self.words = []

    def put(self, *words):
        self.words.extend(words)


def _emitted(opname: str, record, regs) -> str:
    words = _Words()
    family.EMITTERS[opname](words, MInst(opname, (), record), list(regs))
    (word,) = words.words
    (insn,) = _MD.disasm(word.to_bytes(4, "little"), 0)
    return f"{insn.mnemonic} {insn.op_str}"


def _arity(name: str) -> int:
    """Source registers the encoder of `name` takes (rd and the arrangement aside)."""
    return len(inspect.signature(family.ENCODERS[name]).parameters) - 2


@pytest.mark.parametrize("opcode", sorted(family.CHAINS), ids=op.opcode_name)
def test_every_chain_step_emits_its_instruction_on_its_registers(opcode):
    for name, arrangement in family.CHAINS[opcode].steps:
        sources = (7, 30, 12)[:_arity(name)]
        text = _emitted("vfloat", family.VecFloat(name, arrangement), (3,) + sources)
        mnemonic, operands = text.split(" ", 1)
        assert mnemonic == _PRINTED.get(name, name)
        registers = [operand.split(".")[0] for operand in operands.split(", ") if operand.startswith("v")]
        assert registers == ["v3"] + [f"v{r}" for r in sources], text
        shown = {operand.split(".")[1] for operand in operands.split(", ") if operand.startswith("v")}
        assert arrangement in shown and shown <= {arrangement, _WIDER.get(arrangement, arrangement)}, text


@pytest.mark.parametrize("name", ["bsl", "fmla", "fmls"])
def test_accumulating_instructions_skip_the_reused_operand(name):
    arrangement = "16b" if name == "bsl" else "2d"
    text = _emitted("vfloat_acc", family.VecFloat(name, arrangement), (4, 4, 9, 21))
    assert text == f"{name} v4.{arrangement}, v9.{arrangement}, v21.{arrangement}"


def test_every_float_family_opcode_is_lowered_and_only_once():
    names = {op.opcode_name(code) for code in family.LOWERINGS}
    expected = {name for name in op.OPCODE_NAMES.values()
                if (name.startswith(("f32x4.", "f64x2.")) and "lane" not in name and "splat" not in name)
                or "trunc" in name and name.startswith("i32x4.")}
    assert names == expected


# --- end to end -----------------------------------------------------------------------

def _module() -> str:
    funcs = [f'(func (export "{name}") (param v128) (result v128) ({name} (local.get 0)))' for name in UNARY]
    funcs += [f'(func (export "{name}") (param v128 v128) (result v128) ({name} (local.get 0) (local.get 1)))'
              for name in BINARY]
    funcs += [f'(func (export "{name}") (param v128 v128 v128) (result v128) '
              f'({name} (local.get 0) (local.get 1) (local.get 2)))' for name in TERNARY]
    # Compares with a zero vector on either side (the compare-with-zero forms).
    funcs += [f'(func (export "{shape}.{name}/{side}") (param v128) (result v128) ({shape}.{name} '
              + ("(local.get 0) (v128.const i64x2 0 0)))" if side == "right" else "(v128.const i64x2 0 0) (local.get 0)))")
              for shape in ("f32x4", "f64x2") for name in COMPARE for side in ("left", "right")]
    # Values live across each other: the allocator must keep the compare mask and both operands apart.
    funcs.append('(func (export "pmin_then_add") (param v128 v128) (result v128) '
                 '(f32x4.add (f32x4.pmin (local.get 0) (local.get 1)) (local.get 0)))')
    return "(module\n  " + "\n  ".join(funcs) + ")"


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    path = tmp_path_factory.mktemp("simd_float") / "module.so"
    wat_artifact(path, _module())
    return load(str(path)).exports


def call(exports, name: str, *vectors: int) -> int:
    return getattr(exports, name)(*vectors)


# --- lanes <-> v128 bits ----------------------------------------------------------

FORMATS = {"f32x4": "<4I", "f64x2": "<2Q", "i32x4": "<4I"}


def pack_bits(shape: str, bits) -> int:
    return int.from_bytes(struct.pack(FORMATS[shape], *bits), "little")


def unpack_bits(shape: str, value: int) -> tuple:
    return struct.unpack(FORMATS[shape], value.to_bytes(16, "little"))


def float_bits(shape: str, x: float) -> int:
    fmt = "<f" if shape == "f32x4" else "<d"
    return struct.unpack("<I" if shape == "f32x4" else "<Q", struct.pack(fmt, x))[0]


def bits_float(shape: str, bits: int) -> float:
    fmt = "<I" if shape == "f32x4" else "<Q"
    return struct.unpack("<f" if shape == "f32x4" else "<d", struct.pack(fmt, bits))[0]


def vector(shape: str, *lanes: float) -> int:
    return pack_bits(shape, [float_bits(shape, x) for x in lanes])


def lanes(shape: str, value: int) -> list[float]:
    return [bits_float(shape, b) for b in unpack_bits(shape, value)]


CANONICAL_NAN = {"f32x4": 0x7FC0_0000, "f64x2": 0x7FF8_0000_0000_0000}
QUIET_BIT = {"f32x4": 0x0040_0000, "f64x2": 0x0008_0000_0000_0000}
SIGN_BIT = {"f32x4": 1 << 31, "f64x2": 1 << 63}
LANES = {"f32x4": 4, "f64x2": 2}


def rounded(shape: str, x: float) -> float:
    """x rounded to the lane's precision.  For f32 lanes this is correct rounding of an f64
    +, -, *, / or sqrt result (f64 has more than 2 * 24 + 2 bits)."""
    if shape == "f64x2" or not math.isfinite(x):
        return x
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:  # struct refuses exactly the finite values that round to infinity
        return math.copysign(math.inf, x)


# --- Wasm semantics per lane -------------------------------------------------------

def wasm_min(a: float, b: float) -> float:
    if math.isnan(a) or math.isnan(b):
        return math.nan
    if a == b == 0:
        return a if math.copysign(1, a) < 0 else b
    return min(a, b)


def wasm_max(a: float, b: float) -> float:
    if math.isnan(a) or math.isnan(b):
        return math.nan
    if a == b == 0:
        return a if math.copysign(1, a) > 0 else b
    return max(a, b)


ARITH = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "div": lambda a, b: a / b if b else (math.nan if a == 0 or math.isnan(a) else
                                              math.copysign(math.inf, a) * math.copysign(1, b)),
         "min": wasm_min, "max": wasm_max, "relaxed_min": wasm_min, "relaxed_max": wasm_max,
         "pmin": lambda a, b: b if b < a else a, "pmax": lambda a, b: b if a < b else a}
COMPARE = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
           "gt": lambda a, b: a > b, "le": lambda a, b: a <= b, "ge": lambda a, b: a >= b}

INTERESTING = [0.0, -0.0, 1.5, -2.25, 1e30, -7.0, math.inf, -math.inf, 3.0, 1e-40, 2.5, -0.5]


def _pairs(shape: str):
    """Rows of (a lanes, b lanes): the interesting values against themselves reversed, and zeros."""
    count = LANES[shape]
    values = [rounded(shape, x) for x in INTERESTING]
    rows = [(values[i:i + count], values[::-1][i:i + count]) for i in range(0, len(values), count)]
    rows.append(([0.0, -0.0, 5.0, -0.0][:count], [-0.0, 0.0, 5.0, -0.0][:count]))
    return rows


@needs_simd
@pytest.mark.parametrize("shape", ["f32x4", "f64x2"])
@pytest.mark.parametrize("name", list(ARITH))
def test_binary_arithmetic_lane_by_lane(exports, shape, name):
    for a, b in _pairs(shape):
        got = unpack_bits(shape, call(exports, f"{shape}.{name}", vector(shape, *a), vector(shape, *b)))
        for x, y, bits in zip(a, b, got):
            want = ARITH[name](x, y)
            if math.isnan(want):   # made from numbers: the default NaN, which is canonical
                assert bits == CANONICAL_NAN[shape], (name, x, y, hex(bits))
            else:
                assert bits == float_bits(shape, rounded(shape, want)), (name, x, y, hex(bits))


@needs_simd
@pytest.mark.parametrize("shape", ["f32x4", "f64x2"])
@pytest.mark.parametrize("name", list(COMPARE))
def test_comparisons_give_lane_masks_and_nan_is_unordered(exports, shape, name):
    ones = (1 << (8 * 16 // LANES[shape])) - 1
    count = LANES[shape]
    rows = _pairs(shape) + [([math.nan, 1.0, math.nan, 0.0][:count], [1.0, math.nan, math.nan, -0.0][:count])]
    for a, b in rows:
        got = unpack_bits(shape, call(exports, f"{shape}.{name}", vector(shape, *a), vector(shape, *b)))
        assert list(got) == [ones if COMPARE[name](x, y) else 0 for x, y in zip(a, b)], (a, b)


@needs_simd
@pytest.mark.parametrize("shape", ["f32x4", "f64x2"])
@pytest.mark.parametrize("name", list(COMPARE))
def test_comparisons_with_zero_on_either_side(exports, shape, name):
    ones = (1 << (8 * 16 // LANES[shape])) - 1
    values = [rounded(shape, x) for x in INTERESTING] + [math.nan, -math.nan]
    count = LANES[shape]
    for start in range(0, len(values), count):
        a = (values[start:] + values)[:count]
        for side in ("left", "right"):
            got = unpack_bits(shape, call(exports, f"{shape}.{name}/{side}", vector(shape, *a)))
            want = [COMPARE[name](0.0, x) if side == "left" else COMPARE[name](x, 0.0) for x in a]
            assert list(got) == [ones if w else 0 for w in want], (side, a)


@needs_simd
@pytest.mark.parametrize("shape", ["f32x4", "f64x2"])
def test_nan_operands_propagate_quieted_and_pmin_keeps_the_first(exports, shape):
    exponent = CANONICAL_NAN[shape] ^ QUIET_BIT[shape]
    signalling, quiet_payload = exponent | 0x123, CANONICAL_NAN[shape] | 5
    a = pack_bits(shape, ([signalling, quiet_payload] * 2)[:LANES[shape]])
    b = vector(shape, *([1.0] * LANES[shape]))
    for name in ("add", "min", "max", "sqrt"):
        args = (a,) if name == "sqrt" else (a, b)
        got = unpack_bits(shape, call(exports, f"{shape}.{name}", *args))
        # Arithmetic NaNs: the input's payload with the quiet bit set.
        assert list(got) == [bits | QUIET_BIT[shape] for bits in unpack_bits(shape, a)], name
    assert call(exports, f"{shape}.pmin", a, b) == a       # b < NaN is false: the first operand
    assert call(exports, f"{shape}.pmax", b, a) == b
    negated = unpack_bits(shape, call(exports, f"{shape}.neg", a))
    assert [bits ^ SIGN_BIT[shape] for bits in negated] == list(unpack_bits(shape, a))


@needs_simd
def test_pmin_result_survives_reuse_of_its_operand(exports):
    a, b = [1.0, -3.0, 8.0, -0.0], [2.0, -4.0, 7.0, 0.0]
    got = lanes("f32x4", call(exports, "pmin_then_add", vector("f32x4", *a), vector("f32x4", *b)))
    assert got == [(y if y < x else x) + x for x, y in zip(a, b)]


@needs_simd
@pytest.mark.parametrize("shape", ["f32x4", "f64x2"])
def test_unary_and_rounding(exports, shape):
    count = LANES[shape]
    values = [rounded(shape, x) for x in [2.5, -2.5, 3.5, -0.25, 1e20, 0.5, 16.0, -math.inf, 1.75, -1.5, 0.0, 7.0]]
    expected = {"sqrt": lambda x: math.sqrt(x) if x >= 0 else math.nan, "abs": abs, "neg": lambda x: -x,
                "ceil": lambda x: float(math.ceil(x)) if math.isfinite(x) else x,
                "floor": lambda x: float(math.floor(x)) if math.isfinite(x) else x,
                "trunc": lambda x: float(math.trunc(x)) if math.isfinite(x) else x,
                "nearest": lambda x: float(round(x)) if math.isfinite(x) else x}
    for start in range(0, len(values), count):
        row = values[start:start + count]
        for name, fun in expected.items():
            got = unpack_bits(shape, call(exports, f"{shape}.{name}", vector(shape, *row)))
            for x, bits in zip(row, got):
                want = fun(x)
                if math.isnan(want):
                    assert bits == CANONICAL_NAN[shape], (name, x)
                    continue
                if want == 0:  # the rounding functions keep the sign of the operand
                    want = math.copysign(0.0, x if name not in ("abs", "neg") else want)
                assert bits == float_bits(shape, rounded(shape, want)), (name, x, hex(bits))


def wasm_trunc_sat(x: float, signed: bool) -> int:
    low, high = (-2**31, 2**31 - 1) if signed else (0, 2**32 - 1)
    if math.isnan(x):
        return 0
    clamped = (high if x > 0 else low) if math.isinf(x) else max(low, min(high, math.trunc(x)))
    return clamped & 0xFFFF_FFFF


@needs_simd
def test_conversions(exports):
    floats = [rounded("f32x4", x) for x in [-1.9, 3e9, math.nan, -math.inf, 2147483520.0, -2147483904.0,
                                              4294967040.0, 0.99]]
    for start in (0, 4):
        row = floats[start:start + 4]
        for sign, signed in (("s", True), ("u", False)):
            for name in (f"i32x4.trunc_sat_f32x4_{sign}",) + (("i32x4.relaxed_trunc_f32x4_s",) if signed else ()):
                got = unpack_bits("i32x4", call(exports, name, vector("f32x4", *row)))
                assert list(got) == [wasm_trunc_sat(x, signed) for x in row], name
    doubles = [-1.9, 5e9, math.nan, 4294967295.9, -2147483648.5, 2147483647.5]
    for start in (0, 2, 4):
        row = doubles[start:start + 2]
        for sign, signed in (("s", True), ("u", False)):
            names = [f"i32x4.trunc_sat_f64x2_{sign}_zero"] + ([] if signed else ["i32x4.relaxed_trunc_f64x2_u_zero"])
            for name in names:
                got = unpack_bits("i32x4", call(exports, name, vector("f64x2", *row)))
                assert list(got) == [wasm_trunc_sat(x, signed) for x in row] + [0, 0], name
    ints = [0x8000_0000, 0x7FFF_FFFF, 0xFFFF_FFFF, 16_777_217]
    as_signed = [i - (1 << 32) if i >> 31 else i for i in ints]
    value = pack_bits("i32x4", ints)
    assert lanes("f32x4", call(exports, "f32x4.convert_i32x4_s", value)) == [rounded("f32x4", float(i))
                                                                             for i in as_signed]
    assert lanes("f32x4", call(exports, "f32x4.convert_i32x4_u", value)) == [rounded("f32x4", float(i)) for i in ints]
    assert lanes("f64x2", call(exports, "f64x2.convert_low_i32x4_s", value)) == [float(i) for i in as_signed[:2]]
    assert lanes("f64x2", call(exports, "f64x2.convert_low_i32x4_u", value)) == [float(i) for i in ints[:2]]


@needs_simd
def test_demote_and_promote(exports):
    got = unpack_bits("f32x4", call(exports, "f32x4.demote_f64x2_zero", vector("f64x2", 1.0000000001, 1e300)))
    assert list(got) == [float_bits("f32x4", 1.0), float_bits("f32x4", math.inf), 0, 0]
    got = lanes("f64x2", call(exports, "f64x2.promote_low_f32x4", vector("f32x4", 0.1, -2.5, 9.0, 9.0)))
    assert got == [rounded("f32x4", 0.1), -2.5]


@needs_simd
def test_relaxed_madd_is_fused(exports):
    """The documented choice: fmla/fmls, one rounding (FLT_MAX * 2 - FLT_MAX is FLT_MAX, not inf)."""
    big = struct.unpack("<f", struct.pack("<I", 0x7F7F_FFFF))[0]
    got = lanes("f32x4", call(exports, "f32x4.relaxed_madd", vector("f32x4", big, 2.0, 3.0, -1.0),
                              vector("f32x4", 2.0, 3.0, 4.0, 5.0), vector("f32x4", -big, 1.0, 0.5, 5.0)))
    assert got == [big, 7.0, 12.5, 0.0]
    got = lanes("f32x4", call(exports, "f32x4.relaxed_nmadd", vector("f32x4", big, 2.0, 3.0, -1.0),
                              vector("f32x4", 2.0, 3.0, 4.0, 5.0), vector("f32x4", big, 1.0, 0.5, 5.0)))
    assert got == [-big, -5.0, -11.5, 10.0]
    tiny = 2.0 ** -30   # (1 + t)(1 - t) - 1 = -t*t: lost if rounded to f64 before the add
    got = lanes("f64x2", call(exports, "f64x2.relaxed_madd", vector("f64x2", 1 + tiny, 2.0),
                              vector("f64x2", 1 - tiny, 3.0), vector("f64x2", -1.0, 1.0)))
    assert got == [-tiny * tiny, 7.0]
    got = lanes("f64x2", call(exports, "f64x2.relaxed_nmadd", vector("f64x2", 1 + tiny, 2.0),
                              vector("f64x2", 1 - tiny, 3.0), vector("f64x2", 1.0, 1.0)))
    assert got == [tiny * tiny, -5.0]
