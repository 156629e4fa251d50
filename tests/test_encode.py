"""AArch64 encodings checked against the capstone disassembler."""

from __future__ import annotations

import random

import capstone
import pytest

from wasmoon_aot.aot.isa.aarch64 import encode as E
from wasmoon_aot.aot.isa.aarch64 import encode_neon as N
from wasmoon_aot.aot.isa.aarch64 import regs as R

BASE = 0x100000   # address instructions are disassembled at (branch targets are absolute)
_MD = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)


def dis(word: int, addr: int = BASE) -> str:
    assert 0 <= word < 1 << 32
    insns = list(_MD.disasm(word.to_bytes(4, "little"), addr))
    assert insns, f"capstone cannot decode {word:#010x}"
    return f"{insns[0].mnemonic} {insns[0].op_str}".strip()


def imm(v: int) -> str:
    """An immediate as capstone prints it."""
    if -10 < v < 10:
        return f"#{v}"
    return f"#-{-v:#x}" if v < 0 else f"#{v:#x}"


def x(n: int, is64: bool = True, sp: bool = False) -> str:
    """General register name; 31 is sp or zr as `sp` says."""
    if n == 31:
        return ("sp" if is64 else "wsp") if sp else ("xzr" if is64 else "wzr")
    return f"{'x' if is64 else 'w'}{n}"


def v(n: int, double: bool) -> str:
    return f"{'d' if double else 's'}{n}"


COND = R.COND_NAMES
SHIFTS = ("lsl", "lsr", "asr", "ror")
EXTENDS = ("uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx")
WIDTHS = (False, True)

CASES: list[tuple[str, object, str]] = []


def case(fn, *args, expect: str) -> None:
    CASES.append((f"{fn.__name__}{args}", (fn, args), expect))


# --- move wide --------------------------------------------------------------------

def _movewide_text(kind: str, is64: bool, rd: int, imm16: int, hw: int) -> str:
    width = 64 if is64 else 32
    if imm16 == 0 and hw:
        return f"{kind} {x(rd, is64)}, #0, lsl #{16 * hw}"
    value = imm16 << (16 * hw)
    if kind == "movn":
        if not is64 and imm16 == 0xFFFF:
            return f"movn {x(rd, is64)}, {imm(imm16)}" + (f", lsl #{16 * hw}" if hw else "")
        value = ~value & ((1 << width) - 1)
    if value >= 1 << (width - 1):
        value -= 1 << width
    return f"mov {x(rd, is64)}, {imm(value)}"


for is64 in WIDTHS:
    for rd in (0, 17, 30, 31):
        for imm16 in (0, 1, 0x1234, 0x8000, 0xFFFF):
            for hw in range(4 if is64 else 2):
                case(E.movz, is64, rd, imm16, hw, expect=_movewide_text("movz", is64, rd, imm16, hw))
                case(E.movn, is64, rd, imm16, hw, expect=_movewide_text("movn", is64, rd, imm16, hw))
                case(E.movk, is64, rd, imm16, hw,
                     expect=f"movk {x(rd, is64)}, {imm(imm16)}" + (f", lsl #{16 * hw}" if hw else ""))

# --- add/sub immediate, register, extended -----------------------------------------

for is64 in WIDTHS:
    for rd, rn in ((0, 0), (30, 1), (31, 31), (5, 31)):
        for imm12 in (1, 9, 10, 0xFFF):
            for shift12 in (False, True):
                tail = f"{imm(imm12)}" + (", lsl #12" if shift12 else "")
                case(E.add_imm, is64, rd, rn, imm12, shift12, expect=f"add {x(rd, is64, True)}, {x(rn, is64, True)}, {tail}")
                case(E.sub_imm, is64, rd, rn, imm12, shift12, expect=f"sub {x(rd, is64, True)}, {x(rn, is64, True)}, {tail}")
                adds_text = (f"cmn {x(rn, is64, True)}, {tail}" if rd == 31
                             else f"adds {x(rd, is64)}, {x(rn, is64, True)}, {tail}")
                subs_text = (f"cmp {x(rn, is64, True)}, {tail}" if rd == 31
                             else f"subs {x(rd, is64)}, {x(rn, is64, True)}, {tail}")
                case(E.adds_imm, is64, rd, rn, imm12, shift12, expect=adds_text)
                case(E.subs_imm, is64, rd, rn, imm12, shift12, expect=subs_text)
    case(E.cmp_imm, is64, 3, 7, expect=f"cmp {x(3, is64)}, #7")
    case(E.cmn_imm, is64, 3, 7, True, expect=f"cmn {x(3, is64)}, #7, lsl #12")
case(E.add_imm, True, 0, 1, 0, expect="add x0, x1, #0")
case(E.mov_sp, 31, 0, expect="mov sp, x0")
case(E.mov_sp, 0, 31, expect="mov x0, sp")
case(E.mov_sp, 31, 31, expect="mov sp, sp")

