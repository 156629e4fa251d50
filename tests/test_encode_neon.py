"""NEON (Advanced SIMD) encodings checked against the capstone disassembler.

Every public encoder of encode_neon.py has cases here (test_every_encoder_is_checked
says so): the expected text is built from the Arm ARM's assembler syntax, one
table per encoding class, and each arrangement an instruction does not have must
raise ValueError.  vector_imm, which chooses an instruction for a constant, is
checked by running words under the Unicorn emulator: it must find every constant
that one movi/mvni/fmov makes, and no other.  The instructions whose docstrings
promise a behaviour beyond their syntax (operand roles, lanes kept or zeroed) run
under Unicorn too.
"""

from __future__ import annotations

import functools
import inspect
import random

import pytest
import unicorn
from unicorn.arm64_const import UC_ARM64_REG_Q0, UC_ARM64_REG_X0

from test_encode import dis, imm
from wasmoon_aot.aot.isa.aarch64 import encode as E
from wasmoon_aot.aot.isa.aarch64 import encode_neon as N

ARRS = ("8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d")
NO_D = {"8b", "16b", "4h", "8h", "2s", "4s"}
NO_1D = NO_D | {"2d"}
BYTES = {"8b", "16b"}
HS = {"4h", "8h", "2s", "4s"}
FP = {"2s", "4s", "2d"}
LO = ("8b", "4h", "2s")            # 64-bit narrow sides
HI = ("16b", "8h", "4s")           # their "2" forms
LANE = {"8b": "b", "16b": "b", "4h": "h", "8h": "h", "2s": "s", "4s": "s", "1d": "d", "2d": "d"}
BITS = {"b": 8, "h": 16, "s": 32, "d": 64}
REGS3 = ((0, 1, 2), (31, 0, 30), (15, 16, 8))
REGS2 = ((0, 1), (31, 30), (7, 31))

CASES: list[tuple[str, object, str]] = []
BAD: list[tuple[object, tuple]] = []


def case(fn, *args, expect: str) -> None:
    CASES.append((f"{fn.__name__}{args}", (fn, args), expect))


def bad(fn, *args) -> None:
    BAD.append((fn, args))


def idx(i: int) -> str:
    """A lane index as capstone prints it inside brackets."""
    return imm(i)[1:]


def by_arrangement(fn, allowed, expect, nregs: int) -> None:
    """Cases of fn(regs..., arr) for every arrangement: the allowed ones disassemble to expect(regs, arr)."""
    for arr in ARRS:
        if arr not in allowed:
            bad(fn, *REGS3[0][:nregs], arr)
            continue
        for regs in (REGS3 if nregs == 3 else REGS2):
            case(fn, *regs, arr, expect=expect(regs, arr))


def same3(mnemonic: str):
    return lambda r, a: f"{mnemonic} v{r[0]}.{a}, v{r[1]}.{a}, v{r[2]}.{a}"


def same2(mnemonic: str, suffix: str = ""):
    return lambda r, a: f"{mnemonic} v{r[0]}.{a}, v{r[1]}.{a}{suffix}"


# --- three same (integer, logical, FP) ---------------------------------------------------------

THREE_SAME = [
    (N.shadd, "shadd", NO_D), (N.uhadd, "uhadd", NO_D), (N.sqadd, "sqadd", NO_1D), (N.uqadd, "uqadd", NO_1D),
    (N.srhadd, "srhadd", NO_D), (N.urhadd, "urhadd", NO_D), (N.sqsub, "sqsub", NO_1D),
    (N.uqsub, "uqsub", NO_1D), (N.cmgt, "cmgt", NO_1D), (N.cmhi, "cmhi", NO_1D), (N.cmge, "cmge", NO_1D),
    (N.cmhs, "cmhs", NO_1D), (N.sshl, "sshl", NO_1D), (N.ushl, "ushl", NO_1D), (N.smax, "smax", NO_D),
    (N.umax, "umax", NO_D), (N.smin, "smin", NO_D), (N.umin, "umin", NO_D), (N.sabd, "sabd", NO_D),
    (N.uabd, "uabd", NO_D), (N.add, "add", NO_1D), (N.sub, "sub", NO_1D), (N.cmtst, "cmtst", NO_1D),
    (N.cmeq, "cmeq", NO_1D), (N.mla, "mla", NO_D), (N.mls, "mls", NO_D), (N.mul, "mul", NO_D),
    (N.smaxp, "smaxp", NO_D), (N.umaxp, "umaxp", NO_D), (N.sminp, "sminp", NO_D), (N.uminp, "uminp", NO_D),
    (N.sqdmulh, "sqdmulh", HS), (N.sqrdmulh, "sqrdmulh", HS), (N.addp, "addp", NO_1D),
    (N.and_, "and", BYTES), (N.bic, "bic", BYTES), (N.orr, "orr", BYTES), (N.orn, "orn", BYTES),
    (N.eor, "eor", BYTES), (N.bsl, "bsl", BYTES), (N.bit, "bit", BYTES), (N.bif, "bif", BYTES),
    (N.fmaxnm, "fmaxnm", FP), (N.fminnm, "fminnm", FP), (N.fmla, "fmla", FP), (N.fmls, "fmls", FP),
    (N.fadd, "fadd", FP), (N.fsub, "fsub", FP), (N.faddp, "faddp", FP), (N.fabd, "fabd", FP),
    (N.fmul, "fmul", FP), (N.fcmeq, "fcmeq", FP), (N.fcmge, "fcmge", FP), (N.fcmgt, "fcmgt", FP),
    (N.fmax, "fmax", FP), (N.fmin, "fmin", FP), (N.fmaxp, "fmaxp", FP), (N.fminp, "fminp", FP),
    (N.fdiv, "fdiv", FP),
]
for fn, mnemonic, allowed in THREE_SAME:
    by_arrangement(fn, allowed, same3(mnemonic), 3)

