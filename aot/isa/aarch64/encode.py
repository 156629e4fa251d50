"""AArch64 instruction encodings: pure functions returning 32-bit instruction words.

Each function takes registers as ints 0..31 (31 is SP or XZR as the instruction
decides; see regs.py), `is64` to pick X over W registers, `double` to pick D over
S registers, and returns the instruction word as an int.  Every field is range
checked: an operand that does not fit raises ValueError, nothing is truncated.

Branch and literal offsets are in bytes, relative to the address of the
instruction itself; `adrp` takes its offset in 4 KiB pages.  `patch_branch`
re-encodes the offset of an already encoded branch/literal/adr word, for label
fixups; `branch_reach` says how far such a branch reaches (for islands and veneers).

One private helper per instruction class builds the word from its fields; the
public functions are thin, table-like wrappers over those helpers.  The ones the
emitter calls for nearly every instruction are memoised (`_memo`): a module's code
repeats the same few thousand words, and a cache hit costs less than the field checks.
"""

from __future__ import annotations

from functools import lru_cache

# --- operand constants ------------------------------------------------------

LSL, LSR, ASR, ROR = range(4)                                 # shift kinds
UXTB, UXTH, UXTW, UXTX, SXTB, SXTH, SXTW, SXTX = range(8)     # extend kinds
OFFSET, PRE, POST = range(3)                                  # pair addressing modes

_AL = 14
_memo = lru_cache(maxsize=8192)   # for the pure encoders the emitter calls per instruction


# --- field checks -------------------------------------------------------------

def _reg(r: int) -> int:
    if r & ~31:
        raise ValueError(f"register {r} out of range 0..31")
    return r


def _regs(*rs: int) -> None:
    for r in rs:
        if r & ~31:
            raise ValueError(f"register {r} out of range 0..31")


def _uimm(value: int, bits: int, what: str) -> int:
    if value & ~((1 << bits) - 1):
        raise ValueError(f"{what} {value} does not fit in {bits} unsigned bits")
    return value


def _simm(value: int, bits: int, what: str) -> int:
    half = 1 << (bits - 1)
    if not -half <= value < half:
        raise ValueError(f"{what} {value} does not fit in {bits} signed bits")
    return value & ((half << 1) - 1)


def _words(offset: int, bits: int, what: str) -> int:
    if offset & 3:
        raise ValueError(f"{what} offset {offset} is not a multiple of 4")
    return _simm(offset >> 2, bits, f"{what} offset/4")


def _scaled(offset: int, scale: int, bits: int, what: str, signed: bool) -> int:
    if offset % scale:
        raise ValueError(f"{what} offset {offset} is not a multiple of {scale}")
    if signed:
        return _simm(offset // scale, bits, f"{what} offset/{scale}")
    return _uimm(offset // scale, bits, f"{what} offset/{scale}")


def _cond(cond: int) -> int:
    if cond & ~15:
        raise ValueError(f"condition {cond} out of range 0..15")
    return cond


def _width(is64: bool) -> int:
    return 64 if is64 else 32


# --- move wide ----------------------------------------------------------------

def _move_wide(opc: int, is64: bool, rd: int, imm16: int, hw: int) -> int:
    _uimm(imm16, 16, "imm16")
    if not 0 <= hw < (4 if is64 else 2):
        raise ValueError(f"hw {hw} out of range for {'x' if is64 else 'w'} register")
    return (is64 << 31) | (opc << 29) | 0x12800000 | (hw << 21) | (imm16 << 5) | _reg(rd)


def movn(is64: bool, rd: int, imm16: int, hw: int = 0) -> int:
    return _move_wide(0, is64, rd, imm16, hw)


def movz(is64: bool, rd: int, imm16: int, hw: int = 0) -> int:
    return _move_wide(2, is64, rd, imm16, hw)


def movk(is64: bool, rd: int, imm16: int, hw: int = 0) -> int:
    return _move_wide(3, is64, rd, imm16, hw)


# --- add/sub --------------------------------------------------------------------

def _addsub_imm(op: int, is64: bool, rd: int, rn: int, imm12: int, shift12: bool) -> int:
    _regs(rd, rn)
    _uimm(imm12, 12, "imm12")
    return (is64 << 31) | (op << 29) | 0x11000000 | (bool(shift12) << 22) | (imm12 << 10) | (rn << 5) | rd


def encode_arith_imm(value: int) -> tuple[int, bool] | None:
    """(imm12, shift12) for an add/sub immediate equal to `value`, or None if none fits."""
    if 0 <= value < 0x1000:
        return value, False
    if 0 <= value < 0x1000000 and not value & 0xFFF:
        return value >> 12, True
    return None


@_memo
def add_imm(is64: bool, rd: int, rn: int, imm12: int, shift12: bool = False) -> int:
    return _addsub_imm(0, is64, rd, rn, imm12, shift12)


def adds_imm(is64: bool, rd: int, rn: int, imm12: int, shift12: bool = False) -> int:
    return _addsub_imm(1, is64, rd, rn, imm12, shift12)


@_memo
def sub_imm(is64: bool, rd: int, rn: int, imm12: int, shift12: bool = False) -> int:
    return _addsub_imm(2, is64, rd, rn, imm12, shift12)


@_memo
def subs_imm(is64: bool, rd: int, rn: int, imm12: int, shift12: bool = False) -> int:
    return _addsub_imm(3, is64, rd, rn, imm12, shift12)


@_memo
def cmp_imm(is64: bool, rn: int, imm12: int, shift12: bool = False) -> int:
    return _addsub_imm(3, is64, 31, rn, imm12, shift12)


@_memo
def cmn_imm(is64: bool, rn: int, imm12: int, shift12: bool = False) -> int:
    return _addsub_imm(1, is64, 31, rn, imm12, shift12)


def mov_sp(rd: int, rn: int) -> int:
    """mov to/from sp (add rd, rn, #0, 64-bit)."""
    return _addsub_imm(0, True, rd, rn, 0, False)


def _shifted_reg(base: int, is64: bool, rd: int, rn: int, rm: int, shift: int, amount: int,
                 allow_ror: bool) -> int:
    _regs(rd, rn, rm)
    if not 0 <= shift <= (ROR if allow_ror else ASR):
        raise ValueError(f"shift kind {shift} not allowed here")
    if not 0 <= amount < _width(is64):
        raise ValueError(f"shift amount {amount} out of range")
    return (is64 << 31) | base | (shift << 22) | (rm << 16) | (amount << 10) | (rn << 5) | rd


@_memo
def add_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x0B000000, is64, rd, rn, rm, shift, amount, False)


def adds_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x2B000000, is64, rd, rn, rm, shift, amount, False)


