"""SIMD integer, bitwise and compare operators (aot/isa/aarch64/simd/integer.py).

The emitters are checked against capstone; the end-to-end tests compile small WAT
modules, call them with v128 values and compare every lane with the Wasm semantics
computed here in Python.  Those need the simd feature, which stays off until every
SIMD family has landed."""

from __future__ import annotations

import random

import capstone
import pytest

from wasmoon_aot.aot.isa.aarch64.inst import MInst
from wasmoon_aot.aot.isa.aarch64.simd import integer as I
from wasmoon_aot.aot.wasm import opcodes as op
from wasmoon_aot.aot.wasm.features import FEATURES

_MD = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)


class _Words:
    """Collects what an emitter puts."""

    def __init__(self):
        self.words = []

    def put(self, *words):
        self.words.extend(words)


def listing(opname: str, data, regs) -> list[str]:
    em = _Words()
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
    ("vint_dup", I.Dup("2d"), (1, 2), ["dup v1.2d, x2"]),
    ("vint_dup", I.Dup("8h"), (1, 2), ["dup v1.8h, w2"]),
    ("vint_weights", I.Weights(0x0000000200000001), (5,),
     ["mov x16, #1", "movk x16, #2, lsl #32", "dup v5.2d, x16"]),
    ("vint_umov", I.Lane("h", 0), (1, 2), ["umov w1, v2.h[0]"]),
    ("vint_test", I.Test(True), (1, 2), ["fmov w1, s2", "cmp w1, #0", "cset w1, eq"]),
])
def test_emitters_disassemble(opname, data, regs, expected):
    assert listing(opname, data, regs) == expected


def test_every_table_instruction_has_an_encoder():
    names = {name for name, _, _ in I.BINARY.values()} | {name for name, _ in I.UNARY.values()}
    for name in names:
        assert callable(I._encoder(name)), name


def test_the_family_covers_its_operators():
    integer = ("i8x16.", "i16x8.", "i32x4.", "i64x2.", "v128.")
    others = ("load", "store", "const", "splat", "extract_lane", "replace_lane", "shuffle", "swizzle", "trunc", "convert")
    expected = {code for code, name in op.OPCODE_NAMES.items()
                if 0xFD000 <= code < 0xFE000 and name.startswith(integer) and not any(w in name for w in others)}
    assert set(I.LOWERINGS) == expected


# --- end to end ---------------------------------------------------------------------

needs_simd = pytest.mark.skipif(not (FEATURES["simd"].compile and FEATURES["relaxed-simd"].compile),
                                reason="SIMD code generation is switched off in aot/wasm/features.py")