for is64 in WIDTHS:
    width = 64 if is64 else 32
    for shift in (E.LSL, E.LSR, E.ASR):
        for amount in (0, 1, width - 1):
            tail = "" if shift == E.LSL and amount == 0 else f", {SHIFTS[shift]} #{amount}"
            rd, rn, rm = 1, 2, 30
            case(E.add_reg, is64, rd, rn, rm, shift, amount, expect=f"add {x(rd, is64)}, {x(rn, is64)}, {x(rm, is64)}{tail}")
            case(E.sub_reg, is64, rd, rn, rm, shift, amount, expect=f"sub {x(rd, is64)}, {x(rn, is64)}, {x(rm, is64)}{tail}")
            case(E.adds_reg, is64, rd, rn, rm, shift, amount, expect=f"adds {x(rd, is64)}, {x(rn, is64)}, {x(rm, is64)}{tail}")
            case(E.subs_reg, is64, rd, rn, rm, shift, amount, expect=f"subs {x(rd, is64)}, {x(rn, is64)}, {x(rm, is64)}{tail}")
            case(E.cmp_reg, is64, rn, rm, shift, amount, expect=f"cmp {x(rn, is64)}, {x(rm, is64)}{tail}")
            case(E.cmn_reg, is64, rn, rm, shift, amount, expect=f"cmn {x(rn, is64)}, {x(rm, is64)}{tail}")
    case(E.add_reg, is64, 31, 31, 31, expect=f"add {x(31, is64)}, {x(31, is64)}, {x(31, is64)}")
    case(E.sub_reg, is64, 0, 0, 0, expect=f"sub {x(0, is64)}, {x(0, is64)}, {x(0, is64)}")
    case(E.neg, is64, 4, 5, expect=f"neg {x(4, is64)}, {x(5, is64)}")

for extend in range(8):
    for amount in (0, 2, 4):
        src64 = extend in (E.UXTX, E.SXTX)
        suffix = f" {imm(amount)}" if amount else ""
        # rd = sp and extend = uxtx prints as lsl (the preferred form with sp).
        name = "lsl" if extend == E.UXTX else EXTENDS[extend]
        tail = f", {name}{suffix}" if (name != "lsl" or amount) else ""
        case(E.add_ext, True, 31, 31, 3, extend, amount, expect=f"add sp, sp, {x(3, src64)}{tail}")
        case(E.sub_ext, True, 31, 31, 3, extend, amount, expect=f"sub sp, sp, {x(3, src64)}{tail}")
        case(E.subs_ext, True, 0, 31, 3, extend, amount, expect=f"subs x0, sp, {x(3, src64)}{tail}")
        case(E.adds_ext, True, 1, 31, 3, extend, amount, expect=f"adds x1, sp, {x(3, src64)}{tail}")
        case(E.cmp_ext, True, 31, 3, extend, amount, expect=f"cmp sp, {x(3, src64)}{tail}")
    case(E.add_ext, True, 1, 2, 3, extend, 1, expect=f"add x1, x2, {x(3, extend in (E.UXTX, E.SXTX))}, {EXTENDS[extend]} #1")
case(E.add_ext, False, 0, 1, 2, E.UXTW, expect="add w0, w1, w2, uxtw")
case(E.add_ext, False, 31, 31, 2, E.UXTW, 3, expect="add wsp, wsp, w2, lsl #3")

# --- logical -------------------------------------------------------------------------

for is64 in WIDTHS:
    width = 64 if is64 else 32
    for shift in range(4):
        for amount in (0, 7, width - 1):
            tail = "" if shift == E.LSL and amount == 0 else f", {SHIFTS[shift]} #{amount}"
            regs3 = f"{x(0, is64)}, {x(17, is64)}, {x(30, is64)}{tail}"
            for fn, name in ((E.and_reg, "and"), (E.orr_reg, "orr"), (E.eor_reg, "eor"), (E.ands_reg, "ands"),
                             (E.bic_reg, "bic"), (E.orn_reg, "orn"), (E.eon_reg, "eon"), (E.bics_reg, "bics")):
                case(fn, is64, 0, 17, 30, shift, amount, expect=f"{name} {regs3}")
            case(E.tst_reg, is64, 17, 30, shift, amount, expect=f"tst {x(17, is64)}, {x(30, is64)}{tail}")
    case(E.mov_reg, is64, 0, 1, expect=f"mov {x(0, is64)}, {x(1, is64)}")
    case(E.mov_reg, is64, 30, 31, expect=f"mov {x(30, is64)}, {x(31, is64)}")
    case(E.mvn, is64, 2, 3, expect=f"mvn {x(2, is64)}, {x(3, is64)}")

_LOGICAL_IMMS = [(True, 0xFF00FF00FF00FF00), (True, 1), (True, 0x7FFFFFFFFFFFFFFF), (True, 0x8000000000000000),
                 (True, 0x5555555555555555), (True, 0xFFFFFFFF00000000), (True, -2),
                 (False, 0xFFFFFFF0), (False, 1), (False, 0x7FFFFFFF), (False, 0x0F0F0F0F), (False, 0x80000001)]
for is64, value in _LOGICAL_IMMS:
    width = 64 if is64 else 32
    unsigned = value & ((1 << width) - 1)
    shown = imm(unsigned)
    # capstone 5 prints the 64-bit ands/tst immediate as a signed number.
    flag_setting = imm(unsigned - (1 << 64) if is64 and unsigned >> 63 else unsigned)
    for fn, name in ((E.and_imm, "and"), (E.orr_imm, "orr"), (E.eor_imm, "eor")):
        case(fn, is64, 3, 4, value, expect=f"{name} {x(3, is64)}, {x(4, is64)}, {shown}")
    case(E.ands_imm, is64, 3, 4, value, expect=f"ands {x(3, is64)}, {x(4, is64)}, {flag_setting}")
    case(E.and_imm, is64, 31, 0, value, expect=f"and {x(31, is64, True)}, {x(0, is64)}, {shown}")
    case(E.tst_imm, is64, 5, value, expect=f"tst {x(5, is64)}, {flag_setting}")