for arr in sorted(BYTES):
    case(N.mov, 0, 1, arr, expect=f"mov v0.{arr}, v1.{arr}")
    case(N.mov, 31, 17, arr, expect=f"mov v31.{arr}, v17.{arr}")
case(N.mov, 3, 4, expect="mov v3.16b, v4.16b")
bad(N.mov, 0, 1, "4s")

# --- two-register misc -----------------------------------------------------------------------------

TWO_MISC = [
    (N.rev64, "rev64", NO_D, ""), (N.rev32, "rev32", {"8b", "16b", "4h", "8h"}, ""),
    (N.rev16, "rev16", BYTES, ""), (N.cls, "cls", NO_D, ""), (N.clz, "clz", NO_D, ""),
    (N.cnt, "cnt", BYTES, ""), (N.not_, "mvn", BYTES, ""), (N.rbit, "rbit", BYTES, ""),
    (N.sqabs, "sqabs", NO_1D, ""), (N.sqneg, "sqneg", NO_1D, ""),
    (N.cmgt_zero, "cmgt", NO_1D, ", #0"), (N.cmge_zero, "cmge", NO_1D, ", #0"),
    (N.cmeq_zero, "cmeq", NO_1D, ", #0"), (N.cmle_zero, "cmle", NO_1D, ", #0"),
    (N.cmlt_zero, "cmlt", NO_1D, ", #0"), (N.abs, "abs", NO_1D, ""), (N.neg, "neg", NO_1D, ""),
    (N.frintn, "frintn", FP, ""), (N.frintp, "frintp", FP, ""), (N.frinta, "frinta", FP, ""),
    (N.frintm, "frintm", FP, ""), (N.frintz, "frintz", FP, ""), (N.frintx, "frintx", FP, ""),
    (N.frinti, "frinti", FP, ""), (N.fcvtns, "fcvtns", FP, ""), (N.fcvtnu, "fcvtnu", FP, ""),
    (N.fcvtps, "fcvtps", FP, ""), (N.fcvtpu, "fcvtpu", FP, ""), (N.fcvtms, "fcvtms", FP, ""),
    (N.fcvtmu, "fcvtmu", FP, ""), (N.fcvtzs, "fcvtzs", FP, ""), (N.fcvtzu, "fcvtzu", FP, ""),
    (N.scvtf, "scvtf", FP, ""), (N.ucvtf, "ucvtf", FP, ""), (N.frecpe, "frecpe", FP, ""),
    (N.frsqrte, "frsqrte", FP, ""), (N.fcmgt_zero, "fcmgt", FP, ", #0.0"),
    (N.fcmge_zero, "fcmge", FP, ", #0.0"), (N.fcmeq_zero, "fcmeq", FP, ", #0.0"),
    (N.fcmle_zero, "fcmle", FP, ", #0.0"), (N.fcmlt_zero, "fcmlt", FP, ", #0.0"),
    (N.fabs, "fabs", FP, ""), (N.fneg, "fneg", FP, ""), (N.fsqrt, "fsqrt", FP, ""),
]
for fn, mnemonic, allowed, suffix in TWO_MISC:
    by_arrangement(fn, allowed, same2(mnemonic, suffix), 2)

# pairwise long: the arrangement is the source's; the result has half as many lanes, twice as wide
PAIRWISE = {"8b": "4h", "16b": "8h", "4h": "2s", "8h": "4s", "2s": "1d", "4s": "2d"}
for fn, mnemonic in ((N.saddlp, "saddlp"), (N.uaddlp, "uaddlp")):
    by_arrangement(fn, NO_D, lambda r, a, m=mnemonic: f"{m} v{r[0]}.{PAIRWISE[a]}, v{r[1]}.{a}", 2)

