"""SIMD lane operators (aot/isa/aarch64/simd/lanes.py).

  - the shuffle rules against a model of each NEON instruction they pick (so every
    shuffle's lowering computes the Wasm shuffle);
  - the emitters against capstone's disassembly;
  - every operator's lowering and emission run under Unicorn against its Wasm semantics
    (one IR instruction, each vreg given a register of its own);
  - end to end, small modules compiled, loaded and called, under both allocators.  That
    needs the simd feature, which stays off until every SIMD family has landed.
"""

from __future__ import annotations

import random
import struct

from types import SimpleNamespace

import capstone
import pytest
import unicorn
from unicorn.arm64_const import UC_ARM64_REG_Q0, UC_ARM64_REG_X0

from emitted_words import Words
from wasmoon_aot.aot.isa.aarch64 import encode_neon
from wasmoon_aot.aot.isa.aarch64.inst import MInst
from wasmoon_aot.aot.isa.aarch64.simd import EMITTERS
from wasmoon_aot.aot.isa.aarch64.simd import lanes as L
from wasmoon_aot.aot.machinst.vcode import FIXED, FLOAT, INT, REG, REUSE, USE, VCode, use
from wasmoon_aot.aot.wasm import opcodes as op
from wasmoon_aot.aot.wasm.features import FEATURES

_MD = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)


# --- a model of the NEON instructions the shuffle rules pick (from the Arm ARM's pseudocode) ---

def _elements(vector: bytes, size: int) -> list[bytes]:
    return [vector[i:i + size] for i in range(0, 16, size)]