# --- bitfield, extract --------------------------------------------------------------------

for is64 in WIDTHS:
    width = 64 if is64 else 32
    for amount in (1, 5, width - 1):
        case(E.lsl_imm, is64, 0, 1, amount, expect=f"lsl {x(0, is64)}, {x(1, is64)}, {imm(amount)}")
        case(E.lsr_imm, is64, 0, 1, amount, expect=f"lsr {x(0, is64)}, {x(1, is64)}, {imm(amount)}")
        case(E.asr_imm, is64, 30, 29, amount, expect=f"asr {x(30, is64)}, {x(29, is64)}, {imm(amount)}")
        case(E.ror_imm, is64, 2, 3, amount, expect=f"ror {x(2, is64)}, {x(3, is64)}, {imm(amount)}")
        case(E.extr, is64, 2, 3, 4, amount, expect=f"extr {x(2, is64)}, {x(3, is64)}, {x(4, is64)}, {imm(amount)}")
    case(E.lsl_imm, is64, 0, 1, 0, expect=f"lsr {x(0, is64)}, {x(1, is64)}, #0")  # same word as lsr #0
    case(E.lsr_imm, is64, 0, 1, 0, expect=f"lsr {x(0, is64)}, {x(1, is64)}, #0")
    case(E.sxtb, is64, 0, 1, expect=f"sxtb {x(0, is64)}, w1")
    case(E.sxth, is64, 0, 1, expect=f"sxth {x(0, is64)}, w1")
    case(E.uxtb, is64, 0, 1, expect="uxtb w0, w1")
    case(E.uxth, is64, 0, 1, expect="uxth w0, w1")
    case(E.ubfm, is64, 0, 1, 4, 10, expect=f"ubfx {x(0, is64)}, {x(1, is64)}, #4, #7")
    case(E.sbfm, is64, 0, 1, 4, 10, expect=f"sbfx {x(0, is64)}, {x(1, is64)}, #4, #7")
    case(E.ubfm, is64, 0, 1, 10, 4, expect=f"ubfiz {x(0, is64)}, {x(1, is64)}, {imm(width - 10)}, #5")
    case(E.bfm, is64, 0, 1, 4, 10, expect=f"bfxil {x(0, is64)}, {x(1, is64)}, #4, #7")
case(E.sxtw, True, 7, 8, expect="sxtw x7, w8")

# --- multiply, divide, data processing ------------------------------------------------------

for is64 in WIDTHS:
    r = lambda n: x(n, is64)  # noqa: E731
    case(E.madd, is64, 0, 1, 2, 3, expect=f"madd {r(0)}, {r(1)}, {r(2)}, {r(3)}")
    case(E.madd, is64, 30, 29, 28, 31, expect=f"mul {r(30)}, {r(29)}, {r(28)}")
    case(E.mul, is64, 1, 2, 3, expect=f"mul {r(1)}, {r(2)}, {r(3)}")
    case(E.msub, is64, 0, 1, 2, 3, expect=f"msub {r(0)}, {r(1)}, {r(2)}, {r(3)}")
    case(E.msub, is64, 0, 1, 2, 31, expect=f"mneg {r(0)}, {r(1)}, {r(2)}")
    for fn in (E.sdiv, E.udiv, E.asrv, E.lslv, E.lsrv, E.rorv):
        name = fn.__name__.removesuffix("v") if fn.__name__.endswith("rv") or fn.__name__ == "lslv" else fn.__name__
        case(fn, is64, 0, 30, 15, expect=f"{name} {r(0)}, {r(30)}, {r(15)}")
    for fn in (E.clz, E.cls, E.rbit, E.rev, E.rev16):
        case(fn, is64, 3, 30, expect=f"{fn.__name__} {r(3)}, {r(30)}")
case(E.rev32, 3, 4, expect="rev32 x3, x4")
case(E.smulh, 0, 1, 2, expect="smulh x0, x1, x2")
case(E.umulh, 30, 29, 28, expect="umulh x30, x29, x28")
for _is64 in WIDTHS:
    case(E.adc, _is64, 0, 1, 2, expect=f"adc {x(0, _is64)}, {x(1, _is64)}, {x(2, _is64)}")
    case(E.adc, _is64, 30, 29, 28, expect=f"adc {x(30, _is64)}, {x(29, _is64)}, {x(28, _is64)}")
    case(E.sbc, _is64, 3, 4, 5, expect=f"sbc {x(3, _is64)}, {x(4, _is64)}, {x(5, _is64)}")
    case(E.sbc, _is64, 17, 30, 16, expect=f"sbc {x(17, _is64)}, {x(30, _is64)}, {x(16, _is64)}")
case(E.smaddl, 0, 1, 2, 3, expect="smaddl x0, w1, w2, x3")
case(E.umaddl, 0, 1, 2, 3, expect="umaddl x0, w1, w2, x3")
case(E.smaddl, 0, 1, 2, 31, expect="smull x0, w1, w2")
case(E.umaddl, 0, 1, 2, 31, expect="umull x0, w1, w2")

# --- conditional select / compare ---------------------------------------------------------------