# narrowing: the arrangement is the narrow side; the wide side has the same lane count at twice the width
NARROW = {"8b": "8h", "16b": "8h", "4h": "4s", "8h": "4s", "2s": "2d", "4s": "2d"}
for fn, fn2, mnemonic in ((N.xtn, N.xtn2, "xtn"), (N.sqxtun, N.sqxtun2, "sqxtun"),
                          (N.sqxtn, N.sqxtn2, "sqxtn"), (N.uqxtn, N.uqxtn2, "uqxtn")):
    by_arrangement(fn, set(LO), lambda r, a, m=mnemonic: f"{m} v{r[0]}.{a}, v{r[1]}.{NARROW[a]}", 2)
    by_arrangement(fn2, set(HI), lambda r, a, m=mnemonic: f"{m}2 v{r[0]}.{a}, v{r[1]}.{NARROW[a]}", 2)

# capstone prints shll's implied shift in decimal
by_arrangement(N.shll, set(LO), lambda r, a: f"shll v{r[0]}.{NARROW[a]}, v{r[1]}.{a}, #{BITS[LANE[a]]}", 2)
by_arrangement(N.shll2, set(HI), lambda r, a: f"shll2 v{r[0]}.{NARROW[a]}, v{r[1]}.{a}, #{BITS[LANE[a]]}", 2)

by_arrangement(N.fcvtn, {"2s"}, lambda r, a: f"fcvtn v{r[0]}.2s, v{r[1]}.2d", 2)
by_arrangement(N.fcvtn2, {"4s"}, lambda r, a: f"fcvtn2 v{r[0]}.4s, v{r[1]}.2d", 2)
by_arrangement(N.fcvtl, {"2s"}, lambda r, a: f"fcvtl v{r[0]}.2d, v{r[1]}.2s", 2)
by_arrangement(N.fcvtl2, {"4s"}, lambda r, a: f"fcvtl2 v{r[0]}.2d, v{r[1]}.4s", 2)
case(N.fcvtn, 5, 6, expect="fcvtn v5.2s, v6.2d")
case(N.fcvtl2, 5, 6, expect="fcvtl2 v5.2d, v6.4s")

# --- across lanes, scalar pairwise ---------------------------------------------------------------

ACROSS = {"8b", "16b", "4h", "8h", "4s"}
LONGER = {"b": "h", "h": "s", "s": "d"}
for fn, mnemonic, long in ((N.addv, "addv", False), (N.smaxv, "smaxv", False), (N.umaxv, "umaxv", False),
                           (N.sminv, "sminv", False), (N.uminv, "uminv", False),
                           (N.saddlv, "saddlv", True), (N.uaddlv, "uaddlv", True)):
    by_arrangement(fn, ACROSS, lambda r, a, m=mnemonic, long=long:
                   f"{m} {LONGER[LANE[a]] if long else LANE[a]}{r[0]}, v{r[1]}.{a}", 2)

by_arrangement(N.addp_scalar, {"2d"}, lambda r, a: f"addp d{r[0]}, v{r[1]}.2d", 2)
case(N.addp_scalar, 3, 4, expect="addp d3, v4.2d")

# --- copy -----------------------------------------------------------------------------------------

LANES = {"b": 16, "h": 8, "s": 4, "d": 2}
for arr in ARRS:
    lane = LANE[arr]
    if arr == "1d":
        bad(N.dup_element, 0, 1, 0, arr)
        bad(N.dup_general, 0, 1, arr)
        continue
    for index in (0, 1, LANES[lane] - 1):
        case(N.dup_element, 0, 31, index, arr, expect=f"dup v0.{arr}, v31.{lane}[{idx(index)}]")
    bad(N.dup_element, 0, 1, LANES[lane], arr)
    bad(N.dup_element, 0, 1, -1, arr)
    case(N.dup_general, 3, 4, arr, expect=f"dup v3.{arr}, {'x' if lane == 'd' else 'w'}4")
    case(N.dup_general, 30, 31, arr, expect=f"dup v30.{arr}, {'xzr' if lane == 'd' else 'wzr'}")

for lane, count in LANES.items():
    gp = "x" if lane == "d" else "w"
    for dst, src in ((0, count - 1), (count - 1, 0), (1, 1)):
        case(N.ins_element, 2, dst, 29, src, lane, expect=f"mov v2.{lane}[{idx(dst)}], v29.{lane}[{idx(src)}]")
        case(N.ins_general, 2, dst, 29, lane, expect=f"mov v2.{lane}[{idx(dst)}], {gp}29")
        # capstone names umov of s and d lanes by its alias mov
        case(N.umov, 7, 31, dst, lane, expect=f"{'mov' if lane in 'sd' else 'umov'} {gp}7, v31.{lane}[{idx(dst)}]")
        if lane != "d":
            case(N.smov, True, 7, 31, dst, lane, expect=f"smov x7, v31.{lane}[{idx(dst)}]")
        if lane in "bh":
            case(N.smov, False, 7, 31, dst, lane, expect=f"smov w7, v31.{lane}[{idx(dst)}]")
    bad(N.ins_element, 0, count, 1, 0, lane)
    bad(N.ins_element, 0, 0, 1, count, lane)
    bad(N.ins_general, 0, count, 1, lane)
    bad(N.umov, 0, 1, count, lane)
bad(N.smov, True, 0, 1, 0, "d")
bad(N.smov, False, 0, 1, 0, "s")
bad(N.umov, 0, 1, 0, "q")
bad(N.ins_general, 0, 0, 1, "x")