def neon(op: str, record, x: bytes, y: bytes = b"", index: bytes = b"") -> bytes:
    """What the instruction `op` with `record` computes from registers x (and y, and index)."""
    if op == "vec_copy":
        return x
    if op == "vec_dup_lane":
        size = 16 // L.LANES[record.arrangement]
        return _elements(x, size)[record.lane] * (16 // size)
    if op == "vec_ext":
        return (x + y)[record.index:record.index + 16]
    if op == "vec_permute":
        size = 16 // L.LANES[record.arrangement]
        xs, ys, count = _elements(x, size), _elements(y, size), 16 // size
        part = int(record.name[-1]) - 1
        out = []
        for p in range(count // 2):
            if record.name.startswith("zip"):
                out += [xs[part * count // 2 + p], ys[part * count // 2 + p]]
            elif record.name.startswith("trn"):
                out += [xs[2 * p + part], ys[2 * p + part]]
        if record.name.startswith("uzp"):
            out = (xs + ys)[part::2]
        return b"".join(out)
    if op == "vec_rev":
        size = 16 // L.LANES[record.arrangement]
        per = int(record.name[3:]) // 8 // size
        elements = _elements(x, size)
        return b"".join(elements[e ^ (per - 1)] for e in range(16 // size))
    if op == "vec_ins_lane":
        size = 16 // L.LANES[record.arrangement]
        xs = _elements(x, size)
        xs[record.lane] = _elements(y, size)[record.source]
        return b"".join(xs)
    if op == "vec_tbl":
        table = x + y
        return bytes(table[i] if i < len(table) else 0 for i in index)
    raise AssertionError(op)


def wasm_shuffle(a: bytes, b: bytes, lanes: bytes) -> bytes:
    return bytes((a + b)[lane] for lane in lanes)


X, Y = bytes(range(16)), bytes(range(16, 32))


@pytest.mark.parametrize("rule", L.SHUFFLE_RULES, ids=[rule.name for rule in L.SHUFFLE_RULES])
def test_each_form_reads_what_its_instruction_reads(rule):
    assert rule.forms
    for form in rule.forms:
        assert tuple(neon(form.op, form.record, X, Y)) == form.indices, form


def _lowered(lanes: bytes, a: bytes, b: bytes, same: bool) -> bytes:
    """What the lowering of i8x16.shuffle computes from operand values a, b."""
    found = L.match_shuffle(lanes, same)
    if found is not None:
        _, form, operands = found
        return neon(form.op, form.record, *((a, b)[i] for i in operands))
    registers, indices = L.table_indices(lanes, same)
    if registers == 1:
        return neon("vec_tbl", None, a if lanes[0] < 16 else b, index=indices)
    return neon("vec_tbl", None, a, b, index=indices)


def _rule_shuffles():
    """Every rule form over every operand choice."""
    for rule in L.SHUFFLE_RULES:
        for form in rule.forms:
            for operands in L.OPERAND_CHOICES[form.operands]:
                yield bytes(16 * operands[i >> 4] + (i & 15) for i in form.indices)


def _random_shuffles(count: int, seed: int):
    """Random shuffles of both operands, of the first only and of the second only."""
    rng = random.Random(seed)
    for _ in range(count):
        yield bytes(rng.randrange(32) for _ in range(16))
        yield bytes(rng.randrange(16) for _ in range(16))
        yield bytes(16 + rng.randrange(16) for _ in range(16))


def test_the_lowering_of_every_shuffle_is_the_wasm_shuffle():
    rng = random.Random(7)
    for lanes in [*_rule_shuffles(), *_random_shuffles(300, 13)]:
        a, b = rng.randbytes(16), rng.randbytes(16)
        assert _lowered(lanes, a, b, False) == wasm_shuffle(a, b, lanes), lanes.hex()
        assert _lowered(lanes, a, a, True) == wasm_shuffle(a, a, lanes), lanes.hex()


def _rule_of(lanes, same=False):
    found = L.match_shuffle(bytes(lanes), same)
    return None if found is None else (found[0].name, found[1].op, found[1].record, found[2])


def test_common_shuffles_become_one_permute_instruction():
    zip1_4s = [0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23]
    assert _rule_of(zip1_4s) == ("permute", "vec_permute", L.Permute("zip1", "4s"), (0, 1))
    swapped = [(i + 16) % 32 for i in zip1_4s]
    assert _rule_of(swapped) == ("permute", "vec_permute", L.Permute("zip1", "4s"), (1, 0))
    assert _rule_of(range(5, 21)) == ("ext", "vec_ext", L.Extract(5), (0, 1))
    assert _rule_of([3] * 16) == ("dup", "vec_dup_lane", L.DupLane("16b", 3), (0,))
    assert _rule_of([20, 21, 22, 23] * 4) == ("dup", "vec_dup_lane", L.DupLane("4s", 1), (1,))
    assert _rule_of(range(16, 32)) == ("identity", "vec_copy", None, (1,))
    assert _rule_of([1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14]) == \
        ("rev", "vec_rev", L.Reverse("rev16", "16b"), (0,))
    assert _rule_of([0, 1, 2, 3, 28, 29, 30, 31] + list(range(8, 16))) == \
        ("ins", "vec_ins_lane", L.InsertLane("4s", 1, 3), (0, 1))
    assert _rule_of([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 5]) == \
        ("ins", "vec_ins_lane", L.InsertLane("16b", 15, 5), (1, 0))
    # a one-operand pattern with the same value on both sides
    assert _rule_of([0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23], same=True) == \
        ("permute", "vec_permute", L.Permute("zip1", "8h"), (0, 0))


def test_other_shuffles_are_a_table_lookup_over_one_register_when_they_can():
    mixed = bytes([0, 31, 5, 17, 9, 9, 2, 30, 1, 1, 1, 1, 16, 3, 4, 5])
    assert L.match_shuffle(mixed, False) is None
    assert L.table_indices(mixed, False) == (2, mixed)
    assert L.table_indices(mixed, True) == (1, bytes(i & 15 for i in mixed))
    high = bytes(i | 16 for i in mixed)
    assert L.table_indices(high, False) == (1, bytes(i & 15 for i in mixed))


# --- emitters against capstone -------------------------------------------------------------------

def disassemble(op: str, data, regs) -> list[str]:
    em = Words()
    L.EMITTERS[op](em, MInst(op, (), data), regs)
    out = []
    for word in em.words:
        insns = list(_MD.disasm(word.to_bytes(4, "little"), 0))
        assert insns, f"capstone cannot decode {word:#010x}"
        out.append(f"{insns[0].mnemonic} {insns[0].op_str}")
    return out


EMISSIONS = [
    ("vec_dup_gp", L.DupGeneral("16b"), [1, 2], ["dup v1.16b, w2"]),
    ("vec_dup_gp", L.DupGeneral("8h"), [0, 7], ["dup v0.8h, w7"]),
    ("vec_dup_gp", L.DupGeneral("4s"), [31, 30], ["dup v31.4s, w30"]),
    ("vec_dup_gp", L.DupGeneral("2d"), [3, 4], ["dup v3.2d, x4"]),
    ("vec_dup_lane", L.DupLane("4s", 0), [1, 2], ["dup v1.4s, v2.s[0]"]),
    ("vec_dup_lane", L.DupLane("2d", 1), [1, 2], ["dup v1.2d, v2.d[1]"]),
    ("vec_dup_lane", L.DupLane("16b", 15), [5, 6], ["dup v5.16b, v6.b[0xf]"]),
    ("vec_dup_lane", L.DupLane("8h", 6), [5, 6], ["dup v5.8h, v6.h[6]"]),
    ("vec_to_gp", L.ToGeneral("16b", 5, True), [0, 1], ["smov w0, v1.b[5]"]),
    ("vec_to_gp", L.ToGeneral("16b", 15, False), [0, 1], ["umov w0, v1.b[0xf]"]),
    ("vec_to_gp", L.ToGeneral("8h", 7, True), [2, 3], ["smov w2, v3.h[7]"]),
    ("vec_to_gp", L.ToGeneral("8h", 1, False), [2, 3], ["umov w2, v3.h[1]"]),
    ("vec_to_gp", L.ToGeneral("4s", 3, False), [4, 5], ["mov w4, v5.s[3]"]),
    ("vec_to_gp", L.ToGeneral("2d", 1, False), [4, 5], ["mov x4, v5.d[1]"]),
    ("vec_to_scalar", L.ToScalar("4s", 2), [0, 1], ["mov s0, v1.s[2]"]),
    ("vec_to_scalar", L.ToScalar("2d", 1), [7, 8], ["mov d7, v8.d[1]"]),
    ("vec_ins_gp", L.InsertGeneral("16b", 9), [1, 1, 3], ["mov v1.b[9], w3"]),
    ("vec_ins_gp", L.InsertGeneral("8h", 2), [1, 1, 3], ["mov v1.h[2], w3"]),
    ("vec_ins_gp", L.InsertGeneral("4s", 1), [1, 1, 3], ["mov v1.s[1], w3"]),
    ("vec_ins_gp", L.InsertGeneral("2d", 1), [1, 1, 3], ["mov v1.d[1], x3"]),
    ("vec_ins_lane", L.InsertLane("4s", 3), [2, 2, 9], ["mov v2.s[3], v9.s[0]"]),
    ("vec_ins_lane", L.InsertLane("2d", 1), [2, 2, 9], ["mov v2.d[1], v9.d[0]"]),
    ("vec_ins_lane", L.InsertLane("4s", 1, 3), [2, 2, 9], ["mov v2.s[1], v9.s[3]"]),
    ("vec_ins_lane", L.InsertLane("16b", 0, 15), [2, 2, 2], ["mov v2.b[0], v2.b[0xf]"]),
    ("vec_copy", None, [4, 4], []),
    ("vec_ext", L.Extract(3), [0, 1, 2], ["ext v0.16b, v1.16b, v2.16b, #3"]),
    ("vec_permute", L.Permute("zip1", "4s"), [0, 1, 2], ["zip1 v0.4s, v1.4s, v2.4s"]),
    ("vec_permute", L.Permute("uzp2", "16b"), [0, 1, 1], ["uzp2 v0.16b, v1.16b, v1.16b"]),
    ("vec_permute", L.Permute("trn1", "8h"), [3, 1, 2], ["trn1 v3.8h, v1.8h, v2.8h"]),
    ("vec_permute", L.Permute("zip2", "2d"), [3, 1, 2], ["zip2 v3.2d, v1.2d, v2.2d"]),
    ("vec_rev", L.Reverse("rev64", "4s"), [0, 1], ["rev64 v0.4s, v1.4s"]),
    ("vec_rev", L.Reverse("rev32", "8h"), [0, 1], ["rev32 v0.8h, v1.8h"]),
    ("vec_rev", L.Reverse("rev16", "16b"), [0, 1], ["rev16 v0.16b, v1.16b"]),
    ("vec_tbl", L.Table(1), [0, 1, 2], ["tbl v0.16b, {v1.16b}, v2.16b"]),
    ("vec_tbl", L.Table(2), [0, 30, 5, 6], ["mov v31.16b, v5.16b", "tbl v0.16b, {v30.16b, v31.16b}, v6.16b"]),
]


@pytest.mark.parametrize("op, data, regs, expect", EMISSIONS, ids=[f"{e[0]}-{e[1]}" for e in EMISSIONS])
def test_emitter(op, data, regs, expect):
    assert disassemble(op, data, regs) == expect


def test_every_lane_op_and_minst_op_is_covered():
    assert {op for op, _ in L.LANE_OPS.values()} | {"vec_copy", "vec_ext", "vec_permute", "vec_rev",
                                                     "vec_tbl"} == set(L.EMITTERS)
    assert {op for op, *_ in EMISSIONS} == set(L.EMITTERS)


# --- each operator's lowering and emission under Unicorn ---------------------------------------

ONES = (1 << 128) - 1
SHAPES = {"i8x16": (8, "i32"), "i16x8": (16, "i32"), "i32x4": (32, "i32"), "i64x2": (64, "i64"),
          "f32x4": (32, "f32"), "f64x2": (64, "f64")}


def split(value: int, bits: int) -> list[int]:
    return [(value >> (bits * k)) & ((1 << bits) - 1) for k in range(128 // bits)]


def join(lanes, bits: int) -> int:
    return sum((lane & ((1 << bits) - 1)) << (bits * k) for k, lane in enumerate(lanes))


class _Lowering:
    """What a family's lowering reads of aarch64.lower.Lowering, for one IR instruction whose
    values are its args (0, 1, ..; both args are value 0 when `same`) and then its result."""

    def __init__(self, opcode: int, types, imm, same: bool = False):
        args = [0, 0] if same else list(range(len(types) - 1))
        self.f = SimpleNamespace(inst_op=[opcode], inst_args=[args], inst_results=[[len(types) - 1]],
                                 inst_imm=[imm], resolve=lambda value: value)
        self.vcode = VCode()
        self.vregs = [self.vcode.new_vreg(INT if ty in ("i32", "i64") else FLOAT, wide=ty == "v128")
                      for ty in types]
        self.out: list[MInst] = []

    def vreg(self, value: int) -> int:
        return self.vregs[value]

    def use(self, value: int, constraint=REG, extra=0):
        return use(self.vregs[value], constraint, extra)

    def constant(self, value: int):
        return None

    def emit(self, opname, operands=(), data=None, clobbers=()):
        self.out.append(MInst(opname, tuple(operands), data, clobbers))


_EMULATOR = unicorn.Uc(unicorn.UC_ARCH_ARM64, unicorn.UC_MODE_ARM)
_CODE = 0x10000
_EMULATOR.mem_map(_CODE, 0x1000)


def run_lowered(opcode: int, types, imm, args, same: bool = False) -> int:
    """Lower one instruction of `opcode` (values typed `types`, the result last), give each vreg a
    register of its own (a REUSE def its input's; a FIXED use gets a move into its preg, as the
    allocator would make), emit it and run it under Unicorn on `args`; the result's register bits
    (all 128 of a v register, all 64 of an x register)."""
    lowering = _Lowering(opcode, types, imm, same)
    L.LOWERINGS[opcode](lowering, 0)
    free = {INT: list(range(16)), FLOAT: list(range(30))}   # v30/v31: the tbl pair
    register = {vreg: free[lowering.vcode.vreg_class[vreg]].pop(0) for vreg in lowering.vregs[:-1]}
    em = Words()
    for inst in lowering.out:
        regs = []
        for operand in inst.operands:
            if operand.kind == USE:
                assert operand.vreg in register, f"v{operand.vreg} read before it is written"
                if operand.constraint == FIXED:
                    em.put(encode_neon.mov(operand.extra & 31, register[operand.vreg]))
                    regs.append(operand.extra & 31)
                    continue
            elif operand.constraint == REUSE:
                register[operand.vreg] = register[inst.operands[operand.extra].vreg]
            else:
                register[operand.vreg] = free[lowering.vcode.vreg_class[operand.vreg]].pop(0)
            regs.append(register[operand.vreg])
        EMITTERS[inst.op](em, inst, regs)
    uc = _EMULATOR
    for vreg, value, ty in zip(lowering.vregs, args, types):
        uc.reg_write((UC_ARM64_REG_X0 if ty in ("i32", "i64") else UC_ARM64_REG_Q0) + register[vreg], value)
    end = _CODE + 4 * len(em.words)
    em.place_literals()
    code = b"".join(word.to_bytes(4, "little") for word in em.words)
    if code:   # (an empty range would run whatever the previous code left there)
        uc.mem_write(_CODE, code)
        uc.emu_start(_CODE, end)
    out = register[lowering.vregs[-1]]
    return uc.reg_read((UC_ARM64_REG_X0 if types[-1] in ("i32", "i64") else UC_ARM64_REG_Q0) + out)


def _vectors(count: int, seed) -> list[int]:
    rng = random.Random(seed)
    return [0, ONES, 0x8000_0000_0000_0000_7FFF_FFFF_FFFF_FFFF] + [rng.getrandbits(128) for _ in range(count)]


@pytest.mark.parametrize("shape", SHAPES)
def test_splat_under_unicorn(shape):
    bits, scalar = SHAPES[shape]
    for value in _vectors(6, shape):   # garbage above the scalar: only its low bits count
        expect = join([value] * (128 // bits), bits)
        assert run_lowered(getattr(op, f"{shape.upper()}_SPLAT"), (scalar, "v128"), None, [value]) == expect


@pytest.mark.parametrize("shape", SHAPES)
def test_splat_of_a_constant_is_a_v128_constant(shape):
    bits, scalar = SHAPES[shape]
    opcode = getattr(op, f"{shape.upper()}_SPLAT")
    for value in _vectors(3, shape):
        lowering = _Lowering(opcode, (scalar, "v128"), None)
        lowering.constant = lambda _, value=value: value & ((1 << 64) - 1)   # the CONST's bits
        L.LOWERINGS[opcode](lowering, 0)
        (inst,) = lowering.out
        assert inst.op == "v128_const" and inst.data.bits == join([value] * (128 // bits), bits)


def _extracts():
    for shape, (bits, scalar) in SHAPES.items():
        for suffix, signed in (("_S", True), ("_U", False)) if bits < 32 else (("", False),):
            yield f"{shape}.extract_lane{suffix.lower()}", getattr(op, f"{shape.upper()}_EXTRACT_LANE{suffix}"), \
                bits, scalar, signed


@pytest.mark.parametrize("name, opcode, bits, scalar, signed", list(_extracts()),
                         ids=[e[0] for e in _extracts()])
def test_extract_lane_under_unicorn(name, opcode, bits, scalar, signed):
    width = 32 if scalar in ("i32", "f32") else 64
    for vector in _vectors(4, name):
        for lane, value in enumerate(split(vector, bits)):
            if signed and value >> (bits - 1):
                value -= 1 << bits
            got = run_lowered(opcode, ("v128", scalar), lane, [vector])
            if scalar in ("f32", "f64"):   # a float lives in the low bits of its v register
                got &= (1 << width) - 1
            assert got == value & ((1 << width) - 1), (name, lane, hex(vector))


@pytest.mark.parametrize("shape", SHAPES)
def test_replace_lane_under_unicorn(shape):
    bits, scalar = SHAPES[shape]
    vectors = _vectors(3, shape)
    for vector, value in zip(vectors, reversed(vectors)):
        for lane in range(128 // bits):
            lanes = split(vector, bits)
            lanes[lane] = value
            got = run_lowered(getattr(op, f"{shape.upper()}_REPLACE_LANE"), ("v128", scalar, "v128"), lane,
                              [vector, value])
            assert got == join(lanes, bits), (shape, lane)


def test_every_shuffle_kind_under_unicorn():
    rng = random.Random(5)
    for lanes in [*_rule_shuffles(), *_random_shuffles(20, 17)]:
        a, b = rng.randbytes(16), rng.randbytes(16)
        va, vb = int.from_bytes(a, "little"), int.from_bytes(b, "little")
        types = ("v128", "v128", "v128")
        got = run_lowered(op.I8X16_SHUFFLE, types, lanes, [va, vb])
        assert got.to_bytes(16, "little") == wasm_shuffle(a, b, lanes), lanes.hex()
        got = run_lowered(op.I8X16_SHUFFLE, types, lanes, [va], same=True)
        assert got.to_bytes(16, "little") == wasm_shuffle(a, a, lanes), lanes.hex()


@pytest.mark.parametrize("opcode", [op.I8X16_SWIZZLE, op.I8X16_RELAXED_SWIZZLE])
def test_swizzle_under_unicorn(opcode):
    rng = random.Random(opcode)
    for _ in range(20):
        a = rng.randbytes(16)
        s = bytes(rng.choice([rng.randrange(16), rng.randrange(256)]) for _ in range(16))
        got = run_lowered(opcode, ("v128", "v128", "v128"), None,
                          [int.from_bytes(a, "little"), int.from_bytes(s, "little")])
        assert got.to_bytes(16, "little") == bytes(a[i] if i < 16 else 0 for i in s)


# --- end to end: vectors built from and read back into scalars -------------------------------------

needs_simd = pytest.mark.skipif(not FEATURES["simd"].compile, reason="the simd feature is not switched on yet")

# A v128 made of two i64 halves (low, high), and the two halves of a v128 on the stack.
_MAKE = "(i64x2.replace_lane 1 (i64x2.splat (local.get {lo})) (local.get {hi}))"
_HALVES = "(local.set $r {expr}) (i64x2.extract_lane 0 (local.get $r)) (i64x2.extract_lane 1 (local.get $r))"

SHUFFLES = {
    "identity_b": list(range(16, 32)),
    "dup_8h": [4, 5] * 8,
    "ext": list(range(3, 19)),
    "zip2_16b_swapped": [24, 8, 25, 9, 26, 10, 27, 11, 28, 12, 29, 13, 30, 14, 31, 15],
    "uzp1_4s": [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27],
    "trn2_2d_same": [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31],
    "rev32_8h": [18, 19, 16, 17, 22, 23, 20, 21, 26, 27, 24, 25, 30, 31, 28, 29],
    "ins_4s": [0, 1, 2, 3, 28, 29, 30, 31, 8, 9, 10, 11, 12, 13, 14, 15],
    "tbl1": [15, 0, 14, 1, 13, 2, 12, 3, 11, 4, 10, 5, 9, 6, 8, 7],
    "tbl2": [0, 31, 5, 17, 9, 9, 2, 30, 1, 1, 1, 1, 16, 3, 4, 5],
}


def _lanes_module() -> str:
    two = "(param i64 i64 i64 i64) (result i64 i64) (local $r v128)"
    funcs = [
        """(func (export "i8") (param i32 i32) (result i32 i32)
             (local $v v128) (local.set $v (i8x16.replace_lane 5 (i8x16.splat (local.get 0)) (local.get 1)))
             (i8x16.extract_lane_s 5 (local.get $v)) (i8x16.extract_lane_u 15 (local.get $v)))""",
        """(func (export "i16") (param i32 i32) (result i32 i32)
             (local $v v128) (local.set $v (i16x8.replace_lane 7 (i16x8.splat (local.get 0)) (local.get 1)))
             (i16x8.extract_lane_u 7 (local.get $v)) (i16x8.extract_lane_s 0 (local.get $v)))""",
        """(func (export "i32") (param i32 i32) (result i32 i32)
             (local $v v128) (local.set $v (i32x4.replace_lane 2 (i32x4.splat (local.get 0)) (local.get 1)))
             (i32x4.extract_lane 2 (local.get $v)) (i32x4.extract_lane 3 (local.get $v)))""",
        """(func (export "f32") (param f32 f32) (result f32 f32)
             (local $v v128) (local.set $v (f32x4.replace_lane 1 (f32x4.splat (local.get 0)) (local.get 1)))
             (f32x4.extract_lane 1 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))""",
        """(func (export "f64") (param f64 f64) (result f64 f64)
             (local $v v128) (local.set $v (f64x2.replace_lane 0 (f64x2.splat (local.get 0)) (local.get 1)))
             (f64x2.extract_lane 0 (local.get $v)) (f64x2.extract_lane 1 (local.get $v)))""",
        f"""(func (export "swizzle") {two}
             {_HALVES.format(expr=f"(i8x16.swizzle {_MAKE.format(lo=0, hi=1)} {_MAKE.format(lo=2, hi=3)})")})""",
    ]
    for name, lanes in SHUFFLES.items():
        b = _MAKE.format(lo=0, hi=1) if name.endswith("same") else _MAKE.format(lo=2, hi=3)
        shuffle = f"(i8x16.shuffle {' '.join(map(str, lanes))} {_MAKE.format(lo=0, hi=1)} {b})"
        funcs.append(f'(func (export "{name}") {two} {_HALVES.format(expr=shuffle)})')
    funcs.append(_pressure_function())
    return "(module\n" + "\n".join(funcs) + ")"


PRESSURE = 34   # live v128 values, more than the v registers


def _pressure_vectors(p0: int, p1: int) -> list[bytes]:
    mask = (1 << 64) - 1
    return [struct.pack("<QQ", (p0 + i) & mask, (p1 + 7 * i) & mask) for i in range(PRESSURE)]


def _pressure_function() -> str:
    """pressure(p0, p1): PRESSURE vectors all live while each in turn becomes a two-register tbl
    shuffle of itself and the next (v30 FIXED while the others crowd the registers); their xor."""
    lanes = " ".join(map(str, SHUFFLES["tbl2"]))
    body = [f"(local.set $v{i} (i64x2.replace_lane 1 (i64x2.splat (i64.add (local.get 0) (i64.const {i})))"
            f" (i64.add (local.get 1) (i64.const {7 * i}))))" for i in range(PRESSURE)]
    body += [f"(local.set $v{i} (i8x16.shuffle {lanes} (local.get $v{i}) (local.get $v{(i + 1) % PRESSURE})))"
             for i in range(PRESSURE)]
    xor = "(local.get $v0)"
    for i in range(1, PRESSURE):
        xor = f"(v128.xor {xor} (local.get $v{i}))"
    locals_ = " ".join(f"(local $v{i} v128)" for i in range(PRESSURE))
    return (f'(func (export "pressure") (param i64 i64) (result i64 i64) {locals_} (local $r v128) '
            f'{" ".join(body)} {_HALVES.format(expr=xor)})')


@pytest.fixture(scope="module", params=["backtracking", "simple"])
def lanes_instance(request, tmp_path_factory):
    """The lanes module compiled with each register allocator (REUSE and FIXED operands), checked."""
    from wasmoon_aot.runtime import load
    from guest import wat_artifact
    path = tmp_path_factory.mktemp("lanes") / f"lanes-{request.param}.so"
    wat_artifact(path, _lanes_module(), check=True, regalloc=request.param)
    return load(str(path))


def _halves(vector: bytes) -> list[int]:
    return list(struct.unpack("<QQ", vector))


@needs_simd
def test_splat_replace_extract_integer_lanes(lanes_instance):
    f = lanes_instance.exports
    assert f.i8.call_bits([0x1234_5680, 0xFF7F]) == [0x7F, 0x80]
    assert f.i8.call_bits([0x0000_00FE, 0x0080]) == [0xFFFF_FF80, 0xFE]
    assert f.i16.call_bits([0xABCD_8001, 0x1_FFFE]) == [0xFFFE, 0xFFFF_8001]
    assert f.i32.call_bits([0x8000_0001, 0xFFFF_FFFF]) == [0xFFFF_FFFF, 0x8000_0001]


@needs_simd
def test_splat_replace_extract_float_lanes_keep_their_bits(lanes_instance):
    f = lanes_instance.exports
    nan32, nan64 = 0x7FA0_0001, 0xFFF4_0000_0000_0001   # signalling NaNs with payloads
    assert f.f32.call_bits([nan32, 0x8000_0000]) == [0x8000_0000, nan32]
    assert f.f64.call_bits([nan64, 0x3FF0_0000_0000_0000]) == [0x3FF0_0000_0000_0000, nan64]


@needs_simd
def test_swizzle_gives_zero_out_of_range(lanes_instance):
    rng = random.Random(3)
    for _ in range(4):
        a = rng.randbytes(16)
        s = bytes(rng.choice([rng.randrange(16), rng.randrange(16, 256)]) for _ in range(16))
        expect = bytes(a[i] if i < 16 else 0 for i in s)
        assert lanes_instance.exports.swizzle.call_bits(_halves(a) + _halves(s)) == _halves(expect)


@needs_simd
@pytest.mark.parametrize("name", SHUFFLES)
def test_shuffle(lanes_instance, name):
    rng = random.Random(name)
    a, b = rng.randbytes(16), rng.randbytes(16)
    expect = wasm_shuffle(a, a if name.endswith("same") else b, bytes(SHUFFLES[name]))
    assert getattr(lanes_instance.exports, name).call_bits(_halves(a) + _halves(b)) == _halves(expect)


@needs_simd
def test_two_register_tables_under_register_pressure(lanes_instance):
    for p0, p1 in ((1, 2), (0x0102_0304_0506_0708, 0x1112_1314_1516_1718)):
        vectors = _pressure_vectors(p0, p1)
        for i in range(PRESSURE):
            vectors[i] = wasm_shuffle(vectors[i], vectors[(i + 1) % PRESSURE], bytes(SHUFFLES["tbl2"]))
        xor = bytes(16)
        for vector in vectors:
            xor = bytes(x ^ y for x, y in zip(xor, vector))
        assert lanes_instance.exports.pressure.call_bits([p0, p1]) == _halves(xor)


def test_the_shuffles_run_end_to_end_cover_every_rule():
    seen = {_rule_of(lanes, name.endswith("same"))[0] if _rule_of(lanes, name.endswith("same")) else "tbl"
            for name, lanes in SHUFFLES.items()}
    assert seen == {rule.name for rule in L.SHUFFLE_RULES} | {"tbl"}