for is64 in WIDTHS:
    r = lambda n: x(n, is64)  # noqa: E731
    for cond in range(15):
        case(E.csel, is64, 0, 1, 2, cond, expect=f"csel {r(0)}, {r(1)}, {r(2)}, {COND[cond]}")
        case(E.csinc, is64, 0, 1, 2, cond, expect=f"csinc {r(0)}, {r(1)}, {r(2)}, {COND[cond]}")
        case(E.csinv, is64, 0, 1, 2, cond, expect=f"csinv {r(0)}, {r(1)}, {r(2)}, {COND[cond]}")
        case(E.csneg, is64, 0, 1, 2, cond, expect=f"csneg {r(0)}, {r(1)}, {r(2)}, {COND[cond]}")
        case(E.ccmp_reg, is64, 3, 4, 2, cond, expect=f"ccmp {r(3)}, {r(4)}, #2, {COND[cond]}")
        case(E.ccmp_imm, is64, 3, 31, 15, cond, expect=f"ccmp {r(3)}, #0x1f, #0xf, {COND[cond]}")
        if cond < 14:
            case(E.cset, is64, 7, cond, expect=f"cset {r(7)}, {COND[cond]}")
            case(E.csetm, is64, 7, cond, expect=f"csetm {r(7)}, {COND[cond]}")

# --- branches -----------------------------------------------------------------------------------


def target(offset: int) -> str:
    return imm(BASE + offset)


for off in (-(1 << 27), -4, 0, 4, 0x1000, (1 << 27) - 4):
    case(E.b, off, expect=f"b #{(BASE + off) & 0xFFFFFFFFFFFFFFFF:#x}")
    case(E.bl, off, expect=f"bl #{(BASE + off) & 0xFFFFFFFFFFFFFFFF:#x}")
for off in (-(1 << 20), -8, 0, 8, (1 << 20) - 4):
    for cond in range(15):
        case(E.b_cond, cond, off, expect=f"b.{COND[cond]} {target(off)}")
    for is64 in WIDTHS:
        for rt in (0, 30, 31):
            case(E.cbz, is64, rt, off, expect=f"cbz {x(rt, is64)}, {target(off)}")
            case(E.cbnz, is64, rt, off, expect=f"cbnz {x(rt, is64)}, {target(off)}")
    case(E.ldr_literal, False, 5, off, expect=f"ldr w5, {target(off)}")
    case(E.ldr_literal, True, 31, off, expect=f"ldr xzr, {target(off)}")
    for size in (4, 8, 16):
        case(E.ldr_fp_literal, size, 9, off, expect=f"ldr {'sdq'[(4, 8, 16).index(size)]}9, {target(off)}")
for off in (-(1 << 15), -4, 0, 4, (1 << 15) - 4):
    for bit in (0, 5, 31, 32, 63):
        rt = x(3, bit >= 32)
        case(E.tbz, 3, bit, off, expect=f"tbz {rt}, {imm(bit)}, {target(off)}")
        case(E.tbnz, 3, bit, off, expect=f"tbnz {rt}, {imm(bit)}, {target(off)}")
for off in (-(1 << 20), -1, 0, 1, 3, (1 << 20) - 1):
    case(E.adr, 7, off, expect=f"adr x7, {target(off)}")
for pages in (-(1 << 8), -1, 0, 1, 1 << 10):
    case(E.adrp, 30, pages, expect=f"adrp x30, {imm((BASE & ~0xFFF) + (pages << 12))}")
for rn in (0, 16, 30, 31):
    case(E.br, rn, expect=f"br {x(rn)}")
    case(E.blr, rn, expect=f"blr {x(rn)}")
case(E.ret, expect="ret")
case(E.ret, 5, expect="ret x5")

# --- loads and stores -------------------------------------------------------------------------

_INT_MNEMONIC = {1: "b", 2: "h", 4: "", 8: ""}
_FP_LETTER = {4: "s", 8: "d", 16: "q"}


def mem(rn: int, offset: int) -> str:
    return f"[{x(rn, True, True)}, {imm(offset)}]" if offset else f"[{x(rn, True, True)}]"


for size in (1, 2, 4, 8):
    rt = x(0, size == 8)
    suffix = _INT_MNEMONIC[size]
    for rn in (1, 31):
        for offset in (0, size, 4095 * size):
            case(E.ldr_imm, size, 0, rn, offset, expect=f"ldr{suffix} {rt}, {mem(rn, offset)}")
            case(E.str_imm, size, 0, rn, offset, expect=f"str{suffix} {rt}, {mem(rn, offset)}")
        for offset in (-256, -1, 0, 255):
            case(E.ldur, size, 0, rn, offset, expect=f"ldur{suffix} {rt}, {mem(rn, offset)}")
            case(E.stur, size, 0, rn, offset, expect=f"stur{suffix} {rt}, {mem(rn, offset)}")
        for offset in (-256, -8, 8, 255):
            # capstone 5 prints a negative single-register post-index as a 64-bit unsigned number.
            post = imm(offset & 0xFFFFFFFFFFFFFFFF)
            for fn, name in ((E.ldr_indexed, "ldr"), (E.str_indexed, "str")):
                case(fn, size, 0, rn, offset, E.PRE, expect=f"{name}{suffix} {rt}, {mem(rn, offset)}!")
                case(fn, size, 0, rn, offset, E.POST, expect=f"{name}{suffix} {rt}, [{x(rn, True, True)}], {post}")
    case(E.str_imm, size, 31, 2, 0, expect=f"str{suffix} {x(31, size == 8)}, [x2]")
    shift = (1, 2, 4, 8).index(size)
    for extend, name in ((E.UXTW, "uxtw"), (E.SXTW, "sxtw"), (E.SXTX, "sxtx"), (E.LSL, "lsl"), (E.UXTX, "lsl")):
        idx = x(3, extend in (E.LSL, E.UXTX, E.SXTX))
        plain = f", {name}" if name != "lsl" else ""
        case(E.ldr_reg, size, 0, 1, 3, extend, False, expect=f"ldr{suffix} {rt}, [x1, {idx}{plain}]")
        case(E.str_reg, size, 0, 31, 3, extend, True, expect=f"str{suffix} {rt}, [sp, {idx}, {name} #{shift}]")
    case(E.ldr_reg, size, 0, 1, 2, expect=f"ldr{suffix} {rt}, [x1, x2]")