for lane, count in LANES.items():
    for index in (0, count - 1):
        for rd, rn in REGS2:
            case(N.dup_scalar, rd, rn, index, lane, expect=f"mov {lane}{rd}, v{rn}.{lane}[{idx(index)}]")
    bad(N.dup_scalar, 0, 1, count, lane)
bad(N.dup_scalar, 32, 1, 0, "s")
bad(N.dup_scalar, 0, 1, 0, "q")

for rd, rn in REGS2:
    case(N.fmov_to_gp_high, rd, rn, expect=f"fmov {'xzr' if rd == 31 else f'x{rd}'}, v{rn}.d[1]")
    case(N.fmov_from_gp_high, rd, rn, expect=f"fmov v{rd}.d[1], {'xzr' if rn == 31 else f'x{rn}'}")

# --- modified immediate ------------------------------------------------------------------------------


def bytemask(value: int) -> str:
    """A 64-bit movi immediate as capstone prints it (C's %#016llx: no 0x for zero)."""
    return f"#{value:#016x}" if value else "#" + "0" * 16


for arr in ARRS:
    lane = LANE[arr]
    if lane == "b":
        for value in (0, 5, 0x7F, 0xFF):
            case(N.movi, 9, value, arr, expect=f"movi v9.{arr}, {imm(value)}")
        bad(N.movi, 0, 0x100, arr)
        bad(N.movi, 0, 1, arr, 8)
    elif lane == "d":
        reg = "d9" if arr == "1d" else "v9.2d"
        for value in (0, 0xFF, 0xFF00FF0000000000, (1 << 64) - 1):
            case(N.movi, 9, value, arr, expect=f"movi {reg}, {bytemask(value)}")
        bad(N.movi, 0, 0x12, arr)
        bad(N.movi, 0, 1 << 64, arr)
        bad(N.movi, 0, 0xFF, arr, 8)
    else:
        shifts = (0, 8) if lane == "h" else (0, 8, 16, 24)
        for shift in shifts:
            suffix = f", lsl #{shift}" if shift else ""         # capstone: decimal shift
            for value in (0, 3, 0xAB):
                for fn, mnemonic in ((N.movi, "movi"), (N.mvni, "mvni"), (N.orr_imm, "orr"), (N.bic_imm, "bic")):
                    case(fn, 31, value, arr, shift, expect=f"{mnemonic} v31.{arr}, {imm(value)}{suffix}")
        for fn in (N.movi, N.mvni, N.orr_imm, N.bic_imm):
            bad(fn, 0, 1, arr, 4)
            bad(fn, 0, 1, arr, 32 if lane == "s" else 16)
            bad(fn, 0, 0x100, arr)
    if lane in "bd":
        for fn in (N.mvni, N.orr_imm, N.bic_imm):
            bad(fn, 0, 1, arr)
    if arr in FP:
        for value in (1.0, -2.5, 0.125, 31.0):
            case(N.fmov_imm, 4, E.encode_fp_imm(value, False), arr, expect=f"fmov v4.{arr}, #{value:.8f}")
    else:
        bad(N.fmov_imm, 4, 0x70, arr)
bad(N.movi, 32, 0, "16b")

for arr in ARRS:
    for fn, mnemonic in ((N.movi_msl, "movi"), (N.mvni_msl, "mvni")):
        if arr not in {"2s", "4s"}:
            bad(fn, 0, 1, arr, 8)
            continue
        for shift in (8, 16):
            for value in (0, 3, 0xAB):
                case(fn, 30, value, arr, shift, expect=f"{mnemonic} v30.{arr}, {imm(value)}, msl #{shift}")
        bad(fn, 0, 1, arr, 0)
        bad(fn, 0, 1, arr, 24)
        bad(fn, 0, 0x100, arr, 8)

# --- shift by immediate ----------------------------------------------------------------------------

for arr in ARRS:
    if arr == "1d":
        for fn in (N.sshr, N.ushr, N.ssra, N.usra, N.sri, N.shl, N.sli):
            bad(fn, 0, 1, 1, arr)
        continue
    bits = BITS[LANE[arr]]
    for amount in (1, 3, bits):
        for fn, mnemonic in ((N.sshr, "sshr"), (N.ushr, "ushr"), (N.ssra, "ssra"), (N.usra, "usra"), (N.sri, "sri")):
            case(fn, 0, 30, amount, arr, expect=f"{mnemonic} v0.{arr}, v30.{arr}, {imm(amount)}")
    for amount in (0, 1, bits - 1):
        case(N.shl, 29, 3, amount, arr, expect=f"shl v29.{arr}, v3.{arr}, {imm(amount)}")
        case(N.sli, 29, 3, amount, arr, expect=f"sli v29.{arr}, v3.{arr}, {imm(amount)}")
    for fn in (N.sshr, N.ushr, N.ssra, N.usra, N.sri):
        bad(fn, 0, 1, 0, arr)
        bad(fn, 0, 1, bits + 1, arr)
    for fn in (N.shl, N.sli):
        bad(fn, 0, 1, bits, arr)
        bad(fn, 0, 1, -1, arr)

