"""SIMD integer, bitwise and compare operators (aot/isa/aarch64/simd/integer.py).

Every operator of the family has a model here: its Wasm semantics computed lane by
lane in Python (for the relaxed ones, the result this backend documents).  Three
kinds of test check against them:

  - the emitters, against capstone's disassembly;
  - every operator's lowering and emission, run under Unicorn: the lowering of one
    IR instruction, each vreg given a register of its own, executed on chosen inputs;
  - end to end, a WAT module of every operator compiled, loaded and called.  That
    needs the simd feature, which stays off until every SIMD family has landed.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import capstone
import pytest
import unicorn
from unicorn.arm64_const import UC_ARM64_REG_Q0, UC_ARM64_REG_X0

from emitted_words import Words
from wasmoon_aot.aot.isa.aarch64.inst import MInst
from wasmoon_aot.aot.isa.aarch64.simd import EMITTERS
from wasmoon_aot.aot.isa.aarch64.simd import integer as I
from wasmoon_aot.aot.machinst.vcode import FLOAT, INT, REUSE, USE, VCode, use
from wasmoon_aot.aot.wasm import opcodes as op
from wasmoon_aot.aot.wasm.features import FEATURES

_MD = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
ONES = (1 << 128) - 1


def listing(opname: str, data, regs) -> list[str]:
    em = Words()
    I.EMITTERS[opname](em, MInst(opname, (), data), regs)
    text = []
    for word in em.words:
        (insn,) = _MD.disasm(word.to_bytes(4, "little"), 0)
        text.append(f"{insn.mnemonic} {insn.op_str}")
    return text


@pytest.mark.parametrize("opname,data,regs,expected", [
    ("vint", I.VecOp("add", "4s"), (0, 1, 2), ["add v0.4s, v1.4s, v2.4s"]),
    ("vint", I.VecOp("cmhi", "2d"), (3, 4, 5), ["cmhi v3.2d, v4.2d, v5.2d"]),
    ("vint", I.VecOp("not", "16b"), (6, 7), ["mvn v6.16b, v7.16b"]),
    ("vint", I.VecOp("abs", "2d"), (6, 7), ["abs v6.2d, v7.2d"]),
    ("vint", I.VecOp("smull2", "8h"), (1, 2, 3), ["smull2 v1.4s, v2.8h, v3.8h"]),
    ("vint", I.VecOp("umull", "8b"), (1, 2, 3), ["umull v1.8h, v2.8b, v3.8b"]),
    ("vint", I.VecOp("sxtl2", "4s"), (1, 2), ["sshll2 v1.2d, v2.4s, #0"]),
    ("vint", I.VecOp("uaddlp", "8h"), (1, 2), ["uaddlp v1.4s, v2.8h"]),
    ("vint", I.VecOp("xtn", "4h"), (1, 2), ["xtn v1.4h, v2.4s"]),
    ("vint", I.VecOp("uminv", "8h"), (1, 2), ["uminv h1, v2.8h"]),
    ("vint", I.VecOp("addv", "8b"), (1, 2), ["addv b1, v2.8b"]),
    ("vint", I.VecOp("cmeq_zero", "2d"), (1, 2), ["cmeq v1.2d, v2.2d, #0"]),
    ("vint", I.VecOp("rev64", "4s"), (1, 2), ["rev64 v1.4s, v2.4s"]),
    ("vint", I.VecOp("shll", "2s"), (1, 2), ["shll v1.2d, v2.2s, #32"]),
    ("vint", I.VecOp("sqrdmulh", "8h"), (1, 2, 3), ["sqrdmulh v1.8h, v2.8h, v3.8h"]),
    ("vint_acc", I.VecOp("bsl", "16b"), (9, 9, 1, 2), ["bsl v9.16b, v1.16b, v2.16b"]),
    ("vint_acc", I.VecOp("sqxtun2", "16b"), (9, 9, 1), ["sqxtun2 v9.16b, v1.8h"]),
    ("vint_acc", I.VecOp("umlal", "2s"), (9, 9, 1, 2), ["umlal v9.2d, v1.2s, v2.2s"]),
    ("vint_shift", I.VecShift("sshr", "8h", 15), (1, 2), ["sshr v1.8h, v2.8h, #0xf"]),
    ("vint_shift", I.VecShift("shl", "16b", 0), (1, 2), ["shl v1.16b, v2.16b, #0"]),
    ("vint_count", I.ShiftCount(7, True), (3, 4), ["and w3, w4, #7", "neg w3, w3"]),
    ("vint_count", I.ShiftCount(63, False), (3, 4), ["and w3, w4, #0x3f"]),
    ("vint_test", I.Test(True), (1, 2), ["fmov w1, s2", "cmp w1, #0", "cset w1, eq"]),
])
def test_emitters_disassemble(opname, data, regs, expected):
    assert listing(opname, data, regs) == expected


def test_every_table_instruction_has_an_encoder():
    names = {name for name, _, _ in I.BINARY.values()} | {name for name, _ in I.UNARY.values()}
    for name in names:
        assert callable(I._encoder(name)), name


# --- the Wasm semantics of every operator ---------------------------------------------

def lanes(value: int, bits: int) -> list[int]:
    return [(value >> (bits * k)) & ((1 << bits) - 1) for k in range(128 // bits)]


def pack(values, bits: int) -> int:
    return sum((x & ((1 << bits) - 1)) << (bits * k) for k, x in enumerate(values))


def signed(x: int, bits: int) -> int:
    x &= (1 << bits) - 1
    return x - (1 << bits) if x >> (bits - 1) else x


def clamp(x: int, low: int, high: int) -> int:
    return max(low, min(high, x))


def half(value: int, bits: int, high: bool, sign: bool) -> list[int]:
    """The low or high half's lanes, sign- or zero-extended."""
    values = lanes(value, bits)[64 // bits:] if high else lanes(value, bits)[:64 // bits]
    return [signed(x, bits) if sign else x for x in values]


def dot(bits: int, a: int, b: int) -> list[int]:
    products = [signed(x, bits) * signed(y, bits) for x, y in zip(lanes(a, bits), lanes(b, bits))]
    return [products[k] + products[k + 1] for k in range(0, len(products), 2)]


def saturating_narrow(bits: int, low: int, high: int):
    return lambda a, b: pack([clamp(signed(x, 2 * bits), low, high) for x in lanes(a, 2 * bits) + lanes(b, 2 * bits)],
                             bits)


def q15mulr(x: int, y: int) -> int:
    return clamp((signed(x, 16) * signed(y, 16) + (1 << 14)) >> 15, -32768, 32767)


def select(a: int, b: int, c: int) -> int:
    return (a & c) | (b & ~c & ONES)


COMPARES = {"eq": lambda x, y: x == y, "ne": lambda x, y: x != y, "lt": lambda x, y: x < y,
            "gt": lambda x, y: x > y, "le": lambda x, y: x <= y, "ge": lambda x, y: x >= y}


def _lanewise(bits: int, operation: str):
    """The model of a lane-by-lane binary operator `operation` on `bits`-bit lanes."""
    low, high = -(1 << bits - 1), (1 << bits - 1) - 1
    s = lambda x: signed(x, bits)  # noqa: E731
    functions = {
        "add": lambda x, y: x + y, "sub": lambda x, y: x - y, "mul": lambda x, y: x * y,
        "add_sat_s": lambda x, y: clamp(s(x) + s(y), low, high), "add_sat_u": lambda x, y: min(x + y, 2 * high + 1),
        "sub_sat_s": lambda x, y: clamp(s(x) - s(y), low, high), "sub_sat_u": lambda x, y: max(x - y, 0),
        "min_s": lambda x, y: min(s(x), s(y)), "min_u": min, "max_s": lambda x, y: max(s(x), s(y)), "max_u": max,
        "avgr_u": lambda x, y: (x + y + 1) >> 1, "q15mulr_sat_s": q15mulr, "relaxed_q15mulr_s": q15mulr,
    }
    compare, _, sign = operation.partition("_")
    if operation in functions:
        function = functions[operation]
    elif compare in COMPARES:
        test, convert = COMPARES[compare], s if sign == "s" else (lambda x: x)
        function = lambda x, y: -1 if test(convert(x), convert(y)) else 0  # noqa: E731
    else:
        return None
    return lambda a, b: pack([function(x, y) for x, y in zip(lanes(a, bits), lanes(b, bits))], bits)


def _shift(bits: int, kind: str):
    def model(a: int, count: int) -> int:
        count %= bits
        if kind == "shl":
            return pack([x << count for x in lanes(a, bits)], bits)
        if kind == "shr_s":
            return pack([signed(x, bits) >> count for x in lanes(a, bits)], bits)
        return pack([x >> count for x in lanes(a, bits)], bits)
    return model


def _models() -> dict:
    """Operator name -> (parameter types, result type, model)."""
    v, vv, vvv = ("v128",), ("v128", "v128"), ("v128", "v128", "v128")
    models = {
        "v128.not": (v, "v128", lambda a: a ^ ONES), "v128.and": (vv, "v128", lambda a, b: a & b),
        "v128.or": (vv, "v128", lambda a, b: a | b), "v128.xor": (vv, "v128", lambda a, b: a ^ b),
        "v128.andnot": (vv, "v128", lambda a, b: a & ~b & ONES), "v128.bitselect": (vvv, "v128", select),
        "v128.any_true": (v, "i32", lambda a: int(a != 0)),
        "i8x16.popcnt": (v, "v128", lambda a: pack([bin(x).count("1") for x in lanes(a, 8)], 8)),
        "i32x4.dot_i16x8_s": (vv, "v128", lambda a, b: pack(dot(16, a, b), 32)),
        # relaxed: signed * signed bytes, the i16 pair sums wrap (this backend's documented choice)
        "i16x8.relaxed_dot_i8x16_i7x16_s": (vv, "v128", lambda a, b: pack(dot(8, a, b), 16)),
        "i32x4.relaxed_dot_i8x16_i7x16_add_s": (vvv, "v128", lambda a, b, c: pack(
            [signed(x, 16) + signed(y, 16) + z for x, y, z in zip(dot(8, a, b)[::2], dot(8, a, b)[1::2],
                                                                   lanes(c, 32))], 32)),
    }
    for bits in (8, 16, 32, 64):
        shape = f"i{bits}x{128 // bits}"
        models[f"{shape}.neg"] = (v, "v128", lambda a, bits=bits: pack([-x for x in lanes(a, bits)], bits))
        models[f"{shape}.abs"] = (v, "v128", lambda a, bits=bits: pack([abs(signed(x, bits)) for x in lanes(a, bits)],
                                                                       bits))
        models[f"{shape}.all_true"] = (v, "i32", lambda a, bits=bits: int(all(lanes(a, bits))))
        models[f"{shape}.bitmask"] = (v, "i32", lambda a, bits=bits: sum(
            1 << k for k, x in enumerate(lanes(a, bits)) if x >> (bits - 1)))
        models[f"{shape}.relaxed_laneselect"] = (vvv, "v128", select)
        for kind in ("shl", "shr_s", "shr_u"):
            models[f"{shape}.{kind}"] = (("v128", "i32"), "v128", _shift(bits, kind))
        for operation in ("add", "sub", "mul", "add_sat_s", "add_sat_u", "sub_sat_s", "sub_sat_u", "min_s", "min_u",
                          "max_s", "max_u", "avgr_u", "q15mulr_sat_s", "relaxed_q15mulr_s", "eq", "ne", "lt_s",
                          "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"):
            models[f"{shape}.{operation}"] = (vv, "v128", _lanewise(bits, operation))
        if bits < 64:
            narrow, wide = f"i{bits}x{128 // bits}", f"i{2 * bits}x{64 // bits}"
            for sign in ("s", "u"):
                signs = sign == "s"
                models[f"{wide}.extend_low_{narrow}_{sign}"] = (v, "v128", lambda a, bits=bits, signs=signs: pack(
                    half(a, bits, False, signs), 2 * bits))
                models[f"{wide}.extend_high_{narrow}_{sign}"] = (v, "v128", lambda a, bits=bits, signs=signs: pack(
                    half(a, bits, True, signs), 2 * bits))
                for where, high in (("low", False), ("high", True)):
                    models[f"{wide}.extmul_{where}_{narrow}_{sign}"] = (
                        vv, "v128", lambda a, b, bits=bits, signs=signs, high=high: pack(
                            [x * y for x, y in zip(half(a, bits, high, signs), half(b, bits, high, signs))], 2 * bits))
                models[f"{wide}.extadd_pairwise_{narrow}_{sign}"] = (v, "v128", lambda a, bits=bits, signs=signs: pack(
                    [x + y for x, y in zip(*(([signed(x, bits) if signs else x for x in lanes(a, bits)][k::2])
                                             for k in (0, 1)))], 2 * bits))
                low, high = (-(1 << bits - 1), (1 << bits - 1) - 1) if signs else (0, (1 << bits) - 1)
                models[f"{narrow}.narrow_{wide}_{sign}"] = (vv, "v128", saturating_narrow(bits, low, high))
    codes = {name: code for code, name in op.OPCODE_NAMES.items()}
    return {name: model for name, model in models.items() if name in codes and model[2] is not None}


MODELS = _models()
CODES = {name: code for code, name in op.OPCODE_NAMES.items() if name in MODELS}


def test_every_operator_of_the_family_has_a_model():
    assert {op.OPCODE_NAMES[code] for code in I.LOWERINGS} == set(MODELS)


def _values() -> list[int]:
    rng = random.Random(13)
    edges = [0, ONES, pack([0x80, 0x7F, 0xFF, 0x00, 0x01, 0xFE, 0x81, 0x7E] * 2, 8),
             pack([0x8000, 0x7FFF, 0, 0xFFFF, 1, 0x8001, 0x7FFE, 0x100], 16),
             pack([0x80000000, 0x7FFFFFFF, 0xFFFFFFFF, 1], 32), pack([1 << 63, (1 << 63) - 1], 64),
             pack([0, 5], 64), pack([0, 0, 0, 0x80], 32)]
    return edges + [rng.getrandbits(128) for _ in range(6)]


COUNTS = (0, 1, 7, 8, 15, 16, 31, 33, 63, 64, 65, -1, 0x7FFFFFFF)


def _cases(params) -> list[tuple]:
    """Arguments to try an operator with parameter types `params` on."""
    values = _values()
    if params == ("v128",):
        return [(a,) for a in values]
    if params == ("v128", "i32"):
        return [(a, count) for a in values[:8] for count in COUNTS]
    rotated = [values[k:] + values[:k] for k in range(len(params))]
    return list(zip(*rotated)) + [(a,) * len(params) for a in values[:4]]


# --- each operator's lowering and emission under Unicorn ----------------------------------

class _Lowering:
    """What a family's lowering reads of aarch64.lower.Lowering, for one instruction (value n is
    its n-th argument, the value after them its result); `constants` maps the arguments that
    are CONSTs to their bits."""

    def __init__(self, opcode: int, types, constants: dict):
        self.f = SimpleNamespace(inst_op=[opcode], inst_args=[list(range(len(types) - 1))],
                                 inst_results=[[len(types) - 1]], resolve=lambda value: value)
        self.def_inst = [-1] * len(types)   # the arguments are the function's: no instruction defines them
        self.vcode = VCode()
        self.vregs = [self.vcode.new_vreg(INT if ty == "i32" else FLOAT, wide=ty == "v128") for ty in types]
        self.constants = constants
        self.read: set[int] = set()
        self.out: list[MInst] = []

    def vreg(self, value: int) -> int:
        return self.vregs[value]

    def use(self, value: int):
        self.read.add(value)
        return use(self.vregs[value])

    def constant(self, value: int):
        return self.constants.get(value)

    def emit(self, opname, operands=(), data=None, clobbers=()):
        self.out.append(MInst(opname, tuple(operands), data, clobbers))


_EMULATOR = unicorn.Uc(unicorn.UC_ARCH_ARM64, unicorn.UC_MODE_ARM)
_CODE = 0x10000
_EMULATOR.mem_map(_CODE, 0x1000)


def run_lowered(name: str, args, constant=None, absorbed: bool = False) -> int:
    """Lower operator `name` (argument `constant`, if given, a CONST: absorbed into the
    lowering if `absorbed`), give every vreg a register of its own (a REUSE def its input's),
    emit and run it on `args`."""
    params, result, _ = MODELS[name]
    constants = {} if constant is None else {constant: args[constant]}
    lowering = _Lowering(CODES[name], list(params) + [result], constants)
    I.LOWERINGS[CODES[name]](lowering, 0)
    assert not absorbed or constant not in lowering.read, f"{name}: the constant is read in a register"
    free = {INT: list(range(16)), FLOAT: list(range(31))}
    register = {}
    for vreg in lowering.vregs[:len(params)]:
        register[vreg] = free[lowering.vcode.vreg_class[vreg]].pop(0)
    em = Words()
    for inst in lowering.out:
        for operand in inst.operands:
            if operand.kind == USE:
                assert operand.vreg in register, f"{name}: v{operand.vreg} read before it is written"
            elif operand.constraint == REUSE:
                register[operand.vreg] = register[inst.operands[operand.extra].vreg]
            else:
                register[operand.vreg] = free[lowering.vcode.vreg_class[operand.vreg]].pop(0)
        EMITTERS[inst.op](em, inst, [register[o.vreg] for o in inst.operands])
    uc = _EMULATOR
    for vreg, value, ty in zip(lowering.vregs, args, params):
        if ty == "v128":
            uc.reg_write(UC_ARM64_REG_Q0 + register[vreg], value)
        else:
            uc.reg_write(UC_ARM64_REG_X0 + register[vreg], value & 0xFFFFFFFF)
    end = _CODE + 4 * len(em.words)
    em.place_literals()
    uc.mem_write(_CODE, b"".join(word.to_bytes(4, "little") for word in em.words))
    uc.emu_start(_CODE, end)
    out = register[lowering.vregs[-1]]
    if result == "v128":
        return uc.reg_read(UC_ARM64_REG_Q0 + out)
    return uc.reg_read(UC_ARM64_REG_X0 + out) & 0xFFFFFFFF


@pytest.mark.parametrize("name", sorted(MODELS))
def test_lowering_computes_the_wasm_semantics(name):
    params, _, model = MODELS[name]
    for args in _cases(params):
        expected = model(*args) & (ONES if MODELS[name][1] == "v128" else 0xFFFFFFFF)
        assert run_lowered(name, args) == expected, (name, [hex(a) for a in args])
        if params == ("v128", "i32"):
            assert run_lowered(name, args, 1, absorbed=True) == expected, (name, [hex(a) for a in args])


COMPARE_NAMES = sorted(name for name in MODELS if name.split(".")[1].partition("_")[0] in COMPARES)


@pytest.mark.parametrize("name", COMPARE_NAMES)
def test_compares_with_a_zero_vector(name):
    """Either operand a v128.const 0; the signed and equality compares absorb it (cmeq/cmgt/cmge/
    cmlt/cmle #0), the unsigned ones read it."""
    absorbed = not name.endswith("_u")
    model = MODELS[name][2]
    for a in _values():
        for args, zero in (((a, 0), 1), ((0, a), 0)):
            assert run_lowered(name, args, zero, absorbed) == model(*args) & ONES, (name, hex(a), zero)


# --- end to end ---------------------------------------------------------------------------

needs_simd = pytest.mark.skipif(not (FEATURES["simd"].compile and FEATURES["relaxed-simd"].compile),
                                reason="SIMD code generation is switched off in aot/wasm/features.py")
CONSTANT_COUNTS = (0, 1, 7, 33, 64)


def _model(name: str):
    return MODELS[name][2]


# Inputs that stay live past an instruction writing over its input's register (bsl's mask, the
# narrows' low half, umlal's accumulator), and many values live at once: (WAT body over locals
# a, b, c, the model).
COMBINATIONS = {
    "mask_kept": ("(v128.xor (v128.bitselect (local.get 0) (local.get 1) (local.get 2)) (local.get 2))",
                  lambda a, b, c: select(a, b, c) ^ c),
    "laneselect_kept": ("(i32x4.add (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)) "
                        "(i32x4.sub (local.get 2) (local.get 0)))",
                        lambda a, b, c: _model("i32x4.add")(select(a, b, c), _model("i32x4.sub")(c, a))),
    "mul_kept": ("(i64x2.add (i64x2.mul (local.get 0) (local.get 1)) (i64x2.sub (local.get 0) (local.get 1)))",
                 lambda a, b, c: _model("i64x2.add")(_model("i64x2.mul")(a, b), _model("i64x2.sub")(a, b))),
    "many_live": ("(v128.xor (v128.xor (v128.xor (i8x16.add (local.get 0) (local.get 1)) "
                  "(i16x8.narrow_i32x4_s (local.get 1) (local.get 2))) "
                  "(v128.xor (i32x4.dot_i16x8_s (local.get 2) (local.get 0)) "
                  "(i8x16.avgr_u (local.get 0) (local.get 2)))) "
                  "(v128.xor (i64x2.shr_s (local.get 1) (i32.const 3)) "
                  "(i16x8.extmul_high_i8x16_u (local.get 2) (local.get 1))))",
                  lambda a, b, c: (_model("i8x16.add")(a, b) ^ _model("i16x8.narrow_i32x4_s")(b, c)
                                   ^ _model("i32x4.dot_i16x8_s")(c, a) ^ _model("i8x16.avgr_u")(a, c)
                                   ^ _model("i64x2.shr_s")(b, 3) ^ _model("i16x8.extmul_high_i8x16_u")(c, b))),
}


def _rotate(shape: str, k: int, right_first: bool = False, right: int | None = None) -> tuple:
    """(or (shl a k) (shr_u a right)) of `shape`, the rotate rule's pattern when right = width - k
    (the shifts either way round), with a + b kept live past it."""
    bits = 128 // int(shape.split("x")[1])
    right = bits - k if right is None else right
    shl, shr = (f"({shape}.shl (local.get 0) (i32.const {k}))", f"({shape}.shr_u (local.get 0) (i32.const {right}))")
    pair = f"{shr} {shl}" if right_first else f"{shl} {shr}"

    def model(a, b, c):
        mask = (1 << bits) - 1
        ored = pack([((x << k) | (x >> (right % bits))) & mask for x in lanes(a, bits)], bits)
        return ored ^ _model("i8x16.add")(a, b)
    return f"(v128.xor (v128.or {pair}) (i8x16.add (local.get 0) (local.get 1)))", model


# The rotate rule (v128.or of shifts of one value by k and width - k): rev16/rev32/rev64 at half
# the width, ushr + sli otherwise, and ors that are no rotate.
COMBINATIONS.update({
    "rotl_i32x4_16": _rotate("i32x4", 16), "rotl_i32x4_12": _rotate("i32x4", 12),
    "rotl_i32x4_7_swapped": _rotate("i32x4", 7, right_first=True), "rotl_i64x2_32": _rotate("i64x2", 32),
    "rotl_i64x2_13": _rotate("i64x2", 13), "rotl_i16x8_8": _rotate("i16x8", 8), "rotl_i8x16_3": _rotate("i8x16", 3),
    "rotl_i8x16_4": _rotate("i8x16", 4), "not_rotate_i32x4": _rotate("i32x4", 12, right=19),
    "not_rotate_i32x4_0": _rotate("i32x4", 0, right=32),
})


def _module() -> str:
    funcs = [f'(func (export "{name}") (param v128 v128 v128) (result v128) {body})'
             for name, (body, _) in COMBINATIONS.items()]
    for name, (params, result, _) in sorted(MODELS.items()):
        gets = " ".join(f"(local.get {k})" for k in range(len(params)))
        funcs.append(f'(func (export "{name}") (param {" ".join(params)}) (result {result}) ({name} {gets}))')
        if params == ("v128", "i32"):
            funcs += [f'(func (export "{name}/{count}") (param v128) (result v128) '
                      f'({name} (local.get 0) (i32.const {count})))' for count in CONSTANT_COUNTS]
    return "(module\n  " + "\n  ".join(funcs) + ")"


@pytest.fixture(scope="module", params=["backtracking", "simple"])
def exports(request, tmp_path_factory):
    from wasmoon_aot.runtime import load
    from guest import wat_artifact
    path = tmp_path_factory.mktemp("simd_integer") / f"{request.param}.so"
    wat_artifact(path, _module(), regalloc=request.param)
    return load(str(path)).exports


@needs_simd
@pytest.mark.parametrize("name", sorted(MODELS))
def test_compiled_operators(exports, name):
    params, result, model = MODELS[name]
    for args in _cases(params)[:8]:
        expected = model(*args) & ONES if result == "v128" else model(*args)
        assert exports[name](*args) == expected, (name, [hex(a) for a in args])
    if params == ("v128", "i32"):
        for a in _values()[:4]:
            for count in CONSTANT_COUNTS:
                assert exports[f"{name}/{count}"](a) == model(a, count) & ONES, (name, hex(a), count)


@needs_simd
@pytest.mark.parametrize("name", sorted(COMBINATIONS))
def test_compiled_combinations(exports, name):
    model = COMBINATIONS[name][1]
    for args in _cases(("v128", "v128", "v128")):
        assert exports[name](*args) == model(*args) & ONES, (name, [hex(a) for a in args])