for size in (1, 2, 4):
    for is64 in WIDTHS:
        if size == 4 and not is64:
            continue
        name = "ldrs" + "bhw"[(1, 2, 4).index(size)]
        rt = x(30, is64)
        for offset in (0, size, 4095 * size):
            case(E.ldrs_imm, size, is64, 30, 2, offset, expect=f"{name} {rt}, {mem(2, offset)}")
        case(E.ldurs, size, is64, 30, 2, -5, expect=f"ldur{name[3:]} {rt}, [x2, #-5]")
        case(E.ldrs_reg, size, is64, 30, 2, 3, E.SXTW, True,
             expect=f"{name} {rt}, [x2, w3, sxtw #{(1, 2, 4).index(size)}]")

for size in (4, 8, 16):
    letter = _FP_LETTER[size]
    shift = (4, 8, 16).index(size) + 2
    for rt in (0, 31):
        for offset in (0, size, 4095 * size):
            case(E.ldr_fp_imm, size, rt, 31, offset, expect=f"ldr {letter}{rt}, {mem(31, offset)}")
            case(E.str_fp_imm, size, rt, 1, offset, expect=f"str {letter}{rt}, {mem(1, offset)}")
        for offset in (-256, 0, 255):
            case(E.ldur_fp, size, rt, 1, offset, expect=f"ldur {letter}{rt}, {mem(1, offset)}")
            case(E.stur_fp, size, rt, 31, offset, expect=f"stur {letter}{rt}, {mem(31, offset)}")
    case(E.ldr_fp_reg, size, 2, 3, 4, E.UXTW, True, expect=f"ldr {letter}2, [x3, w4, uxtw #{shift}]")
    case(E.str_fp_reg, size, 2, 3, 4, expect=f"str {letter}2, [x3, x4]")

for offset in (-1024, -32, 0, 32, 1008):
    for fn, name in ((E.ldp_q, "ldp"), (E.stp_q, "stp")):
        plain = f"[x17, {imm(offset)}]" if offset else "[x17]"
        case(fn, 30, 31, 17, offset, E.OFFSET, expect=f"{name} q30, q31, {plain}")
        case(fn, 30, 31, 16, offset, E.PRE, expect=f"{name} q30, q31, [x16, {imm(offset)}]!")
        case(fn, 0, 31, 31, offset, E.POST, expect=f"{name} q0, q31, [sp], {imm(offset)}")

for size, letter in ((1, "b"), (2, "h"), (4, "s"), (8, "d"), (16, "q")):
    for offset in (-256, -size, size, 255):
        post = imm(offset & 0xFFFFFFFFFFFFFFFF)
        for fn, name in ((E.ldr_fp_indexed, "ldr"), (E.str_fp_indexed, "str")):
            case(fn, size, 31, 16, offset, E.PRE, expect=f"{name} {letter}31, [x16, {imm(offset)}]!")
            case(fn, size, 31, 17, offset, E.POST, expect=f"{name} {letter}31, [x17], {post}")
    if size < 4:
        case(E.ldur_fp, size, 31, 17, 3, expect=f"ldur {letter}31, [x17, #3]")
        case(E.stur_fp, size, 31, 16, -1, expect=f"stur {letter}31, [x16, #-1]")

for is64 in WIDTHS:
    scale = 8 if is64 else 4
    for offset in (-64 * scale, -scale, 0, 63 * scale):
        for rt, rt2, rn in ((29, 30, 31), (0, 31, 1)):
            a, b2 = x(rt, is64), x(rt2, is64)
            base = x(rn, True, True)
            off_text = f"[{base}, {imm(offset)}]" if offset else f"[{base}]"
            case(E.stp, is64, rt, rt2, rn, offset, E.OFFSET, expect=f"stp {a}, {b2}, {off_text}")
            case(E.ldp, is64, rt, rt2, rn, offset, E.OFFSET, expect=f"ldp {a}, {b2}, {off_text}")
            case(E.stp, is64, rt, rt2, rn, offset, E.PRE, expect=f"stp {a}, {b2}, [{base}, {imm(offset)}]!")
            case(E.ldp, is64, rt, rt2, rn, offset, E.POST, expect=f"ldp {a}, {b2}, [{base}], {imm(offset)}")
            case(E.ldp_fp, is64, rt, rt2, rn, offset, E.PRE,
                 expect=f"ldp {v(rt, is64)}, {v(rt2, is64)}, [{base}, {imm(offset)}]!")
            case(E.stp_fp, is64, rt, rt2, rn, offset, E.POST,
                 expect=f"stp {v(rt, is64)}, {v(rt2, is64)}, [{base}], {imm(offset)}")

# --- floating point --------------------------------------------------------------------------