for arrs, two in ((LO, ""), (HI, "2")):
    for arr in arrs:
        bits, wide = BITS[LANE[arr]], NARROW[arr]
        for amount in (0, 1, bits - 1):
            for mnemonic in ("sshll", "ushll"):
                case(getattr(N, mnemonic + two), 1, 2, amount, arr,
                     expect=f"{mnemonic}{two} v1.{wide}, v2.{arr}, {imm(amount)}")
        for mnemonic in ("sshll", "ushll"):
            bad(getattr(N, mnemonic + two), 1, 2, bits, arr)
        # capstone prints sxtl/uxtl by their underlying sshll/ushll #0
        for alias, mnemonic in (("sxtl", "sshll"), ("uxtl", "ushll")):
            case(getattr(N, alias + two), 1, 2, arr, expect=f"{mnemonic}{two} v1.{wide}, v2.{arr}, #0")
        for amount in (1, bits):
            case(getattr(N, "shrn" + two), 1, 2, amount, arr, expect=f"shrn{two} v1.{arr}, v2.{wide}, {imm(amount)}")
        bad(getattr(N, "shrn" + two), 1, 2, 0, arr)
        bad(getattr(N, "shrn" + two), 1, 2, bits + 1, arr)
    other = HI if two == "" else LO
    for arr in other + ("1d", "2d"):
        for name in ("sshll", "ushll", "shrn"):
            bad(getattr(N, name + two), 1, 2, 1, arr)
        for name in ("sxtl", "uxtl"):
            bad(getattr(N, name + two), 1, 2, arr)

# --- three different -----------------------------------------------------------------------------

for mnemonic in ("saddl", "uaddl", "ssubl", "usubl", "smlal", "umlal", "smull", "umull"):
    for two, arrs in (("", LO), ("2", HI)):
        fn = getattr(N, mnemonic + two)
        by_arrangement(fn, set(arrs), lambda r, a, m=mnemonic + two: f"{m} v{r[0]}.{NARROW[a]}, v{r[1]}.{a}, v{r[2]}.{a}", 3)

# --- permute, extract, table ---------------------------------------------------------------------

for mnemonic in ("zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2"):
    by_arrangement(getattr(N, mnemonic), NO_1D, same3(mnemonic), 3)

for arr in ARRS:
    if arr not in BYTES:
        bad(N.ext, 0, 1, 2, 0, arr)
        bad(N.tbl, 0, 1, 2, arr)
        bad(N.tbx, 0, 1, 2, arr)
        continue
    count = 16 if arr == "16b" else 8
    for index in (0, 1, count - 1):
        for rd, rn, rm in REGS3:
            case(N.ext, rd, rn, rm, index, arr, expect=f"ext v{rd}.{arr}, v{rn}.{arr}, v{rm}.{arr}, {imm(index)}")
    bad(N.ext, 0, 1, 2, count, arr)
    for length in (1, 2, 3, 4):
        for rd, rn, rm in REGS3:
            table = ", ".join(f"v{(rn + i) % 32}.16b" for i in range(length))
            case(N.tbl, rd, rn, rm, arr, length, expect=f"tbl v{rd}.{arr}, {{{table}}}, v{rm}.{arr}")
            case(N.tbx, rd, rn, rm, arr, length, expect=f"tbx v{rd}.{arr}, {{{table}}}, v{rm}.{arr}")
    bad(N.tbl, 0, 1, 2, arr, 0)
    bad(N.tbx, 0, 1, 2, arr, 5)

# --- loads and stores --------------------------------------------------------------------------------

def base(n: int) -> str:
    return "sp" if n == 31 else f"x{n}"


for lane, count in LANES.items():
    for index in range(count):
        for rt, rn in ((0, 1), (31, 31)):
            case(N.ld1_lane, rt, index, rn, lane, expect=f"ld1 {{v{rt}.{lane}}}[{idx(index)}], [{base(rn)}]")
            case(N.st1_lane, rt, index, rn, lane, expect=f"st1 {{v{rt}.{lane}}}[{idx(index)}], [{base(rn)}]")
    bad(N.ld1_lane, 0, count, 1, lane)
    bad(N.st1_lane, 0, -1, 1, lane)
bad(N.ld1_lane, 0, 0, 1, "q")

for arr in ARRS:
    for rt, rn in ((0, 1), (31, 31), (17, 2)):
        case(N.ld1r, rt, rn, arr, expect=f"ld1r {{v{rt}.{arr}}}, [{base(rn)}]")
        for count in (1, 2, 3, 4):
            regs = ", ".join(f"v{(rt + i) % 32}.{arr}" for i in range(count))
            case(N.ld1, rt, rn, arr, count, expect=f"ld1 {{{regs}}}, [{base(rn)}]")
            case(N.st1, rt, rn, arr, count, expect=f"st1 {{{regs}}}, [{base(rn)}]")
    bad(N.ld1, 0, 1, arr, 5)
    bad(N.st1, 0, 1, arr, 0)