@_memo
def sub_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x4B000000, is64, rd, rn, rm, shift, amount, False)


def subs_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x6B000000, is64, rd, rn, rm, shift, amount, False)


@_memo
def cmp_reg(is64: bool, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return subs_reg(is64, 31, rn, rm, shift, amount)


def cmn_reg(is64: bool, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return adds_reg(is64, 31, rn, rm, shift, amount)


def _with_carry(base: int, is64: bool, rd: int, rn: int, rm: int) -> int:
    _regs(rd, rn, rm)
    return base | (is64 << 31) | (rm << 16) | (rn << 5) | rd


def adc(is64: bool, rd: int, rn: int, rm: int) -> int:
    """rd = rn + rm + C."""
    return _with_carry(0x1A000000, is64, rd, rn, rm)


def sbc(is64: bool, rd: int, rn: int, rm: int) -> int:
    """rd = rn - rm - !C (the borrow of a subs before it)."""
    return _with_carry(0x5A000000, is64, rd, rn, rm)


def neg(is64: bool, rd: int, rm: int) -> int:
    return sub_reg(is64, rd, 31, rm)


def _extended_reg(base: int, is64: bool, rd: int, rn: int, rm: int, extend: int, amount: int) -> int:
    _regs(rd, rn, rm)
    if extend & ~7:
        raise ValueError(f"extend kind {extend} out of range")
    if not 0 <= amount <= 4:
        raise ValueError(f"extend shift {amount} out of range 0..4")
    return (is64 << 31) | base | (rm << 16) | (extend << 13) | (amount << 10) | (rn << 5) | rd


@_memo
def add_ext(is64: bool, rd: int, rn: int, rm: int, extend: int, amount: int = 0) -> int:
    return _extended_reg(0x0B200000, is64, rd, rn, rm, extend, amount)


def adds_ext(is64: bool, rd: int, rn: int, rm: int, extend: int, amount: int = 0) -> int:
    return _extended_reg(0x2B200000, is64, rd, rn, rm, extend, amount)


def sub_ext(is64: bool, rd: int, rn: int, rm: int, extend: int, amount: int = 0) -> int:
    return _extended_reg(0x4B200000, is64, rd, rn, rm, extend, amount)


def subs_ext(is64: bool, rd: int, rn: int, rm: int, extend: int, amount: int = 0) -> int:
    return _extended_reg(0x6B200000, is64, rd, rn, rm, extend, amount)


@_memo
def cmp_ext(is64: bool, rn: int, rm: int, extend: int, amount: int = 0) -> int:
    return subs_ext(is64, 31, rn, rm, extend, amount)


# --- logical --------------------------------------------------------------------

@_memo
def and_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x0A000000, is64, rd, rn, rm, shift, amount, True)


def bic_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x0A200000, is64, rd, rn, rm, shift, amount, True)


@_memo
def orr_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x2A000000, is64, rd, rn, rm, shift, amount, True)


def orn_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x2A200000, is64, rd, rn, rm, shift, amount, True)


@_memo
def eor_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x4A000000, is64, rd, rn, rm, shift, amount, True)


def eon_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x4A200000, is64, rd, rn, rm, shift, amount, True)


def ands_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x6A000000, is64, rd, rn, rm, shift, amount, True)