for double in WIDTHS:
    f = lambda n: v(n, double)  # noqa: E731
    for fn in (E.fadd, E.fsub, E.fmul, E.fdiv, E.fmin, E.fmax, E.fminnm, E.fmaxnm):
        case(fn, double, 0, 15, 31, expect=f"{fn.__name__} {f(0)}, {f(15)}, {f(31)}")
    for fn in (E.fneg, E.fabs, E.fsqrt, E.frintn, E.frintm, E.frintp, E.frintz, E.frinta, E.frintx, E.fmov):
        case(fn, double, 31, 1, expect=f"{fn.__name__} {f(31)}, {f(1)}")
    case(E.fcmp, double, 3, 4, expect=f"fcmp {f(3)}, {f(4)}")
    case(E.fcmp_zero, double, 31, expect=f"fcmp {f(31)}, #0.0")
    for cond in range(15):
        case(E.fcsel, double, 0, 1, 2, cond, expect=f"fcsel {f(0)}, {f(1)}, {f(2)}, {COND[cond]}")
    case(E.fmov_to_gp, double, 1, 2, expect=f"fmov {x(1, double)}, {f(2)}")
    case(E.fmov_from_gp, double, 1, 31, expect=f"fmov {f(1)}, {x(31, double)}")
    for is64 in WIDTHS:
        case(E.scvtf, is64, double, 0, 30, expect=f"scvtf {f(0)}, {x(30, is64)}")
        case(E.ucvtf, is64, double, 0, 30, expect=f"ucvtf {f(0)}, {x(30, is64)}")
        case(E.fcvtzs, is64, double, 30, 0, expect=f"fcvtzs {x(30, is64)}, {f(0)}")
        case(E.fcvtzu, is64, double, 30, 0, expect=f"fcvtzu {x(30, is64)}, {f(0)}")
    for value in (2.0, 0.125, -0.125, 31.0, -31.0, 1.0, 0.5, 1.9375, -1.0, 3.0):
        case(E.fmov_imm, double, 7, E.encode_fp_imm(value, double), expect=f"fmov {f(7)}, #{value:.8f}")
case(E.fmov_to_gp_high, 1, 31, expect="fmov x1, v31.d[1]")
case(E.fmov_from_gp_high, 31, 2, expect="fmov v31.d[1], x2")
case(E.fcvt, True, 1, 2, expect="fcvt d1, s2")
case(E.fcvt, False, 1, 2, expect="fcvt s1, d2")

case(E.nop, expect="nop")
case(E.brk, 0, expect="brk #0")
case(E.brk, 0xFFFF, expect="brk #0xffff")
case(E.udf, 0x1234, expect="udf #0x1234")
case(E.dmb_ish, expect="dmb ish")