for fn in (N.ld1r, N.ld1, N.st1):
    bad(fn, 0, 1, "1q")

SIZE = {"s": 4, "d": 8, "q": 16}
for reg, size in SIZE.items():
    for rt, rn in ((0, 1), (31, 31)):
        for offset in (0, size, 4095 * size):
            where = f"[{base(rn)}, {imm(offset)}]" if offset else f"[{base(rn)}]"
            case(N.ldr, reg, rt, rn, offset, expect=f"ldr {reg}{rt}, {where}")
            case(N.str_, reg, rt, rn, offset, expect=f"str {reg}{rt}, {where}")
        for offset in (-256, -3, 255):
            case(N.ldur, reg, rt, rn, offset, expect=f"ldur {reg}{rt}, [{base(rn)}, {imm(offset)}]")
            case(N.stur, reg, rt, rn, offset, expect=f"stur {reg}{rt}, [{base(rn)}, {imm(offset)}]")
        shift = imm({4: 2, 8: 3, 16: 4}[size])
        for args, text in (((2,), "x2"), ((2, E.UXTX, True), f"x2, lsl {shift}"),
                           ((3, E.UXTW), "w3, uxtw"), ((3, E.SXTW, True), f"w3, sxtw {shift}")):
            case(N.ldr_reg, reg, rt, rn, *args, expect=f"ldr {reg}{rt}, [{base(rn)}, {text}]")
            case(N.str_reg, reg, rt, rn, *args, expect=f"str {reg}{rt}, [{base(rn)}, {text}]")
    bad(N.ldr, reg, 0, 1, 4096 * size)
    bad(N.ldr, reg, 0, 1, -size)
    bad(N.str_, reg, 0, 1, size + 1 if size > 1 else 4096)
    bad(N.ldur, reg, 0, 1, 256)
    bad(N.stur, reg, 0, 1, -257)
for fn in (N.ldr, N.str_, N.ldur, N.stur):
    bad(fn, "b", 0, 1, 0)
    bad(fn, "x", 0, 1, 0)
bad(N.ldr_reg, "q", 0, 1, 2, E.SXTH)
bad(N.str_reg, "d", 0, 1, 2, E.UXTH)

# vector_imm: its words are checked by running them (test_vector_imm_*); these pin the text of a few
for value, text in ((0, "movi v3.2d, #0000000000000000"), (0x3F800000 * 0x1_00000001_00000001_00000001,
                    "fmov v3.4s, #1.00000000"), (0xFF00FF, "movi d3, #0x00000000ff00ff"),
                    (0xAB00 * 0x1_0001_0001_0001, "movi v3.4h, #0xab, lsl #8")):
    case(N.vector_imm, 3, value, expect=text)
bad(N.vector_imm, 3, 1 << 128)
bad(N.vector_imm, 3, -1)
bad(N.vector_imm, 32, 0)

# --- out-of-range registers: a sample per class, with the positions of its register arguments ----------

for fn, args, positions in (
        (N.add, (0, 1, 2, "4s"), (0, 1, 2)), (N.neg, (0, 1, "4s"), (0, 1)), (N.addv, (0, 1, "4s"), (0, 1)),
        (N.dup_general, (0, 1, "4s"), (0, 1)), (N.umov, (0, 1, 0, "s"), (0, 1)),
        (N.ins_element, (0, 0, 1, 0, "s"), (0, 2)), (N.ext, (0, 1, 2, 0, "16b"), (0, 1, 2)),
        (N.tbl, (0, 1, 2, "16b"), (0, 1, 2)), (N.zip1, (0, 1, 2, "4s"), (0, 1, 2)),
        (N.smull, (0, 1, 2, "4h"), (0, 1, 2)), (N.ushr, (0, 1, 1, "4s"), (0, 1)), (N.movi, (0, 0, "16b"), (0,)),
        (N.ld1r, (0, 1, "4s"), (0, 1)), (N.ld1_lane, (0, 0, 1, "s"), (0, 2)), (N.ld1, (0, 1, "4s"), (0, 1)),
        (N.ldr, ("q", 0, 1, 0), (1, 2)), (N.fmov_to_gp_high, (0, 1), (0, 1)), (N.fmov_from_gp_high, (0, 1), (0, 1))):
    for position in positions:
        for value in (32, -1):
            bad(fn, *args[:position], value, *args[position + 1:])


# --- the tests ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("call, expect", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_disassembles_as_expected(call, expect):
    fn, args = call
    assert dis(fn(*args)) == expect


@pytest.mark.parametrize("fn, args", BAD, ids=[f"{fn.__name__}{args}" for fn, args in BAD])
def test_unencodable_operands_raise(fn, args):
    with pytest.raises(ValueError):
        fn(*args)


# --- under the emulator: vector_imm, and what the docstrings say instructions do ---------------------

CODE, DATA = 0x10000, 0x20000
ONES = (1 << 128) - 1