def bics_reg(is64: bool, rd: int, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return _shifted_reg(0x6A200000, is64, rd, rn, rm, shift, amount, True)


def tst_reg(is64: bool, rn: int, rm: int, shift: int = LSL, amount: int = 0) -> int:
    return ands_reg(is64, 31, rn, rm, shift, amount)


@_memo
def mov_reg(is64: bool, rd: int, rm: int) -> int:
    """mov rd, rm (orr rd, zr, rm); register 31 is the zero register, not sp."""
    return orr_reg(is64, rd, 31, rm)


def mvn(is64: bool, rd: int, rm: int) -> int:
    return orn_reg(is64, rd, 31, rm)


@_memo
def encode_logical_imm(value: int, is64: bool) -> int | None:
    """The 13-bit N:immr:imms field for a bitmask immediate, or None if `value` has none.

    `value` is the register-width bit pattern (negative values are taken as two's
    complement of that width).
    """
    width = _width(is64)
    if not -(1 << (width - 1)) <= value < (1 << width):
        return None
    value &= (1 << width) - 1
    if not is64:
        value |= value << 32
    if value == 0 or value == 0xFFFFFFFFFFFFFFFF:
        return None
    size = 64
    while size > 2:                     # smallest period of the pattern
        half = size >> 1
        if (value ^ (value >> half)) & ((1 << half) - 1):
            break
        size = half
    mask = (1 << size) - 1
    element = value & mask
    rotated_left = ((element << 1) | (element >> (size - 1))) & mask
    run_starts = element & ~rotated_left
    if run_starts & (run_starts - 1):   # more than one run of ones
        return None
    start = run_starts.bit_length() - 1
    ones = bin(element).count("1")
    immr = (size - start) % size
    imms = ((-size << 1) & 0x3F) | (ones - 1)
    return ((size == 64) << 12) | (immr << 6) | imms


def _logical_imm(opc: int, is64: bool, rd: int, rn: int, value: int) -> int:
    _regs(rd, rn)
    field = encode_logical_imm(value, is64)
    if field is None:
        raise ValueError(f"{value:#x} is not a valid bitmask immediate")
    return (is64 << 31) | (opc << 29) | 0x12000000 | (field << 10) | (rn << 5) | rd


@_memo
def and_imm(is64: bool, rd: int, rn: int, value: int) -> int:
    return _logical_imm(0, is64, rd, rn, value)


@_memo
def orr_imm(is64: bool, rd: int, rn: int, value: int) -> int:
    return _logical_imm(1, is64, rd, rn, value)


@_memo
def eor_imm(is64: bool, rd: int, rn: int, value: int) -> int:
    return _logical_imm(2, is64, rd, rn, value)


def ands_imm(is64: bool, rd: int, rn: int, value: int) -> int:
    return _logical_imm(3, is64, rd, rn, value)


def tst_imm(is64: bool, rn: int, value: int) -> int:
    return _logical_imm(3, is64, 31, rn, value)


# --- bitfield and extract ---------------------------------------------------------

def _bitfield(opc: int, is64: bool, rd: int, rn: int, immr: int, imms: int) -> int:
    _regs(rd, rn)
    width = _width(is64)
    if not (0 <= immr < width and 0 <= imms < width):
        raise ValueError(f"immr {immr} / imms {imms} out of range for width {width}")
    return (is64 << 31) | (opc << 29) | 0x13000000 | (is64 << 22) | (immr << 16) | (imms << 10) | (rn << 5) | rd


def sbfm(is64: bool, rd: int, rn: int, immr: int, imms: int) -> int:
    return _bitfield(0, is64, rd, rn, immr, imms)


def bfm(is64: bool, rd: int, rn: int, immr: int, imms: int) -> int:
    return _bitfield(1, is64, rd, rn, immr, imms)


def ubfm(is64: bool, rd: int, rn: int, immr: int, imms: int) -> int:
    return _bitfield(2, is64, rd, rn, immr, imms)


def _shift_amount(is64: bool, amount: int) -> int:
    if not 0 <= amount < _width(is64):
        raise ValueError(f"shift amount {amount} out of range")
    return amount


@_memo
def lsl_imm(is64: bool, rd: int, rn: int, amount: int) -> int:
    width = _width(is64)
    _shift_amount(is64, amount)
    return ubfm(is64, rd, rn, (width - amount) % width, width - 1 - amount)


@_memo
def lsr_imm(is64: bool, rd: int, rn: int, amount: int) -> int:
    return ubfm(is64, rd, rn, _shift_amount(is64, amount), _width(is64) - 1)


@_memo
def asr_imm(is64: bool, rd: int, rn: int, amount: int) -> int:
    return sbfm(is64, rd, rn, _shift_amount(is64, amount), _width(is64) - 1)


def sxtb(is64: bool, rd: int, rn: int) -> int:
    return sbfm(is64, rd, rn, 0, 7)


def sxth(is64: bool, rd: int, rn: int) -> int:
    return sbfm(is64, rd, rn, 0, 15)


def sxtw(is64: bool, rd: int, rn: int) -> int:
    if not is64:
        raise ValueError("sxtw needs a 64-bit destination")
    return sbfm(True, rd, rn, 0, 31)


def uxtb(is64: bool, rd: int, rn: int) -> int:
    """uxtb wd, wn; writing the W register zero-extends into X, so is64 changes nothing."""
    return ubfm(False, rd, rn, 0, 7)


def uxth(is64: bool, rd: int, rn: int) -> int:
    """uxth wd, wn; writing the W register zero-extends into X, so is64 changes nothing."""
    return ubfm(False, rd, rn, 0, 15)


def extr(is64: bool, rd: int, rn: int, rm: int, lsb: int) -> int:
    _regs(rd, rn, rm)
    if not 0 <= lsb < _width(is64):
        raise ValueError(f"extr lsb {lsb} out of range")
    return (is64 << 31) | 0x13800000 | (is64 << 22) | (rm << 16) | (lsb << 10) | (rn << 5) | rd


def ror_imm(is64: bool, rd: int, rn: int, amount: int) -> int:
    return extr(is64, rd, rn, rn, amount)


# --- multiply, divide, shifts by register, bit ops ----------------------------------

def _dp_reg3(base: int, rd: int, rn: int, rm: int, ra: int) -> int:
    _regs(rd, rn, rm, ra)
    return base | (rm << 16) | (ra << 10) | (rn << 5) | rd


def madd(is64: bool, rd: int, rn: int, rm: int, ra: int) -> int:
    return _dp_reg3(0x1B000000 | (is64 << 31), rd, rn, rm, ra)


def msub(is64: bool, rd: int, rn: int, rm: int, ra: int) -> int:
    return _dp_reg3(0x1B008000 | (is64 << 31), rd, rn, rm, ra)


@_memo
def mul(is64: bool, rd: int, rn: int, rm: int) -> int:
    return madd(is64, rd, rn, rm, 31)


def smaddl(rd: int, rn: int, rm: int, ra: int) -> int:
    return _dp_reg3(0x9B200000, rd, rn, rm, ra)


def umaddl(rd: int, rn: int, rm: int, ra: int) -> int:
    return _dp_reg3(0x9BA00000, rd, rn, rm, ra)


def smulh(rd: int, rn: int, rm: int) -> int:
    return _dp_reg3(0x9B400000, rd, rn, rm, 31)


def umulh(rd: int, rn: int, rm: int) -> int:
    return _dp_reg3(0x9BC00000, rd, rn, rm, 31)


def _dp_reg2(opcode: int, is64: bool, rd: int, rn: int, rm: int) -> int:
    _regs(rd, rn, rm)
    return (is64 << 31) | 0x1AC00000 | (rm << 16) | (opcode << 10) | (rn << 5) | rd


def udiv(is64: bool, rd: int, rn: int, rm: int) -> int:
    return _dp_reg2(0b000010, is64, rd, rn, rm)


def sdiv(is64: bool, rd: int, rn: int, rm: int) -> int:
    return _dp_reg2(0b000011, is64, rd, rn, rm)


def lslv(is64: bool, rd: int, rn: int, rm: int) -> int:
    return _dp_reg2(0b001000, is64, rd, rn, rm)


def lsrv(is64: bool, rd: int, rn: int, rm: int) -> int:
    return _dp_reg2(0b001001, is64, rd, rn, rm)


def asrv(is64: bool, rd: int, rn: int, rm: int) -> int:
    return _dp_reg2(0b001010, is64, rd, rn, rm)


def rorv(is64: bool, rd: int, rn: int, rm: int) -> int:
    return _dp_reg2(0b001011, is64, rd, rn, rm)


def _dp_reg1(opcode: int, is64: bool, rd: int, rn: int) -> int:
    _regs(rd, rn)
    return (is64 << 31) | 0x5AC00000 | (opcode << 10) | (rn << 5) | rd


def rbit(is64: bool, rd: int, rn: int) -> int:
    return _dp_reg1(0b000000, is64, rd, rn)


def rev16(is64: bool, rd: int, rn: int) -> int:
    return _dp_reg1(0b000001, is64, rd, rn)


def rev32(rd: int, rn: int) -> int:
    return _dp_reg1(0b000010, True, rd, rn)


def rev(is64: bool, rd: int, rn: int) -> int:
    return _dp_reg1(0b000011 if is64 else 0b000010, is64, rd, rn)


def clz(is64: bool, rd: int, rn: int) -> int:
    return _dp_reg1(0b000100, is64, rd, rn)


def cls(is64: bool, rd: int, rn: int) -> int:
    return _dp_reg1(0b000101, is64, rd, rn)


# --- conditional select ---------------------------------------------------------------

def _cond_select(base: int, is64: bool, rd: int, rn: int, rm: int, cond: int) -> int:
    _regs(rd, rn, rm)
    return (is64 << 31) | base | (rm << 16) | (_cond(cond) << 12) | (rn << 5) | rd


@_memo
def csel(is64: bool, rd: int, rn: int, rm: int, cond: int) -> int:
    return _cond_select(0x1A800000, is64, rd, rn, rm, cond)


def csinc(is64: bool, rd: int, rn: int, rm: int, cond: int) -> int:
    return _cond_select(0x1A800400, is64, rd, rn, rm, cond)


def csinv(is64: bool, rd: int, rn: int, rm: int, cond: int) -> int:
    return _cond_select(0x5A800000, is64, rd, rn, rm, cond)


def csneg(is64: bool, rd: int, rn: int, rm: int, cond: int) -> int:
    return _cond_select(0x5A800400, is64, rd, rn, rm, cond)


def _invertible(cond: int) -> int:
    if not 0 <= cond < _AL:
        raise ValueError(f"condition {cond} cannot be inverted")
    return cond ^ 1


@_memo
def cset(is64: bool, rd: int, cond: int) -> int:
    """rd = 1 if cond else 0."""
    return csinc(is64, rd, 31, 31, _invertible(cond))


def csetm(is64: bool, rd: int, cond: int) -> int:
    """rd = all ones if cond else 0."""
    return csinv(is64, rd, 31, 31, _invertible(cond))


def _cond_compare(base: int, is64: bool, rn: int, operand: int, nzcv: int, cond: int) -> int:
    _reg(rn)
    _uimm(operand, 5, "ccmp operand")
    _uimm(nzcv, 4, "nzcv")
    return (is64 << 31) | base | (operand << 16) | (_cond(cond) << 12) | (rn << 5) | nzcv


def ccmp_reg(is64: bool, rn: int, rm: int, nzcv: int, cond: int) -> int:
    return _cond_compare(0x7A400000, is64, rn, rm, nzcv, cond)


def ccmp_imm(is64: bool, rn: int, imm5: int, nzcv: int, cond: int) -> int:
    return _cond_compare(0x7A400800, is64, rn, imm5, nzcv, cond)


# --- branches and pc-relative ----------------------------------------------------------

def b(offset: int) -> int:
    return 0x14000000 | _words(offset, 26, "b")


def bl(offset: int) -> int:
    return 0x94000000 | _words(offset, 26, "bl")


@_memo
def b_cond(cond: int, offset: int) -> int:
    return 0x54000000 | (_words(offset, 19, "b.cond") << 5) | _cond(cond)


@_memo
def cbz(is64: bool, rt: int, offset: int) -> int:
    return (is64 << 31) | 0x34000000 | (_words(offset, 19, "cbz") << 5) | _reg(rt)


@_memo
def cbnz(is64: bool, rt: int, offset: int) -> int:
    return (is64 << 31) | 0x35000000 | (_words(offset, 19, "cbnz") << 5) | _reg(rt)


def _test_branch(base: int, rt: int, bit: int, offset: int) -> int:
    _uimm(bit, 6, "test bit")
    return ((bit >> 5) << 31) | base | ((bit & 31) << 19) | (_words(offset, 14, "tbz") << 5) | _reg(rt)


def tbz(rt: int, bit: int, offset: int) -> int:
    return _test_branch(0x36000000, rt, bit, offset)


def tbnz(rt: int, bit: int, offset: int) -> int:
    return _test_branch(0x37000000, rt, bit, offset)


def br(rn: int) -> int:
    return 0xD61F0000 | (_reg(rn) << 5)


def blr(rn: int) -> int:
    return 0xD63F0000 | (_reg(rn) << 5)


def ret(rn: int = 30) -> int:
    return 0xD65F0000 | (_reg(rn) << 5)


def _pc_rel(base: int, rd: int, imm21: int) -> int:
    return base | ((imm21 & 3) << 29) | ((imm21 >> 2) << 5) | _reg(rd)


def adr(rd: int, offset: int) -> int:
    """adr rd, pc+offset (offset in bytes, +-1 MiB)."""
    return _pc_rel(0x10000000, rd, _simm(offset, 21, "adr offset"))


def adrp(rd: int, page_offset: int) -> int:
    """adrp rd, (pc & ~0xfff) + page_offset*4096 (page_offset in 4 KiB pages, +-4 GiB)."""
    return _pc_rel(0x90000000, rd, _simm(page_offset, 21, "adrp page offset"))


def ldr_literal(is64: bool, rt: int, offset: int) -> int:
    return (is64 << 30) | 0x18000000 | (_words(offset, 19, "ldr literal") << 5) | _reg(rt)


_FP_LITERAL_OPC = {4: 0, 8: 1, 16: 2}


def ldr_fp_literal(size_bytes: int, rt: int, offset: int) -> int:
    opc = _FP_LITERAL_OPC.get(size_bytes)
    if opc is None:
        raise ValueError(f"fp literal size {size_bytes} not in 4, 8, 16")
    return (opc << 30) | 0x1C000000 | (_words(offset, 19, "ldr literal") << 5) | _reg(rt)


# The word-offset fields of pc-relative branches and literal loads:
# (mask, match, field width, field shift, name).
_BRANCH_FIELDS = (
    (0x7C000000, 0x14000000, 26, 0, "b"),             # b, bl
    (0xFF000010, 0x54000000, 19, 5, "b.cond"),
    (0x7E000000, 0x34000000, 19, 5, "cbz"),           # cbz, cbnz
    (0x3B000000, 0x18000000, 19, 5, "ldr literal"),
    (0x7E000000, 0x36000000, 14, 5, "tbz"),           # tbz, tbnz
)


def _branch_field(word: int):
    for mask, match, bits, shift, what in _BRANCH_FIELDS:
        if word & mask == match:
            return bits, shift, what
    return None


@_memo
def branch_reach(word: int) -> int:
    """How far an encoded b/bl/b.cond/cbz/cbnz/tbz/tbnz/ldr-literal word reaches, in
    words: back by up to this many, forward by up to one less."""
    field = _branch_field(word)
    if field is None:
        raise ValueError(f"{word:#010x} is not a pc-relative branch or literal load")
    return 1 << (field[0] - 1)


def patch_branch(word: int, offset: int) -> int:
    """Re-encode the pc-relative field of an encoded b/bl/b.cond/cbz/cbnz/tbz/tbnz/
    ldr-literal/adr/adrp word with a new offset (bytes; pages for adrp)."""
    field = _branch_field(word)
    if field is not None:
        bits, shift, what = field
        return (word & ~(((1 << bits) - 1) << shift)) | (_words(offset, bits, what) << shift)
    if word & 0x1F000000 == 0x10000000:                       # adr, adrp
        return _pc_rel(word & 0x9F00001F, 0, _simm(offset, 21, "adr offset"))
    raise ValueError(f"{word:#010x} is not a pc-relative branch, literal load or adr")


# --- loads and stores ----------------------------------------------------------------

_LOG2 = {1: 0, 2: 1, 4: 2, 8: 3, 16: 4}
_STR, _LDR, _LDRS64, _LDRS32 = range(4)


def _size_log2(size_bytes: int, allowed: tuple) -> int:
    if size_bytes not in allowed:
        raise ValueError(f"access size {size_bytes} not in {allowed}")
    return _LOG2[size_bytes]


def _ls_base(size_log2: int, opc: int, fp: bool) -> int:
    """size:111:V:00:opc for the load/store register classes (128-bit FP folds into opc)."""
    if fp and size_log2 == 4:
        return 0x38000000 | (1 << 26) | ((opc | 2) << 22)
    return (size_log2 << 30) | 0x38000000 | (fp << 26) | (opc << 22)


def _ls_uimm(base: int, size_log2: int, rt: int, rn: int, offset: int) -> int:
    _regs(rt, rn)
    imm12 = _scaled(offset, 1 << size_log2, 12, "load/store", False)
    return base | 0x01000000 | (imm12 << 10) | (rn << 5) | rt


def _ls_imm9(base: int, index_bits: int, rt: int, rn: int, offset: int) -> int:
    _regs(rt, rn)
    return base | (_simm(offset, 9, "unscaled offset") << 12) | (index_bits << 10) | (rn << 5) | rt


_INDEX_BITS = {POST: 1, PRE: 3}


def _index_bits(mode: int) -> int:
    bits = _INDEX_BITS.get(mode)
    if bits is None:
        raise ValueError(f"indexed mode {mode} must be PRE or POST")
    return bits


def _ls_reg(base: int, rt: int, rn: int, rm: int, extend: int, shifted: bool) -> int:
    _regs(rt, rn, rm)
    if extend == LSL:
        extend = UXTX
    if extend not in (UXTW, UXTX, SXTW, SXTX):
        raise ValueError(f"extend {extend} not allowed for a register offset")
    return base | 0x00200800 | (rm << 16) | (extend << 13) | (bool(shifted) << 12) | (rn << 5) | rt


_INT_SIZES = (1, 2, 4, 8)
_FP_SIZES = (4, 8, 16)
_FP_ALL_SIZES = (1, 2, 4, 8, 16)   # b, h, s, d, q: the unscaled and indexed forms take them all


@_memo
def ldr_imm(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    """ldr/ldrh/ldrb rt, [rn, #offset], zero-extending; offset unsigned, scaled by size."""
    log2 = _size_log2(size_bytes, _INT_SIZES)
    return _ls_uimm(_ls_base(log2, _LDR, False), log2, rt, rn, offset)


@_memo
def str_imm(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    log2 = _size_log2(size_bytes, _INT_SIZES)
    return _ls_uimm(_ls_base(log2, _STR, False), log2, rt, rn, offset)


def _signed_load_opc(size_bytes: int, is64: bool) -> int:
    if size_bytes == 4 and not is64:
        raise ValueError("ldrsw needs a 64-bit destination")
    return _LDRS64 if is64 else _LDRS32


def ldrs_imm(size_bytes: int, is64: bool, rt: int, rn: int, offset: int) -> int:
    """ldrsb/ldrsh/ldrsw into a W (is64=False) or X register."""
    log2 = _size_log2(size_bytes, (1, 2, 4))
    return _ls_uimm(_ls_base(log2, _signed_load_opc(size_bytes, is64), False), log2, rt, rn, offset)


def ldur(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    return _ls_imm9(_ls_base(_size_log2(size_bytes, _INT_SIZES), _LDR, False), 0, rt, rn, offset)


def stur(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    return _ls_imm9(_ls_base(_size_log2(size_bytes, _INT_SIZES), _STR, False), 0, rt, rn, offset)


def ldurs(size_bytes: int, is64: bool, rt: int, rn: int, offset: int) -> int:
    base = _ls_base(_size_log2(size_bytes, (1, 2, 4)), _signed_load_opc(size_bytes, is64), False)
    return _ls_imm9(base, 0, rt, rn, offset)


def ldr_indexed(size_bytes: int, rt: int, rn: int, offset: int, mode: int) -> int:
    """ldr rt, [rn, #offset]! (PRE) or ldr rt, [rn], #offset (POST)."""
    base = _ls_base(_size_log2(size_bytes, _INT_SIZES), _LDR, False)
    return _ls_imm9(base, _index_bits(mode), rt, rn, offset)


def str_indexed(size_bytes: int, rt: int, rn: int, offset: int, mode: int) -> int:
    base = _ls_base(_size_log2(size_bytes, _INT_SIZES), _STR, False)
    return _ls_imm9(base, _index_bits(mode), rt, rn, offset)


@_memo
def ldr_reg(size_bytes: int, rt: int, rn: int, rm: int, extend: int = UXTX, shifted: bool = False) -> int:
    """ldr rt, [rn, rm{, extend #log2(size)}]; extend is UXTW, SXTW, SXTX or UXTX (LSL)."""
    log2 = _size_log2(size_bytes, _INT_SIZES)
    return _ls_reg(_ls_base(log2, _LDR, False), rt, rn, rm, extend, shifted)


@_memo
def str_reg(size_bytes: int, rt: int, rn: int, rm: int, extend: int = UXTX, shifted: bool = False) -> int:
    log2 = _size_log2(size_bytes, _INT_SIZES)
    return _ls_reg(_ls_base(log2, _STR, False), rt, rn, rm, extend, shifted)


def ldrs_reg(size_bytes: int, is64: bool, rt: int, rn: int, rm: int, extend: int = UXTX,
             shifted: bool = False) -> int:
    log2 = _size_log2(size_bytes, (1, 2, 4))
    base = _ls_base(log2, _signed_load_opc(size_bytes, is64), False)
    return _ls_reg(base, rt, rn, rm, extend, shifted)


def ldr_fp_imm(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    log2 = _size_log2(size_bytes, _FP_SIZES)
    return _ls_uimm(_ls_base(log2, _LDR, True), log2, rt, rn, offset)


def str_fp_imm(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    log2 = _size_log2(size_bytes, _FP_SIZES)
    return _ls_uimm(_ls_base(log2, _STR, True), log2, rt, rn, offset)


def ldur_fp(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    return _ls_imm9(_ls_base(_size_log2(size_bytes, _FP_ALL_SIZES), _LDR, True), 0, rt, rn, offset)


def stur_fp(size_bytes: int, rt: int, rn: int, offset: int) -> int:
    return _ls_imm9(_ls_base(_size_log2(size_bytes, _FP_ALL_SIZES), _STR, True), 0, rt, rn, offset)


def ldr_fp_indexed(size_bytes: int, rt: int, rn: int, offset: int, mode: int) -> int:
    """ldr bN/hN/sN/dN/qN, [rn, #offset]! (PRE) or [rn], #offset (POST)."""
    base = _ls_base(_size_log2(size_bytes, _FP_ALL_SIZES), _LDR, True)
    return _ls_imm9(base, _index_bits(mode), rt, rn, offset)


def str_fp_indexed(size_bytes: int, rt: int, rn: int, offset: int, mode: int) -> int:
    base = _ls_base(_size_log2(size_bytes, _FP_ALL_SIZES), _STR, True)
    return _ls_imm9(base, _index_bits(mode), rt, rn, offset)


def ldr_fp_reg(size_bytes: int, rt: int, rn: int, rm: int, extend: int = UXTX, shifted: bool = False) -> int:
    log2 = _size_log2(size_bytes, _FP_SIZES)
    return _ls_reg(_ls_base(log2, _LDR, True), rt, rn, rm, extend, shifted)


def str_fp_reg(size_bytes: int, rt: int, rn: int, rm: int, extend: int = UXTX, shifted: bool = False) -> int:
    log2 = _size_log2(size_bytes, _FP_SIZES)
    return _ls_reg(_ls_base(log2, _STR, True), rt, rn, rm, extend, shifted)


_PAIR_MODE_BITS = {POST: 1, OFFSET: 2, PRE: 3}


def _pair(opc: int, fp: bool, load: bool, scale: int, rt: int, rt2: int, rn: int, offset: int,
          mode: int) -> int:
    _regs(rt, rt2, rn)
    mode_bits = _PAIR_MODE_BITS.get(mode)
    if mode_bits is None:
        raise ValueError(f"pair mode {mode} must be OFFSET, PRE or POST")
    imm7 = _scaled(offset, scale, 7, "pair", True)
    return ((opc << 30) | 0x28000000 | (fp << 26) | (mode_bits << 23) | (load << 22)
            | (imm7 << 15) | (rt2 << 10) | (rn << 5) | rt)


def ldp(is64: bool, rt: int, rt2: int, rn: int, offset: int, mode: int = OFFSET) -> int:
    return _pair(2 if is64 else 0, False, True, 8 if is64 else 4, rt, rt2, rn, offset, mode)


def stp(is64: bool, rt: int, rt2: int, rn: int, offset: int, mode: int = OFFSET) -> int:
    return _pair(2 if is64 else 0, False, False, 8 if is64 else 4, rt, rt2, rn, offset, mode)


def ldp_fp(double: bool, rt: int, rt2: int, rn: int, offset: int, mode: int = OFFSET) -> int:
    return _pair(1 if double else 0, True, True, 8 if double else 4, rt, rt2, rn, offset, mode)


def stp_fp(double: bool, rt: int, rt2: int, rn: int, offset: int, mode: int = OFFSET) -> int:
    return _pair(1 if double else 0, True, False, 8 if double else 4, rt, rt2, rn, offset, mode)


def ldp_q(rt: int, rt2: int, rn: int, offset: int, mode: int = OFFSET) -> int:
    """ldp qT, qT2, [rn, #offset] (or PRE/POST indexed): 32 bytes."""
    return _pair(2, True, True, 16, rt, rt2, rn, offset, mode)


def stp_q(rt: int, rt2: int, rn: int, offset: int, mode: int = OFFSET) -> int:
    return _pair(2, True, False, 16, rt, rt2, rn, offset, mode)


# --- scalar floating point ------------------------------------------------------------

def _fp_2src(opcode: int, double: bool, rd: int, rn: int, rm: int) -> int:
    _regs(rd, rn, rm)
    return 0x1E200800 | (bool(double) << 22) | (rm << 16) | (opcode << 12) | (rn << 5) | rd


def fmul(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0000, double, rd, rn, rm)


def fdiv(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0001, double, rd, rn, rm)


def fadd(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0010, double, rd, rn, rm)


def fsub(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0011, double, rd, rn, rm)


def fmax(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0100, double, rd, rn, rm)


def fmin(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0101, double, rd, rn, rm)


def fmaxnm(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0110, double, rd, rn, rm)


def fminnm(double: bool, rd: int, rn: int, rm: int) -> int:
    return _fp_2src(0b0111, double, rd, rn, rm)


def _fp_1src(opcode: int, double: bool, rd: int, rn: int) -> int:
    _regs(rd, rn)
    return 0x1E204000 | (bool(double) << 22) | (opcode << 15) | (rn << 5) | rd


def fmov(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b000000, double, rd, rn)


def fabs(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b000001, double, rd, rn)


def fneg(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b000010, double, rd, rn)


def fsqrt(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b000011, double, rd, rn)


def fcvt(to_double: bool, rd: int, rn: int) -> int:
    """fcvt dd, sn (to_double) or fcvt sd, dn."""
    return _fp_1src(0b000101, False, rd, rn) if to_double else _fp_1src(0b000100, True, rd, rn)


def frintn(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b001000, double, rd, rn)


def frintp(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b001001, double, rd, rn)


def frintm(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b001010, double, rd, rn)


def frintz(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b001011, double, rd, rn)


def frinta(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b001100, double, rd, rn)


def frintx(double: bool, rd: int, rn: int) -> int:
    return _fp_1src(0b001110, double, rd, rn)


def _fp_compare(opcode2: int, double: bool, rn: int, rm: int) -> int:
    _regs(rn, rm)
    return 0x1E202000 | (bool(double) << 22) | (rm << 16) | (rn << 5) | opcode2


def fcmp(double: bool, rn: int, rm: int) -> int:
    return _fp_compare(0b00000, double, rn, rm)


def fcmp_zero(double: bool, rn: int) -> int:
    return _fp_compare(0b01000, double, rn, 0)


def fcsel(double: bool, rd: int, rn: int, rm: int, cond: int) -> int:
    _regs(rd, rn, rm)
    return 0x1E200C00 | (bool(double) << 22) | (rm << 16) | (_cond(cond) << 12) | (rn << 5) | rd


def _fp_int(sf: bool, double: bool, rmode_opcode: int, rd: int, rn: int) -> int:
    _regs(rd, rn)
    return (bool(sf) << 31) | 0x1E200000 | (bool(double) << 22) | (rmode_opcode << 16) | (rn << 5) | rd


def fcvtzs(is64_dst: bool, double: bool, rd: int, rn: int) -> int:
    return _fp_int(is64_dst, double, 0b11000, rd, rn)


def fcvtzu(is64_dst: bool, double: bool, rd: int, rn: int) -> int:
    return _fp_int(is64_dst, double, 0b11001, rd, rn)


def scvtf(is64_src: bool, double: bool, rd: int, rn: int) -> int:
    return _fp_int(is64_src, double, 0b00010, rd, rn)


def ucvtf(is64_src: bool, double: bool, rd: int, rn: int) -> int:
    return _fp_int(is64_src, double, 0b00011, rd, rn)


def fmov_to_gp(double: bool, rd: int, rn: int) -> int:
    """fmov wd, sn / fmov xd, dn: raw bits from an FP register to a general one."""
    return _fp_int(double, double, 0b00110, rd, rn)


def fmov_from_gp(double: bool, rd: int, rn: int) -> int:
    """fmov sd, wn / fmov dd, xn: raw bits from a general register to an FP one."""
    return _fp_int(double, double, 0b00111, rd, rn)


def fmov_to_gp_high(rd: int, rn: int) -> int:
    """fmov xd, vn.d[1]: the upper 64 bits of a q register to a general one."""
    _regs(rd, rn)
    return 0x9EAE0000 | (rn << 5) | rd


def fmov_from_gp_high(rd: int, rn: int) -> int:
    """fmov vd.d[1], xn: a general register into the upper 64 bits of a q register (the low
    64 bits are kept)."""
    _regs(rd, rn)
    return 0x9EAF0000 | (rn << 5) | rd


def _expand_fp_imm8(imm8: int) -> float:
    """The value an 8-bit FP immediate stands for: +-(16+frac)/16 * 2**exp, exp in -3..4."""
    sign = -1.0 if imm8 & 0x80 else 1.0
    cd = (imm8 >> 4) & 3
    exponent = cd - 3 if imm8 & 0x40 else cd + 1
    return sign * (16 + (imm8 & 15)) / 16 * 2.0 ** exponent


_FP_IMM8 = {_expand_fp_imm8(i): i for i in range(256)}


def encode_fp_imm(value: float, double: bool) -> int | None:
    """The imm8 for `fmov <s|d>, #value`, or None if the value has no such encoding.

    The encodable set (+-n/16 * 2**r, n in 16..31, r in -3..4) is the same for
    single and double precision; `double` is kept for symmetry with fmov_imm.
    """
    return _FP_IMM8.get(value)


def fmov_imm(double: bool, rd: int, imm8: int) -> int:
    _uimm(imm8, 8, "fp imm8")
    return 0x1E201000 | (bool(double) << 22) | (imm8 << 13) | _reg(rd)


# --- misc ------------------------------------------------------------------------------

def nop() -> int:
    return 0xD503201F


def brk(imm16: int) -> int:
    return 0xD4200000 | (_uimm(imm16, 16, "brk imm16") << 5)


def udf(imm16: int) -> int:
    return _uimm(imm16, 16, "udf imm16")


def dmb_ish() -> int:
    return 0xD5033BBF