@pytest.mark.parametrize("thunk, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_disassembles_as_expected(thunk, expected):
    fn, args = thunk
    assert dis(fn(*args)) == expected


def test_case_count_is_large():
    assert len(CASES) > 1000


# --- bitmask immediates --------------------------------------------------------------------


def _random_bitmask(rng: random.Random, is64: bool) -> int:
    size = rng.choice([2, 4, 8, 16, 32] + ([64] if is64 else []))
    ones = rng.randrange(1, size)
    rot = rng.randrange(size)
    element = (1 << ones) - 1
    element = ((element >> rot) | (element << (size - rot))) & ((1 << size) - 1)
    value = 0
    for i in range(0, 64 if is64 else 32, size):
        value |= element << i
    return value


@pytest.mark.parametrize("seed", range(8))
def test_logical_imm_round_trips_through_capstone(seed):
    rng = random.Random(seed)
    for _ in range(200):
        is64 = rng.random() < 0.5
        value = _random_bitmask(rng, is64)
        field = E.encode_logical_imm(value, is64)
        assert field is not None, hex(value)
        assert dis(E.orr_imm(is64, 1, 2, value)) == f"orr {x(1, is64)}, {x(2, is64)}, {imm(value)}"


def test_logical_imm_accepts_every_pattern_exactly_once():
    patterns = set()
    for size in (2, 4, 8, 16, 32, 64):
        for ones in range(1, size):
            for rot in range(size):
                element = (1 << ones) - 1
                element = ((element >> rot) | (element << (size - rot))) & ((1 << size) - 1)
                patterns.add(sum(element << i for i in range(0, 64, size)))
    assert len(patterns) == 5334
    fields = {E.encode_logical_imm(p, True) for p in patterns}
    assert None not in fields and len(fields) == 5334


@pytest.mark.parametrize("is64, value", [
    (True, 0), (True, 0xFFFFFFFFFFFFFFFF), (True, -1), (True, 5), (True, 0x1234), (True, 0xFF00FF00FF00FF01),
    (True, 1 << 64), (True, -(1 << 64)), (False, 0), (False, 0xFFFFFFFF), (False, -1), (False, 0x1_0000_0000),
    (False, 0xFF00FF01), (False, 0b1010_0000), (True, 0xFFFF0001),
])
def test_logical_imm_rejects_non_bitmasks(is64, value):
    assert E.encode_logical_imm(value, is64) is None
    with pytest.raises(ValueError):
        E.and_imm(is64, 0, 1, value)


def test_logical_imm_32_bit_takes_negative_as_twos_complement():
    assert E.encode_logical_imm(-2, False) == E.encode_logical_imm(0xFFFFFFFE, False)
    assert dis(E.and_imm(False, 0, 1, -2)) == "and w0, w1, #0xfffffffe"


def test_logical_imm_random_non_bitmasks_give_none():
    rng = random.Random(99)
    valid = set()
    for size in (2, 4, 8, 16, 32, 64):
        for ones in range(1, size):
            for rot in range(size):
                element = (1 << ones) - 1
                element = ((element >> rot) | (element << (size - rot))) & ((1 << size) - 1)
                valid.add(sum(element << i for i in range(0, 64, size)))
    for _ in range(3000):
        value = rng.getrandbits(64)
        assert (E.encode_logical_imm(value, True) is not None) == (value in valid)


# --- fp immediates ------------------------------------------------------------------------------

def test_fp_imm_covers_all_256_patterns():
    for imm8 in range(256):
        text = dis(E.fmov_imm(True, 0, imm8))
        value = float(text.split("#")[1])
        assert E.encode_fp_imm(value, True) == imm8
        assert E.encode_fp_imm(value, False) == imm8


@pytest.mark.parametrize("value", [0.0, -0.0, 0.1, 32.0, 0.0625, 1.03125, float("inf"), float("nan"), 1e300])
def test_fp_imm_rejects_unencodable(value):
    assert E.encode_fp_imm(value, True) is None
    assert E.encode_fp_imm(value, False) is None


# --- patch_branch ------------------------------------------------------------------------------

_PATCHABLE = [
    (lambda off: E.b(off), 1 << 27),
    (lambda off: E.bl(off), 1 << 27),
    (lambda off: E.b_cond(R.GE, off), 1 << 20),
    (lambda off: E.cbz(True, 30, off), 1 << 20),
    (lambda off: E.cbnz(False, 3, off), 1 << 20),
    (lambda off: E.tbz(7, 45, off), 1 << 15),
    (lambda off: E.tbnz(31, 0, off), 1 << 15),
    (lambda off: E.ldr_literal(True, 4, off), 1 << 20),
    (lambda off: E.ldr_literal(False, 4, off), 1 << 20),
    (lambda off: E.ldr_fp_literal(8, 4, off), 1 << 20),
    (lambda off: E.ldr_fp_literal(16, 4, off), 1 << 20),
    (lambda off: E.adr(9, off), 1 << 20),
]


@pytest.mark.parametrize("index", range(len(_PATCHABLE)))
def test_patch_branch_matches_fresh_encoding(index):
    make, limit = _PATCHABLE[index]
    word = make(0)
    for off in (-limit, -4, 0, 4, 1024, limit - 4):
        assert E.patch_branch(word, off) == make(off)
        assert E.patch_branch(make(off), 8) == make(8)
    with pytest.raises(ValueError):
        E.patch_branch(word, limit)
    with pytest.raises(ValueError):
        E.patch_branch(word, -limit - 4)


@pytest.mark.parametrize("index", range(len(_PATCHABLE) - 1))  # all but adr
def test_branch_reach_is_the_field_range(index):
    make, limit = _PATCHABLE[index]
    assert 4 * E.branch_reach(make(0)) == limit
    E.patch_branch(make(0), 4 * (E.branch_reach(make(0)) - 1))


def test_branch_reach_rejects_other_instructions():
    for word in (E.nop(), E.adr(1, 0), E.br(3)):
        with pytest.raises(ValueError):
            E.branch_reach(word)


def test_patch_branch_adr_and_adrp_odd_offsets():
    assert E.patch_branch(E.adr(1, 0), 3) == E.adr(1, 3)
    assert E.patch_branch(E.adrp(1, 0), -5) == E.adrp(1, -5)


def test_patch_branch_rejects_other_instructions():
    for word in (E.nop(), E.add_imm(True, 0, 1, 2), E.ret(), E.ldr_imm(8, 0, 1, 8), E.br(3)):
        with pytest.raises(ValueError):
            E.patch_branch(word, 8)


def test_branches_reject_unaligned_offsets():
    for fn in (E.b, E.bl, lambda o: E.b_cond(0, o), lambda o: E.cbz(True, 0, o), lambda o: E.tbz(0, 0, o),
               lambda o: E.ldr_literal(True, 0, o)):
        for off in (1, 2, -3):
            with pytest.raises(ValueError):
                fn(off)


# --- range errors -------------------------------------------------------------------------------

_BAD = [
    (E.movz, (True, 0, 0x10000, 0)), (E.movz, (True, 0, -1, 0)), (E.movz, (False, 0, 1, 2)),
    (E.movk, (True, 0, 1, 4)), (E.movn, (True, 32, 1, 0)), (E.movz, (True, -1, 1, 0)),
    (E.add_imm, (True, 0, 1, 4096)), (E.sub_imm, (True, 0, 1, -1)), (E.add_imm, (True, 0, 32, 1)),
    (E.add_reg, (True, 0, 1, 2, E.ROR, 1)), (E.add_reg, (False, 0, 1, 2, E.LSL, 32)),
    (E.add_reg, (True, 0, 1, 2, E.LSL, 64)), (E.sub_reg, (True, 0, 1, 2, E.LSL, -1)),
    (E.and_reg, (True, 0, 1, 2, 4, 0)), (E.orr_reg, (False, 0, 1, 2, E.LSL, 32)),
    (E.add_ext, (True, 0, 1, 2, E.UXTX, 5)), (E.add_ext, (True, 0, 1, 2, 8, 0)),
    (E.orr_imm, (True, 0, 1, 0)), (E.and_imm, (False, 0, 1, 0x1_0000_0000)),
    (E.lsl_imm, (False, 0, 1, 32)), (E.lsr_imm, (True, 0, 1, 64)), (E.asr_imm, (True, 0, 1, -1)),
    (E.ubfm, (False, 0, 1, 32, 0)), (E.sbfm, (True, 0, 1, 0, 64)), (E.extr, (False, 0, 1, 2, 32)),
    (E.ror_imm, (True, 0, 1, 64)), (E.sxtw, (False, 0, 1)),
    (E.madd, (True, 0, 1, 2, 32)), (E.sdiv, (True, 0, 1, 32)), (E.clz, (True, 32, 1)),
    (E.csel, (True, 0, 1, 2, 16)), (E.cset, (True, 0, R.AL)), (E.cset, (True, 0, 15)), (E.csetm, (True, 0, -1)),
    (E.ccmp_imm, (True, 0, 32, 0, 0)), (E.ccmp_reg, (True, 0, 1, 16, 0)),
    (E.b, (1 << 27,)), (E.b, (-(1 << 27) - 4,)), (E.bl, (1 << 27,)),
    (E.b_cond, (0, 1 << 20)), (E.b_cond, (16, 0)), (E.cbz, (True, 0, -(1 << 20) - 4)),
    (E.tbz, (0, 64, 0)), (E.tbnz, (0, 0, 1 << 15)), (E.tbz, (0, -1, 0)),
    (E.br, (32,)), (E.blr, (-1,)), (E.ret, (32,)),
    (E.adr, (0, 1 << 20)), (E.adr, (0, -(1 << 20) - 1)), (E.adrp, (0, 1 << 20)),
    (E.ldr_literal, (True, 0, 1 << 20)), (E.ldr_fp_literal, (2, 0, 0)),
    (E.ldr_imm, (8, 0, 1, 4)), (E.ldr_imm, (8, 0, 1, 4096 * 8)), (E.ldr_imm, (8, 0, 1, -8)),
    (E.str_imm, (4, 0, 1, 2)), (E.ldr_imm, (3, 0, 1, 0)), (E.ldr_imm, (16, 0, 1, 0)),
    (E.str_imm, (1, 0, 1, 4096)), (E.ldur, (8, 0, 1, 256)), (E.stur, (8, 0, 1, -257)),
    (E.ldrs_imm, (4, False, 0, 1, 0)), (E.ldrs_imm, (8, True, 0, 1, 0)),
    (E.ldr_indexed, (8, 0, 1, 8, E.OFFSET)), (E.str_indexed, (8, 0, 1, 256, E.PRE)),
    (E.ldr_reg, (8, 0, 1, 2, E.UXTH, False)), (E.ldr_reg, (8, 0, 1, 2, E.SXTH, False)),
    (E.ldr_fp_imm, (2, 0, 1, 0)), (E.ldr_fp_imm, (16, 0, 1, 8)), (E.str_fp_imm, (4, 0, 1, 4096 * 4)),
    (E.ldur_fp, (8, 0, 1, 256)),
    (E.ldp, (True, 0, 1, 2, 4, E.OFFSET)), (E.ldp, (True, 0, 1, 2, 64 * 8, E.OFFSET)),
    (E.stp, (False, 0, 1, 2, -65 * 4, E.PRE)), (E.stp, (True, 0, 1, 2, 0, 7)),
    (E.ldp_fp, (True, 0, 1, 2, 4, E.POST)), (E.stp_fp, (False, 0, 32, 2, 0, E.OFFSET)),
    (E.fadd, (True, 0, 1, 32)), (E.fcsel, (True, 0, 1, 2, 16)), (E.fmov_imm, (True, 0, 256)),
    (E.scvtf, (True, True, 32, 0)), (E.brk, (0x10000,)), (E.udf, (-1,)),
]


@pytest.mark.parametrize("fn, args", _BAD, ids=[f"{fn.__name__}{args}" for fn, args in _BAD])
def test_unencodable_operands_raise(fn, args):
    with pytest.raises(ValueError):
        fn(*args)


@pytest.mark.parametrize("value, fields", [
    (0, (0, False)), (4095, (4095, False)), (4096, (1, True)), (0xFFF000, (0xFFF, True)),
    (4097, None), (0x1000000, None), (-1, None), (0x123000, (0x123, True)),
])
def test_encode_arith_imm(value, fields):
    assert E.encode_arith_imm(value) == fields
    if fields is not None:
        assert dis(E.add_imm(True, 0, 1, *fields)).startswith("add x0, x1, ")


def test_regs_conditions_and_inversion():
    assert (R.SP, R.XZR, R.FP, R.LR, R.X30, R.V31) == (31, 31, 29, 30, 30, 31)
    assert (R.EQ, R.NE, R.HS, R.LO, R.GE, R.LT, R.GT, R.LE, R.AL) == (0, 1, 2, 3, 10, 11, 12, 13, 14)
    pairs = {R.EQ: R.NE, R.HS: R.LO, R.MI: R.PL, R.VS: R.VC, R.HI: R.LS, R.GE: R.LT, R.GT: R.LE}
    for a, b2 in pairs.items():
        assert R.invert_cond(a) == b2 and R.invert_cond(b2) == a
    with pytest.raises(ValueError):
        R.invert_cond(R.AL)


def test_popcount_sequence_words():
    words = [E.fmov_from_gp(True, 0, 1), N.cnt(0, 0, "8b"), N.addv(0, 0, "8b"), E.fmov_to_gp(False, 1, 0)]
    assert [dis(w) for w in words] == ["fmov d0, x1", "cnt v0.8b, v0.8b", "addv b0, v0.8b", "fmov w1, s0"]