class Machine:
    """Runs instruction words under Unicorn on given v and x registers and 64 bytes of memory at DATA."""

    def __init__(self):
        self.uc = unicorn.Uc(unicorn.UC_ARCH_ARM64, unicorn.UC_MODE_ARM)
        self.uc.mem_map(CODE, 0x1000)
        self.uc.mem_map(DATA, 0x1000)

    def run(self, words, v=None, x=None, memory: bytes = bytes(64)) -> "Machine":
        code = b"".join(w.to_bytes(4, "little") for w in words)
        self.uc.mem_write(CODE, code)
        self.uc.mem_write(DATA, memory)
        for n, value in (v or {}).items():
            self.uc.reg_write(UC_ARM64_REG_Q0 + n, value)
        for n, value in (x or {}).items():
            self.uc.reg_write(UC_ARM64_REG_X0 + n, value)
        self.uc.emu_start(CODE, CODE + len(code))
        return self

    def v(self, n: int) -> int:
        return self.uc.reg_read(UC_ARM64_REG_Q0 + n)

    def x(self, n: int) -> int:
        return self.uc.reg_read(UC_ARM64_REG_X0 + n)

    def memory(self) -> bytes:
        return bytes(self.uc.mem_read(DATA, 64))


def _emulator():
    machine = Machine()

    def run(word: int, rd: int) -> int:
        """vd after executing word with vd full of ones (so a zeroed half shows)."""
        return machine.run([word], v={rd: ONES}).v(rd)
    return run


@functools.cache
def _every_modified_immediate() -> dict[int, int]:
    """value -> a word, for every movi/mvni/fmov (vector) encoding, by running each (o2 = 0)."""
    run = _emulator()
    values: dict[int, int] = {}
    for q in (0, 1):
        for op in (0, 1):
            for cmode in range(16):
                if cmode & 1 and cmode < 0b1100:
                    continue            # orr/bic: they read vd
                if (op, cmode, q) == (1, 0b1111, 0):
                    continue            # unallocated
                for imm8 in range(256):
                    word = (q << 30) | (op << 29) | 0x0F000400 | ((imm8 >> 5) << 16) | (cmode << 12) \
                        | ((imm8 & 31) << 5) | 7
                    values.setdefault(run(word, 7), word)
    return values


def test_vector_imm_finds_every_single_instruction_constant():
    run = _emulator()
    values = _every_modified_immediate()
    assert len(values) > 3000
    for value in values:
        word = N.vector_imm(7, value)
        assert word is not None, hex(value)
        assert run(word, 7) == value, (hex(value), dis(word))


def test_vector_imm_is_none_for_other_constants():
    run = _emulator()
    values = _every_modified_immediate()
    rng = random.Random(13)
    samples = [rng.getrandbits(128) for _ in range(2000)]
    samples += [rng.getrandbits(64) * 0x1_00000000_00000001 for _ in range(500)]
    samples += [rng.getrandbits(32) * 0x1_00000001_00000001_00000001 for _ in range(500)]
    samples += [rng.getrandbits(16) * 0x1_0001_0001_0001_0001_0001_0001_0001 for _ in range(500)]
    samples += [v ^ (1 << bit) for v in list(values)[:50] for bit in (0, 63, 64, 127)]
    for value in samples:
        word = N.vector_imm(5, value)
        if value in values:
            assert word is not None and run(word, 5) == value, hex(value)
        else:
            assert word is None, (hex(value), dis(word))


def lanes(values, bits: int) -> int:
    """A 128-bit vector from its lanes, lane 0 first."""
    return sum((value & ((1 << bits) - 1)) << (bits * i) for i, value in enumerate(values))


A = int.from_bytes(bytes(range(16)), "little")              # bytes 0x00..0x0f
B = int.from_bytes(bytes(range(0x10, 0x20)), "little")      # bytes 0x10..0x1f
MASK = lanes([0xFF00FF00F0F0F0F0, 0x0123456789ABCDEF], 64)


def test_bitwise_selects_as_documented():
    m = Machine()
    assert m.run([N.bsl(0, 1, 2, "16b")], v={0: MASK, 1: A, 2: B}).v(0) == (MASK & A) | (~MASK & B & ONES)
    assert m.run([N.bit(0, 1, 2, "16b")], v={0: A, 1: B, 2: MASK}).v(0) == (B & MASK) | (A & ~MASK & ONES)
    assert m.run([N.bif(0, 1, 2, "16b")], v={0: A, 1: B, 2: MASK}).v(0) == (B & ~MASK & ONES) | (A & MASK)