def lanes(value: int, bits: int) -> list[int]:
    return [(value >> (bits * k)) & ((1 << bits) - 1) for k in range(128 // bits)]


def pack(values, bits: int) -> int:
    return sum((x & ((1 << bits) - 1)) << (bits * k) for k, x in enumerate(values))


def signed(x: int, bits: int) -> int:
    x &= (1 << bits) - 1
    return x - (1 << bits) if x >> (bits - 1) else x


def clamp(x: int, low: int, high: int) -> int:
    return max(low, min(high, x))


def lanewise(bits: int, f):
    return lambda a, b: pack([f(x, y) for x, y in zip(lanes(a, bits), lanes(b, bits))], bits)


def mask(bits: int, test):
    return lanewise(bits, lambda x, y: -1 if test(x, y) else 0)


def s_(bits: int, test):
    return mask(bits, lambda x, y: test(signed(x, bits), signed(y, bits)))


def sat_s(bits: int, f):
    return lanewise(bits, lambda x, y: clamp(f(signed(x, bits), signed(y, bits)), -(1 << bits - 1), (1 << bits - 1) - 1))


def sat_u(bits: int, f):
    return lanewise(bits, lambda x, y: clamp(f(x, y), 0, (1 << bits) - 1))


def widen(bits: int, value: int, high: bool, sign: bool) -> list[int]:
    half = lanes(value, bits)[64 // bits:] if high else lanes(value, bits)[:64 // bits]
    return [signed(x, bits) if sign else x for x in half]


def extmul(bits: int, high: bool, sign: bool):
    return lambda a, b: pack([x * y for x, y in zip(widen(bits, a, high, sign), widen(bits, b, high, sign))], 2 * bits)


def narrow(bits: int, sign: bool):
    low, high = (-(1 << bits - 1), (1 << bits - 1) - 1) if sign else (0, (1 << bits) - 1)
    return lambda a, b: pack([clamp(signed(x, 2 * bits), low, high) for x in lanes(a, 2 * bits) + lanes(b, 2 * bits)], bits)


def q15mulr(x: int, y: int) -> int:
    return clamp((signed(x, 16) * signed(y, 16) + (1 << 14)) >> 15, -32768, 32767)


def dot(bits: int, a: int, b: int) -> list[int]:
    products = [signed(x, bits) * signed(y, bits) for x, y in zip(lanes(a, bits), lanes(b, bits))]
    return [products[k] + products[k + 1] for k in range(0, len(products), 2)]


BINARY = {
    "i8x16.add": lanewise(8, lambda x, y: x + y), "i16x8.sub": lanewise(16, lambda x, y: x - y),
    "i16x8.mul": lanewise(16, lambda x, y: x * y), "i32x4.mul": lanewise(32, lambda x, y: x * y),
    "i64x2.mul": lanewise(64, lambda x, y: x * y), "i64x2.add": lanewise(64, lambda x, y: x + y),
    "i8x16.add_sat_s": sat_s(8, lambda x, y: x + y), "i8x16.sub_sat_u": sat_u(8, lambda x, y: x - y),
    "i16x8.add_sat_u": sat_u(16, lambda x, y: x + y), "i16x8.sub_sat_s": sat_s(16, lambda x, y: x - y),
    "i8x16.min_s": lanewise(8, lambda x, y: min(signed(x, 8), signed(y, 8))),
    "i32x4.max_u": lanewise(32, max), "i16x8.avgr_u": lanewise(16, lambda x, y: (x + y + 1) >> 1),
    "i8x16.eq": mask(8, lambda x, y: x == y), "i16x8.ne": mask(16, lambda x, y: x != y),
    "i8x16.lt_s": s_(8, lambda x, y: x < y), "i16x8.ge_u": mask(16, lambda x, y: x >= y),
    "i32x4.le_u": mask(32, lambda x, y: x <= y), "i32x4.gt_s": s_(32, lambda x, y: x > y),
    "i64x2.le_s": s_(64, lambda x, y: x <= y), "i64x2.ne": mask(64, lambda x, y: x != y),
    "v128.and": lambda a, b: a & b, "v128.or": lambda a, b: a | b, "v128.xor": lambda a, b: a ^ b,
    "v128.andnot": lambda a, b: a & ~b & ((1 << 128) - 1),
    "i8x16.narrow_i16x8_s": narrow(8, True), "i8x16.narrow_i16x8_u": narrow(8, False),
    "i16x8.narrow_i32x4_u": narrow(16, False),
    "i16x8.extmul_high_i8x16_s": extmul(8, True, True), "i32x4.extmul_low_i16x8_u": extmul(16, False, False),
    "i64x2.extmul_high_i32x4_u": extmul(32, True, False), "i64x2.extmul_low_i32x4_s": extmul(32, False, True),
    "i16x8.q15mulr_sat_s": lanewise(16, q15mulr), "i16x8.relaxed_q15mulr_s": lanewise(16, q15mulr),
    "i32x4.dot_i16x8_s": lambda a, b: pack(dot(16, a, b), 32),
    "i16x8.relaxed_dot_i8x16_i7x16_s": lambda a, b: pack(dot(8, a, b), 16),
}

UNARY = {
    "i8x16.neg": lambda a: pack([-x for x in lanes(a, 8)], 8),
    "i64x2.neg": lambda a: pack([-x for x in lanes(a, 64)], 64),
    "i8x16.abs": lambda a: pack([abs(signed(x, 8)) for x in lanes(a, 8)], 8),
    "i32x4.abs": lambda a: pack([abs(signed(x, 32)) for x in lanes(a, 32)], 32),
    "i8x16.popcnt": lambda a: pack([bin(x).count("1") for x in lanes(a, 8)], 8),
    "v128.not": lambda a: a ^ ((1 << 128) - 1),
    "i16x8.extend_low_i8x16_s": lambda a: pack(widen(8, a, False, True), 16),
    "i32x4.extend_high_i16x8_u": lambda a: pack(widen(16, a, True, False), 32),
    "i64x2.extend_high_i32x4_s": lambda a: pack(widen(32, a, True, True), 64),
    "i16x8.extadd_pairwise_i8x16_s": lambda a: pack(dot(8, a, pack([1] * 16, 8)), 16),
    "i32x4.extadd_pairwise_i16x8_u": lambda a: pack([x + y for x, y in zip(lanes(a, 16)[::2], lanes(a, 16)[1::2])], 32),
}

TESTS = {
    "v128.any_true": lambda a: int(a != 0),
    **{f"i{bits}x{128 // bits}.all_true": (lambda bits: lambda a: int(all(lanes(a, bits))))(bits)
       for bits in (8, 16, 32, 64)},
    **{f"i{bits}x{128 // bits}.bitmask": (lambda bits: lambda a: sum(1 << k for k, x in enumerate(lanes(a, bits))
                                                                      if x >> (bits - 1)))(bits)
       for bits in (8, 16, 32, 64)},
}

SHIFTS = {f"i{bits}x{128 // bits}.{kind}": (bits, kind) for bits in (8, 16, 32, 64)
          for kind in ("shl", "shr_s", "shr_u")}
CONSTANT_COUNTS = (0, 1, 7, 33, 64)


def shift(bits: int, kind: str, a: int, count: int) -> int:
    count %= bits
    if kind == "shl":
        return pack([x << count for x in lanes(a, bits)], bits)
    if kind == "shr_s":
        return pack([signed(x, bits) >> count for x in lanes(a, bits)], bits)
    return pack([x >> count for x in lanes(a, bits)], bits)


def pairs16(a: int, b: int) -> list[int]:
    """The i16 pair sums of the relaxed dot products, wrapped as addp wraps them (this backend's choice)."""
    return [signed(x, 16) for x in dot(8, a, b)]


def select(a: int, b: int, c: int) -> int:
    return (a & c) | (b & ~c & ((1 << 128) - 1))


THREE = {
    "v128.bitselect": select,
    **{f"i{bits}x{128 // bits}.relaxed_laneselect": select for bits in (8, 16, 32, 64)},
    "i32x4.relaxed_dot_i8x16_i7x16_add_s": lambda a, b, c: pack([x + y + signed(z, 32) for x, y, z in zip(
        pairs16(a, b)[::2], pairs16(a, b)[1::2], lanes(c, 32))], 32),
}


def _module() -> str:
    funcs = [f'(func (export "{name}") (param v128 v128) (result v128) ({name} (local.get 0) (local.get 1)))'
             for name in BINARY]
    funcs += [f'(func (export "{name}") (param v128) (result v128) ({name} (local.get 0)))' for name in UNARY]
    funcs += [f'(func (export "{name}") (param v128) (result i32) ({name} (local.get 0)))' for name in TESTS]
    funcs += [f'(func (export "{name}") (param v128 i32) (result v128) ({name} (local.get 0) (local.get 1)))'
              for name in SHIFTS]
    funcs += [f'(func (export "{name}/{count}") (param v128) (result v128) ({name} (local.get 0) (i32.const {count})))'
              for name in SHIFTS for count in CONSTANT_COUNTS]
    funcs += [f'(func (export "{name}") (param v128 v128 v128) (result v128) '
              f'({name} (local.get 0) (local.get 1) (local.get 2)))' for name in THREE]
    return "(module\n  " + "\n  ".join(funcs) + ")"


def _values() -> list[int]:
    rng = random.Random(13)
    edges = [0, (1 << 128) - 1, pack([0x80, 0x7F, 0xFF, 0x00, 0x01, 0xFE, 0x81, 0x7E] * 2, 8),
             pack([0x8000, 0x7FFF, 0, 0xFFFF, 1, 0x8001, 0x7FFE, 0x100], 16),
             pack([0x80000000, 0x7FFFFFFF, 0xFFFFFFFF, 1], 32), pack([1 << 63, (1 << 63) - 1], 64),
             pack([0, 5], 64), pack([0, 0, 0, 0x80], 32)]
    return edges + [rng.getrandbits(128) for _ in range(6)]


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.wat import wat_to_wasm
    from wasmoon_aot.linker import write_elf
    from wasmoon_aot.runtime import load
    path = tmp_path_factory.mktemp("simd_integer") / "module.so"
    path.write_bytes(write_elf(compile_bytes(wat_to_wasm(_module().encode())).image))
    return load(str(path)).exports


def _call(exports, name, *args):
    return exports[name](*args)


@needs_simd
@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary(exports, name):
    values = _values()
    pairs = list(zip(values, values[1:] + values[:1])) + [(v, v) for v in values[:4]]
    for a, b in pairs:
        assert _call(exports, name, a, b) == BINARY[name](a, b), (name, hex(a), hex(b))


@needs_simd
@pytest.mark.parametrize("name", sorted(UNARY) + sorted(TESTS))
def test_unary_and_reductions(exports, name):
    model = UNARY.get(name) or TESTS[name]
    for a in _values():
        assert _call(exports, name, a) == model(a), (name, hex(a))


@needs_simd
@pytest.mark.parametrize("name", sorted(SHIFTS))
def test_shifts_take_the_count_modulo_the_lane_width(exports, name):
    bits, kind = SHIFTS[name]
    for a in _values()[:6]:
        for count in (0, 1, bits - 1, bits, bits + 3, -1, 0x7FFFFFFF):
            assert _call(exports, name, a, count) == shift(bits, kind, a, count), (name, hex(a), count)
        for count in CONSTANT_COUNTS:
            assert _call(exports, f"{name}/{count}", a) == shift(bits, kind, a, count), (name, hex(a), count)


@needs_simd
@pytest.mark.parametrize("name", sorted(THREE))
def test_selects_and_dot_add(exports, name):
    values = _values()
    for a, b, c in zip(values, values[3:] + values[:3], values[5:] + values[:5]):
        assert _call(exports, name, a, b, c) == THREE[name](a, b, c), (name, hex(a), hex(b), hex(c))