def test_ext_and_tables_as_documented():
    m = Machine()
    assert m.run([N.ext(0, 1, 2, 3, "16b")], v={1: A, 2: B}).v(0) == ((B << 128 | A) >> 24) & ONES
    indices = bytes([0, 15, 16, 31, 32, 255, 5, 17] * 2)
    table = bytes(range(16)) + bytes(range(0x10, 0x20))
    expect_tbl = bytes(table[i] if i < 32 else 0 for i in indices)
    expect_tbx = bytes(table[i] if i < 32 else 0xEE for i in indices)
    v = {31: A, 0: B, 3: int.from_bytes(indices, "little")}
    assert m.run([N.tbl(4, 31, 3, "16b", 2)], v=v).v(4).to_bytes(16, "little") == expect_tbl
    v[4] = int.from_bytes(b"\xee" * 16, "little")
    assert m.run([N.tbx(4, 31, 3, "16b", 2)], v=v).v(4).to_bytes(16, "little") == expect_tbx


def test_lane_moves_as_documented():
    m = Machine()
    assert m.run([N.ins_element(0, 2, 1, 1, "s")], v={0: A, 1: B}).v(0) == \
        (A & ~(0xFFFFFFFF << 64) & ONES) | (((B >> 32) & 0xFFFFFFFF) << 64)
    assert m.run([N.ins_general(0, 1, 5, "h")], v={0: A}, x={5: 0xABCD1234}).v(0) == \
        (A & ~(0xFFFF << 16) & ONES) | (0x1234 << 16)
    assert m.run([N.dup_scalar(0, 1, 3, "s")], v={0: ONES, 1: B}).v(0) == B >> 96
    assert m.run([N.dup_element(0, 1, 1, "2d")], v={1: B}).v(0) == lanes([B >> 64] * 2, 64)
    assert m.run([N.dup_general(0, 5, "8h")], x={5: 0xABCD1234}).v(0) == lanes([0x1234] * 8, 16)
    assert m.run([N.umov(5, 1, 15, "b")], v={1: ONES}).x(5) == 0xFF
    assert m.run([N.smov(True, 5, 1, 15, "b")], v={1: ONES}).x(5) == (1 << 64) - 1
    assert m.run([N.smov(False, 5, 1, 15, "b")], v={1: ONES}, x={5: 0}).x(5) == 0xFFFFFFFF
    assert m.run([N.fmov_to_gp_high(5, 1)], v={1: B}).x(5) == B >> 64
    assert m.run([N.fmov_from_gp_high(0, 5)], v={0: A}, x={5: 0x1122}).v(0) == (A & ((1 << 64) - 1)) | 0x1122 << 64


def test_inserting_shifts_and_narrowing_halves_as_documented():
    m = Machine()
    dst, src = lanes([0xF0F0F0F0] * 4, 32), lanes([0x12345678] * 4, 32)
    assert m.run([N.sli(0, 1, 8, "4s")], v={0: dst, 1: src}).v(0) == lanes([0x345678F0] * 4, 32)
    assert m.run([N.sri(0, 1, 8, "4s")], v={0: dst, 1: src}).v(0) == lanes([0xF0123456] * 4, 32)
    wide = lanes([0x1_0000_0005, 7], 64)
    assert m.run([N.xtn(0, 1, "2s")], v={0: ONES, 1: wide}).v(0) == lanes([5, 7], 32)
    assert m.run([N.xtn2(0, 1, "4s")], v={0: A, 1: wide}).v(0) == (A & ((1 << 64) - 1)) | lanes([5, 7], 32) << 64
    assert m.run([N.uqxtn(0, 1, "2s")], v={1: wide}).v(0) == lanes([0xFFFFFFFF, 7], 32)


def test_structure_loads_and_stores_as_documented():
    m = Machine()
    memory = bytes(range(0x40, 0x80))
    assert m.run([N.ld1_lane(0, 3, 5, "s")], v={0: A}, x={5: DATA}, memory=memory).v(0) == \
        (A & ~(0xFFFFFFFF << 96) & ONES) | (0x43424140 << 96)
    assert m.run([N.ld1r(0, 5, "8h")], v={0: A}, x={5: DATA}, memory=memory).v(0) == lanes([0x4140] * 8, 16)
    assert m.run([N.ld1r(0, 5, "4h")], v={0: A}, x={5: DATA}, memory=memory).v(0) == lanes([0x4140] * 4, 16)
    stored = m.run([N.st1_lane(1, 1, 5, "d")], v={1: B}, x={5: DATA}).memory()
    assert stored[:8] == (B >> 64).to_bytes(8, "little") and stored[8:] == bytes(56)
    assert m.run([N.ld1(0, 5, "16b", 2)], x={5: DATA}, memory=memory).v(1) == int.from_bytes(memory[16:32], "little")
    assert m.run([N.ldr("q", 0, 5, 16)], x={5: DATA}, memory=memory).v(0) == int.from_bytes(memory[16:32], "little")


def test_every_encoder_is_checked():
    public = {name for name, value in vars(N).items()
              if callable(value) and not name.startswith("_") and not inspect.isclass(value)
              and getattr(value, "__module__", None) == N.__name__}
    checked = {fn.__name__ for _, (fn, _), _ in CASES}
    assert public - checked == set()
    rejected = {fn.__name__ for fn, _ in BAD}
    assert public - rejected == set()


def test_end_marker_closes_the_neonenc_section():
    text = inspect.getsource(N)
    assert text.count("# --- end of neonenc ---") == 1
