"""AArch64 Advanced SIMD (NEON) encodings: pure functions returning 32-bit instruction words.

The companion of encode.py (scalar and general-purpose instructions), in the same
style: registers are hardware numbers 0..31 (v registers, or general registers
where the instruction takes one; 31 is SP as a load/store base and XZR/WZR as a
general source), every field is range checked, and an operand that does not fit
raises ValueError.

Vector shapes are arrangement strings as the assembler writes them: "8b", "16b",
"4h", "8h", "2s", "4s", "1d", "2d".  An instruction that does not exist for an
arrangement raises ValueError.  Where the two sides of an instruction differ in
width (widening, narrowing, pairwise-long), the arrangement argument is the one
of its *narrow* side, as written in the assembly, and the "2" form (upper half)
is a separate function taking the 128-bit narrow arrangement:

    smull(0, 1, 2, "4h")   smull  v0.4s, v1.4h, v2.4h
    smull2(0, 1, 2, "8h")  smull2 v0.4s, v1.8h, v2.8h
    xtn(0, 1, "4h")        xtn    v0.4h, v1.4s
    saddlp(0, 1, "16b")    saddlp v0.8h, v1.16b

Instructions on one lane (copies, single-structure loads/stores) take the lane
size as "b", "h", "s" or "d" and the lane index.

One private helper per Arm ARM encoding class builds the word from its fields;
the named instructions below them are thin wrappers.  `vector_imm` picks the
movi/mvni/fmov word, if there is one, that materialises a 128-bit constant.
The SIMD&FP register loads and stores (ldr, str_, ldur, stur, ldr_reg, str_reg)
take the register kind "s", "d" or "q" and reuse encode.py's encodings.
"""

from __future__ import annotations

import struct

from . import encode as _E
from .encode import _regs, _uimm

# --- arrangements ---------------------------------------------------------------------

# arrangement -> (size, Q)
_ARR = {"8b": (0, 0), "16b": (0, 1), "4h": (1, 0), "8h": (1, 1),
        "2s": (2, 0), "4s": (2, 1), "1d": (3, 0), "2d": (3, 1)}
_LANE_SIZE = {"b": 0, "h": 1, "s": 2, "d": 3}
_M32, _M64 = (1 << 32) - 1, (1 << 64) - 1

# arrangement sets an instruction accepts
_ALL = frozenset(_ARR)
_BYTES = frozenset({"8b", "16b"})
_NO_D = frozenset({"8b", "16b", "4h", "8h", "2s", "4s"})      # integer ops without 64-bit lanes
_NO_1D = _ALL - {"1d"}                                           # full vectors and halves, no 1d
_HS = frozenset({"4h", "8h", "2s", "4s"})
_ACROSS = frozenset({"8b", "16b", "4h", "8h", "4s"})
_FP = frozenset({"2s", "4s", "2d"})
_NARROW_LO = frozenset({"8b", "4h", "2s"})                       # 64-bit narrow sides
_NARROW_HI = frozenset({"16b", "8h", "4s"})                      # their "2" forms


def _arr(arr: str, allowed: frozenset, what: str) -> tuple[int, int]:
    if arr not in allowed:
        raise ValueError(f"{what}: arrangement {arr!r} not in {sorted(allowed)}")
    return _ARR[arr]


def _fp_arr(arr: str, what: str) -> tuple[int, int]:
    """(sz, Q) of an FP vector arrangement."""
    size, q = _arr(arr, _FP, what)
    return size & 1, q


def _lane(lane: str, index: int, allowed: str = "bhsd") -> int:
    """The log2 byte size of a lane, after checking the lane and its index (vector of 16 bytes)."""
    if lane not in allowed or lane not in _LANE_SIZE:
        raise ValueError(f"lane size {lane!r} not in {allowed!r}")
    size = _LANE_SIZE[lane]
    if not 0 <= index < 16 >> size:
        raise ValueError(f"lane index {index} out of range for .{lane}")
    return size


# --- encoding classes -------------------------------------------------------------------

def _three_same(u: int, opcode: int, size: int, q: int, rd: int, rn: int, rm: int) -> int:
    """0 Q U 01110 size 1 Rm opcode 1 Rn Rd (also FP three-same, size = a:sz)."""
    _regs(rd, rn, rm)
    return (q << 30) | (u << 29) | 0x0E200400 | (size << 22) | (rm << 16) | (opcode << 11) | (rn << 5) | rd


def _three_different(u: int, opcode: int, size: int, q: int, rd: int, rn: int, rm: int) -> int:
    """0 Q U 01110 size 1 Rm opcode 00 Rn Rd: long, wide and narrowing-high ops."""
    _regs(rd, rn, rm)
    return (q << 30) | (u << 29) | 0x0E200000 | (size << 22) | (rm << 16) | (opcode << 12) | (rn << 5) | rd


def _two_misc(u: int, opcode: int, size: int, q: int, rd: int, rn: int) -> int:
    """0 Q U 01110 size 10000 opcode 10 Rn Rd (also FP two-reg misc, size = a:sz)."""
    _regs(rd, rn)
    return (q << 30) | (u << 29) | 0x0E200800 | (size << 22) | (opcode << 12) | (rn << 5) | rd


def _across(u: int, opcode: int, size: int, q: int, rd: int, rn: int) -> int:
    """0 Q U 01110 size 11000 opcode 10 Rn Rd: reductions across lanes."""
    _regs(rd, rn)
    return (q << 30) | (u << 29) | 0x0E300800 | (size << 22) | (opcode << 12) | (rn << 5) | rd


def _scalar_pairwise(u: int, opcode: int, size: int, rd: int, rn: int) -> int:
    """01 U 11110 size 11000 opcode 10 Rn Rd."""
    _regs(rd, rn)
    return 0x5E300800 | (u << 29) | (size << 22) | (opcode << 12) | (rn << 5) | rd


def _copy(op: int, q: int, imm5: int, imm4: int, rd: int, rn: int) -> int:
    """0 Q op 01110000 imm5 0 imm4 1 Rn Rd: dup, ins, smov, umov."""
    _regs(rd, rn)
    return (q << 30) | (op << 29) | 0x0E000400 | (imm5 << 16) | (imm4 << 11) | (rn << 5) | rd


def _imm5(size: int, index: int) -> int:
    return ((index << 1) | 1) << size


def _modified_imm(q: int, op: int, cmode: int, imm8: int, rd: int) -> int:
    """0 Q op 0111100000 abc cmode o2=0 1 defgh Rd: movi, mvni, orr, bic, fmov (vector)."""
    _regs(rd)
    _uimm(imm8, 8, "imm8")
    return ((q << 30) | (op << 29) | 0x0F000400 | ((imm8 >> 5) << 16) | (cmode << 12)
            | ((imm8 & 31) << 5) | rd)


def _shift_imm(u: int, opcode: int, q: int, immhb: int, rd: int, rn: int) -> int:
    """0 Q U 011110 immh:immb opcode 1 Rn Rd (immh != 0)."""
    _regs(rd, rn)
    return (q << 30) | (u << 29) | 0x0F000400 | (immhb << 16) | (opcode << 11) | (rn << 5) | rd


def _permute(opcode: int, size: int, q: int, rd: int, rn: int, rm: int) -> int:
    """0 Q 001110 size 0 Rm 0 opcode 10 Rn Rd: zip, uzp, trn."""
    _regs(rd, rn, rm)
    return (q << 30) | 0x0E000800 | (size << 22) | (rm << 16) | (opcode << 12) | (rn << 5) | rd


def _extract(q: int, imm4: int, rd: int, rn: int, rm: int) -> int:
    """0 Q 101110 000 Rm 0 imm4 0 Rn Rd: ext."""
    _regs(rd, rn, rm)
    return (q << 30) | 0x2E000000 | (rm << 16) | (imm4 << 11) | (rn << 5) | rd


def _table(q: int, length: int, op: int, rd: int, rn: int, rm: int) -> int:
    """0 Q 001110 000 Rm 0 len op 00 Rn Rd: tbl (op 0), tbx (op 1) over `length` registers."""
    _regs(rd, rn, rm)
    if not 1 <= length <= 4:
        raise ValueError(f"table of {length} registers (1..4)")
    return (q << 30) | 0x0E000000 | (rm << 16) | ((length - 1) << 13) | (op << 12) | (rn << 5) | rd


def _ls_single(q: int, load: int, opcode: int, s: int, size: int, rt: int, rn: int) -> int:
    """0 Q 0011010 L 0 00000 opcode S size Rn Rt: ld1/st1 one lane, ld1r (no post-index)."""
    _regs(rt, rn)
    return ((q << 30) | 0x0D000000 | (load << 22) | (opcode << 13) | (s << 12) | (size << 10)
            | (rn << 5) | rt)


def _ls_multiple(q: int, load: int, opcode: int, size: int, rt: int, rn: int) -> int:
    """0 Q 0011000 L 000000 opcode size Rn Rt: ld1/st1 of 1..4 registers (no post-index)."""
    _regs(rt, rn)
    return (q << 30) | 0x0C000000 | (load << 22) | (opcode << 12) | (size << 10) | (rn << 5) | rt


# --- three same -------------------------------------------------------------------------

def _int3(u: int, opcode: int, allowed: frozenset, name: str):
    def encode(rd: int, rn: int, rm: int, arr: str) -> int:
        size, q = _arr(arr, allowed, name)
        return _three_same(u, opcode, size, q, rd, rn, rm)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T, vm.T"
    return encode


def _logic3(u: int, size: int, name: str):
    def encode(rd: int, rn: int, rm: int, arr: str) -> int:
        _, q = _arr(arr, _BYTES, name)
        return _three_same(u, 0b00011, size, q, rd, rn, rm)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T, vm.T (T is 8b or 16b)"
    return encode


def _fp3(u: int, a: int, opcode: int, name: str):
    def encode(rd: int, rn: int, rm: int, arr: str) -> int:
        sz, q = _fp_arr(arr, name)
        return _three_same(u, opcode, (a << 1) | sz, q, rd, rn, rm)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T, vm.T (T is 2s, 4s or 2d)"
    return encode


shadd = _int3(0, 0b00000, _NO_D, "shadd")
uhadd = _int3(1, 0b00000, _NO_D, "uhadd")
sqadd = _int3(0, 0b00001, _NO_1D, "sqadd")
uqadd = _int3(1, 0b00001, _NO_1D, "uqadd")
srhadd = _int3(0, 0b00010, _NO_D, "srhadd")
urhadd = _int3(1, 0b00010, _NO_D, "urhadd")
sqsub = _int3(0, 0b00101, _NO_1D, "sqsub")
uqsub = _int3(1, 0b00101, _NO_1D, "uqsub")
cmgt = _int3(0, 0b00110, _NO_1D, "cmgt")
cmhi = _int3(1, 0b00110, _NO_1D, "cmhi")
cmge = _int3(0, 0b00111, _NO_1D, "cmge")
cmhs = _int3(1, 0b00111, _NO_1D, "cmhs")
sshl = _int3(0, 0b01000, _NO_1D, "sshl")
ushl = _int3(1, 0b01000, _NO_1D, "ushl")
smax = _int3(0, 0b01100, _NO_D, "smax")
umax = _int3(1, 0b01100, _NO_D, "umax")
smin = _int3(0, 0b01101, _NO_D, "smin")
umin = _int3(1, 0b01101, _NO_D, "umin")
sabd = _int3(0, 0b01110, _NO_D, "sabd")
uabd = _int3(1, 0b01110, _NO_D, "uabd")
add = _int3(0, 0b10000, _NO_1D, "add")
sub = _int3(1, 0b10000, _NO_1D, "sub")
cmtst = _int3(0, 0b10001, _NO_1D, "cmtst")
cmeq = _int3(1, 0b10001, _NO_1D, "cmeq")
mla = _int3(0, 0b10010, _NO_D, "mla")
mls = _int3(1, 0b10010, _NO_D, "mls")
mul = _int3(0, 0b10011, _NO_D, "mul")
smaxp = _int3(0, 0b10100, _NO_D, "smaxp")
umaxp = _int3(1, 0b10100, _NO_D, "umaxp")
sminp = _int3(0, 0b10101, _NO_D, "sminp")
uminp = _int3(1, 0b10101, _NO_D, "uminp")
sqdmulh = _int3(0, 0b10110, _HS, "sqdmulh")
sqrdmulh = _int3(1, 0b10110, _HS, "sqrdmulh")
addp = _int3(0, 0b10111, _NO_1D, "addp")

and_ = _logic3(0, 0b00, "and_")
bic = _logic3(0, 0b01, "bic")
orr = _logic3(0, 0b10, "orr")
orn = _logic3(0, 0b11, "orn")
eor = _logic3(1, 0b00, "eor")
bsl = _logic3(1, 0b01, "bsl")
bit = _logic3(1, 0b10, "bit")
bif = _logic3(1, 0b11, "bif")


def mov(rd: int, rn: int, arr: str = "16b") -> int:
    """mov vd.T, vn.T (orr vd, vn, vn): a whole-register copy."""
    return orr(rd, rn, rn, arr)


fmaxnm = _fp3(0, 0, 0b11000, "fmaxnm")
fminnm = _fp3(0, 1, 0b11000, "fminnm")
fmla = _fp3(0, 0, 0b11001, "fmla")
fmls = _fp3(0, 1, 0b11001, "fmls")
fadd = _fp3(0, 0, 0b11010, "fadd")
fsub = _fp3(0, 1, 0b11010, "fsub")
faddp = _fp3(1, 0, 0b11010, "faddp")
fabd = _fp3(1, 1, 0b11010, "fabd")
fmul = _fp3(1, 0, 0b11011, "fmul")
fcmeq = _fp3(0, 0, 0b11100, "fcmeq")
fcmge = _fp3(1, 0, 0b11100, "fcmge")
fcmgt = _fp3(1, 1, 0b11100, "fcmgt")
fmax = _fp3(0, 0, 0b11110, "fmax")
fmin = _fp3(0, 1, 0b11110, "fmin")
fmaxp = _fp3(1, 0, 0b11110, "fmaxp")
fminp = _fp3(1, 1, 0b11110, "fminp")
fdiv = _fp3(1, 0, 0b11111, "fdiv")

# --- two-register misc --------------------------------------------------------------------

def _int2(u: int, opcode: int, allowed: frozenset, name: str, size_bits: int | None = None):
    """A two-misc instruction over the arrangement's lanes (size_bits fixes the size field)."""
    def encode(rd: int, rn: int, arr: str) -> int:
        size, q = _arr(arr, allowed, name)
        return _two_misc(u, opcode, size if size_bits is None else size_bits, q, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T"
    return encode


def _narrow2(u: int, opcode: int, allowed: frozenset, name: str):
    """A narrowing two-misc: arr is the narrow destination (its "2" form writes the upper half)."""
    def encode(rd: int, rn: int, arr: str) -> int:
        size, q = _arr(arr, allowed, name)
        return _two_misc(u, opcode, size, q, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.<arr>, vn.<wider>: narrow each lane of vn"
    return encode


def _fp2(u: int, a: int, opcode: int, name: str):
    def encode(rd: int, rn: int, arr: str) -> int:
        sz, q = _fp_arr(arr, name)
        return _two_misc(u, opcode, (a << 1) | sz, q, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T (T is 2s, 4s or 2d)"
    return encode


rev64 = _int2(0, 0b00000, _NO_D, "rev64")
rev32 = _int2(1, 0b00000, frozenset({"8b", "16b", "4h", "8h"}), "rev32")
rev16 = _int2(0, 0b00001, _BYTES, "rev16")
saddlp = _int2(0, 0b00010, _NO_D, "saddlp")
uaddlp = _int2(1, 0b00010, _NO_D, "uaddlp")
cls = _int2(0, 0b00100, _NO_D, "cls")
clz = _int2(1, 0b00100, _NO_D, "clz")
cnt = _int2(0, 0b00101, _BYTES, "cnt")
not_ = _int2(1, 0b00101, _BYTES, "not_")
rbit = _int2(1, 0b00101, _BYTES, "rbit", size_bits=0b01)
sqabs = _int2(0, 0b00111, _NO_1D, "sqabs")
sqneg = _int2(1, 0b00111, _NO_1D, "sqneg")
cmgt_zero = _int2(0, 0b01000, _NO_1D, "cmgt_zero")
cmge_zero = _int2(1, 0b01000, _NO_1D, "cmge_zero")
cmeq_zero = _int2(0, 0b01001, _NO_1D, "cmeq_zero")
cmle_zero = _int2(1, 0b01001, _NO_1D, "cmle_zero")
cmlt_zero = _int2(0, 0b01010, _NO_1D, "cmlt_zero")
abs = _int2(0, 0b01011, _NO_1D, "abs")
neg = _int2(1, 0b01011, _NO_1D, "neg")

xtn = _narrow2(0, 0b10010, _NARROW_LO, "xtn")
xtn2 = _narrow2(0, 0b10010, _NARROW_HI, "xtn2")
sqxtun = _narrow2(1, 0b10010, _NARROW_LO, "sqxtun")
sqxtun2 = _narrow2(1, 0b10010, _NARROW_HI, "sqxtun2")
sqxtn = _narrow2(0, 0b10100, _NARROW_LO, "sqxtn")
sqxtn2 = _narrow2(0, 0b10100, _NARROW_HI, "sqxtn2")
uqxtn = _narrow2(1, 0b10100, _NARROW_LO, "uqxtn")
uqxtn2 = _narrow2(1, 0b10100, _NARROW_HI, "uqxtn2")


def _shll(q: int, rd: int, rn: int, arr: str) -> int:
    size, _ = _arr(arr, _NARROW_HI if q else _NARROW_LO, "shll2" if q else "shll")
    return _two_misc(1, 0b10011, size, q, rd, rn)


def shll(rd: int, rn: int, arr: str) -> int:
    """shll vd.<2x>, vn.<arr>, #esize: widen the low half, shifted left by the lane width."""
    return _shll(0, rd, rn, arr)


def shll2(rd: int, rn: int, arr: str) -> int:
    return _shll(1, rd, rn, arr)


def _fcvt_narrow_long(opcode: int, q: int, rd: int, rn: int, arr: str, name: str) -> int:
    """fcvtn/fcvtl: arr is the single-precision side (2s, or 4s for the "2" form); the other is 2d."""
    _arr(arr, frozenset({"4s"} if q else {"2s"}), name)
    return _two_misc(0, opcode, 1, q, rd, rn)


def fcvtn(rd: int, rn: int, arr: str = "2s") -> int:
    """fcvtn vd.2s, vn.2d: narrow two doubles to singles in the low half (upper half zeroed)."""
    return _fcvt_narrow_long(0b10110, 0, rd, rn, arr, "fcvtn")


def fcvtn2(rd: int, rn: int, arr: str = "4s") -> int:
    return _fcvt_narrow_long(0b10110, 1, rd, rn, arr, "fcvtn2")


def fcvtl(rd: int, rn: int, arr: str = "2s") -> int:
    """fcvtl vd.2d, vn.2s: widen the two low singles to doubles."""
    return _fcvt_narrow_long(0b10111, 0, rd, rn, arr, "fcvtl")


def fcvtl2(rd: int, rn: int, arr: str = "4s") -> int:
    return _fcvt_narrow_long(0b10111, 1, rd, rn, arr, "fcvtl2")


frintn = _fp2(0, 0, 0b11000, "frintn")
frintp = _fp2(0, 1, 0b11000, "frintp")
frinta = _fp2(1, 0, 0b11000, "frinta")
frintm = _fp2(0, 0, 0b11001, "frintm")
frintz = _fp2(0, 1, 0b11001, "frintz")
frintx = _fp2(1, 0, 0b11001, "frintx")
frinti = _fp2(1, 1, 0b11001, "frinti")
fcvtns = _fp2(0, 0, 0b11010, "fcvtns")
fcvtnu = _fp2(1, 0, 0b11010, "fcvtnu")
fcvtps = _fp2(0, 1, 0b11010, "fcvtps")
fcvtpu = _fp2(1, 1, 0b11010, "fcvtpu")
fcvtms = _fp2(0, 0, 0b11011, "fcvtms")
fcvtmu = _fp2(1, 0, 0b11011, "fcvtmu")
fcvtzs = _fp2(0, 1, 0b11011, "fcvtzs")
fcvtzu = _fp2(1, 1, 0b11011, "fcvtzu")
scvtf = _fp2(0, 0, 0b11101, "scvtf")
ucvtf = _fp2(1, 0, 0b11101, "ucvtf")
frecpe = _fp2(0, 1, 0b11101, "frecpe")
frsqrte = _fp2(1, 1, 0b11101, "frsqrte")
fcmgt_zero = _fp2(0, 1, 0b01100, "fcmgt_zero")
fcmge_zero = _fp2(1, 1, 0b01100, "fcmge_zero")
fcmeq_zero = _fp2(0, 1, 0b01101, "fcmeq_zero")
fcmle_zero = _fp2(1, 1, 0b01101, "fcmle_zero")
fcmlt_zero = _fp2(0, 1, 0b01110, "fcmlt_zero")
fabs = _fp2(0, 1, 0b01111, "fabs")
fneg = _fp2(1, 1, 0b01111, "fneg")
fsqrt = _fp2(1, 1, 0b11111, "fsqrt")

# --- across lanes and scalar pairwise ---------------------------------------------------------

def _across_op(u: int, opcode: int, allowed: frozenset, name: str):
    def encode(rd: int, rn: int, arr: str) -> int:
        size, q = _arr(arr, allowed, name)
        return _across(u, opcode, size, q, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} <lane>d, vn.T: reduce the lanes of vn into scalar register d"
    return encode


saddlv = _across_op(0, 0b00011, _ACROSS, "saddlv")
uaddlv = _across_op(1, 0b00011, _ACROSS, "uaddlv")
smaxv = _across_op(0, 0b01010, _ACROSS, "smaxv")
umaxv = _across_op(1, 0b01010, _ACROSS, "umaxv")
sminv = _across_op(0, 0b11010, _ACROSS, "sminv")
uminv = _across_op(1, 0b11010, _ACROSS, "uminv")
addv = _across_op(0, 0b11011, _ACROSS, "addv")


def addp_scalar(rd: int, rn: int, arr: str = "2d") -> int:
    """addp dd, vn.2d: the sum of the two 64-bit lanes."""
    _arr(arr, frozenset({"2d"}), "addp_scalar")
    return _scalar_pairwise(0, 0b11011, 3, rd, rn)

# --- copy: dup, ins, umov, smov ----------------------------------------------------------------

def dup_element(rd: int, rn: int, index: int, arr: str) -> int:
    """dup vd.T, vn.<lane>[index]: broadcast one lane (its size is T's)."""
    size, q = _arr(arr, _NO_1D, "dup_element")
    _lane("bhsd"[size], index)
    return _copy(0, q, _imm5(size, index), 0b0000, rd, rn)


def dup_general(rd: int, rn: int, arr: str) -> int:
    """dup vd.T, wn (xn for 2d): broadcast a general register's low lane bits."""
    size, q = _arr(arr, _NO_1D, "dup_general")
    return _copy(0, q, _imm5(size, 0), 0b0001, rd, rn)


def ins_element(rd: int, dst_index: int, rn: int, src_index: int, lane: str) -> int:
    """mov vd.<lane>[dst_index], vn.<lane>[src_index] (ins): other lanes of vd kept."""
    size = _lane(lane, dst_index)
    _lane(lane, src_index)
    return _copy(1, 1, _imm5(size, dst_index), src_index << size, rd, rn)


def ins_general(rd: int, index: int, rn: int, lane: str) -> int:
    """mov vd.<lane>[index], wn (xn for d) (ins): other lanes of vd kept."""
    size = _lane(lane, index)
    return _copy(0, 1, _imm5(size, index), 0b0011, rd, rn)


def umov(rd: int, rn: int, index: int, lane: str) -> int:
    """umov wd, vn.<lane>[index] (xd for d): zero-extended lane to a general register."""
    size = _lane(lane, index)
    return _copy(0, int(size == 3), _imm5(size, index), 0b0111, rd, rn)


def smov(is64: bool, rd: int, rn: int, index: int, lane: str) -> int:
    """smov wd/xd, vn.<lane>[index]: sign-extended lane (b, h; s only into xd)."""
    size = _lane(lane, index, "bhs" if is64 else "bh")
    return _copy(0, int(bool(is64)), _imm5(size, index), 0b0101, rd, rn)


def fmov_to_gp_high(rd: int, rn: int) -> int:
    """fmov xd, vn.d[1]: the upper 64 bits of a q register to a general register."""
    _regs(rd, rn)
    return 0x9EAE0000 | (rn << 5) | rd


def fmov_from_gp_high(rd: int, rn: int) -> int:
    """fmov vd.d[1], xn: a general register into the upper 64 bits (lower 64 kept)."""
    _regs(rd, rn)
    return 0x9EAF0000 | (rn << 5) | rd


def dup_scalar(rd: int, rn: int, index: int, lane: str) -> int:
    """mov <lane>d, vn.<lane>[index] (dup, scalar): one lane into scalar register d, the rest zeroed."""
    size = _lane(lane, index)
    _regs(rd, rn)
    return 0x5E000400 | (_imm5(size, index) << 16) | (rn << 5) | rd

# --- modified immediate: movi, mvni, orr, bic ------------------------------------------------

def _shifted_cmode(arr: str, shift: int, name: str) -> tuple[int, int]:
    """(cmode without its low bit, Q) for a 16- or 32-bit lane immediate shifted left by `shift`."""
    size, q = _arr(arr, _HS, name)
    shifts = (0, 8) if size == 1 else (0, 8, 16, 24)
    if shift not in shifts:
        raise ValueError(f"{name}: shift {shift} not in {shifts} for {arr}")
    return (0b1000 if size == 1 else 0) | (shift // 8) << 1, q


def movi(rd: int, imm: int, arr: str, shift: int = 0) -> int:
    """movi vd.T, #imm{, lsl #shift}.

    8b/16b: imm is the byte.  4h/8h/2s/4s: imm is an 8-bit value shifted left by
    `shift`.  1d/2d: imm is the 64-bit value, each of its bytes 0x00 or 0xff
    (1d writes d register rd: movi dd, #imm).  movi(rd, 0, "2d") zeroes vd.
    """
    size, q = _arr(arr, _ALL, "movi")
    if size == 0:
        if shift:
            raise ValueError("movi: no shift for byte lanes")
        return _modified_imm(q, 0, 0b1110, imm, rd)
    if size == 3:
        if shift:
            raise ValueError("movi: no shift for 64-bit lanes")
        return _modified_imm(q, 1, 0b1110, _bytemask(imm), rd)
    cmode, q = _shifted_cmode(arr, shift, "movi")
    return _modified_imm(q, 0, cmode, imm, rd)


def _bytemask(value: int) -> int:
    """The imm8 whose bit i says byte i of the 64-bit `value` is 0xff (each byte 0x00 or 0xff)."""
    _uimm(value, 64, "movi 64-bit immediate")
    imm8 = 0
    for i in range(8):
        byte = (value >> (8 * i)) & 0xFF
        if byte not in (0, 0xFF):
            raise ValueError(f"movi: 64-bit immediate {value:#x} has a byte that is not 0x00 or 0xff")
        imm8 |= (byte & 1) << i
    return imm8


def mvni(rd: int, imm8: int, arr: str, shift: int = 0) -> int:
    """mvni vd.T, #imm8{, lsl #shift}: each lane = ~(imm8 << shift) (T: 4h, 8h, 2s, 4s)."""
    cmode, q = _shifted_cmode(arr, shift, "mvni")
    return _modified_imm(q, 1, cmode, imm8, rd)


def orr_imm(rd: int, imm8: int, arr: str, shift: int = 0) -> int:
    """orr vd.T, #imm8{, lsl #shift}: each lane |= imm8 << shift (T: 4h, 8h, 2s, 4s)."""
    cmode, q = _shifted_cmode(arr, shift, "orr_imm")
    return _modified_imm(q, 0, cmode | 1, imm8, rd)


def bic_imm(rd: int, imm8: int, arr: str, shift: int = 0) -> int:
    """bic vd.T, #imm8{, lsl #shift}: each lane &= ~(imm8 << shift) (T: 4h, 8h, 2s, 4s)."""
    cmode, q = _shifted_cmode(arr, shift, "bic_imm")
    return _modified_imm(q, 1, cmode | 1, imm8, rd)


def _msl_cmode(arr: str, shift: int, name: str) -> tuple[int, int]:
    """(cmode, Q) of a 32-bit lane immediate shifted left by `shift` with ones shifted in."""
    _, q = _arr(arr, frozenset({"2s", "4s"}), name)
    if shift not in (8, 16):
        raise ValueError(f"{name}: msl {shift} not in (8, 16)")
    return 0b1100 | (shift == 16), q


def movi_msl(rd: int, imm8: int, arr: str, shift: int) -> int:
    """movi vd.T, #imm8, msl #shift: each lane (imm8 << shift) | (1 << shift) - 1 (T: 2s, 4s)."""
    cmode, q = _msl_cmode(arr, shift, "movi_msl")
    return _modified_imm(q, 0, cmode, imm8, rd)


def mvni_msl(rd: int, imm8: int, arr: str, shift: int) -> int:
    """mvni vd.T, #imm8, msl #shift: each lane ~((imm8 << shift) | (1 << shift) - 1) (T: 2s, 4s)."""
    cmode, q = _msl_cmode(arr, shift, "mvni_msl")
    return _modified_imm(q, 1, cmode, imm8, rd)


def fmov_imm(rd: int, imm8: int, arr: str) -> int:
    """fmov vd.T, #imm: every lane the FP immediate whose imm8 is encode.encode_fp_imm's."""
    sz, q = _fp_arr(arr, "fmov_imm")
    return _modified_imm(q, sz, 0b1111, imm8, rd)

def vector_imm(rd: int, value: int) -> int | None:
    """One modified-immediate instruction (movi, mvni, fmov) that sets all 128 bits of vd to
    `value` (lane 0 in the low bits), or None if none does.

    A value whose upper 64 bits are zero uses the 64-bit forms (which zero the upper
    half); otherwise both halves must be equal.  The forms are tried in a fixed order,
    so a value always gets the same word.
    """
    _uimm(value, 128, "vector immediate")
    low, high = value & _M64, value >> 64
    if high == low:
        q = 1
    elif high == 0:
        q = 0
    else:
        return None
    if all((low >> (8 * i)) & 0xFF in (0, 0xFF) for i in range(8)):
        return movi(rd, low, "2d" if q else "1d")
    half = ("8b", "4h", "2s")
    full = ("16b", "8h", "4s")
    lanes = _repeat(low)
    if lanes == 8:
        return movi(rd, low & 0xFF, full[0] if q else half[0])
    if lanes in (16, 32):
        arr = (full if q else half)[lanes // 16]
        lane = low & ((1 << lanes) - 1)
        for fn, bits in ((movi, lane), (mvni, ~lane & ((1 << lanes) - 1))):
            for shift in range(0, lanes, 8):
                if bits & ~(0xFF << shift) == 0:
                    return fn(rd, bits >> shift, arr, shift)
        if lanes == 32:
            for fn, bits in ((movi_msl, lane), (mvni_msl, ~lane & _M32)):
                for shift in (8, 16):
                    ones = (1 << shift) - 1
                    if bits & ones == ones and bits >> shift < 0x100:
                        return fn(rd, bits >> shift, arr, shift)
            imm8 = _E.encode_fp_imm(struct.unpack("<f", lane.to_bytes(4, "little"))[0], False)
            if imm8 is not None:
                return fmov_imm(rd, imm8, arr)
        return None
    if q:
        imm8 = _E.encode_fp_imm(struct.unpack("<d", low.to_bytes(8, "little"))[0], True)
        if imm8 is not None:
            return fmov_imm(rd, imm8, "2d")
    return None


def _repeat(value: int) -> int:
    """The narrowest lane width (8, 16, 32 or 64 bits) whose lanes of the 64-bit value are all equal."""
    for width in (8, 16, 32):
        lane = value & ((1 << width) - 1)
        if all((value >> shift) & ((1 << width) - 1) == lane for shift in range(width, 64, width)):
            return width
    return 64

# --- extract and table lookup ----------------------------------------------------------------

def ext(rd: int, rn: int, rm: int, index: int, arr: str) -> int:
    """ext vd.T, vn.T, vm.T, #index: vn's bytes from index up, then vm's low bytes (T 8b or 16b)."""
    _, q = _arr(arr, _BYTES, "ext")
    if not 0 <= index < (16 if q else 8):
        raise ValueError(f"ext: index {index} out of range for {arr}")
    return _extract(q, index, rd, rn, rm)


def tbl(rd: int, rn: int, rm: int, arr: str, length: int = 1) -> int:
    """tbl vd.T, {vn.16b .. v(n+length-1).16b}, vm.T: byte lookup, 0 out of range."""
    _, q = _arr(arr, _BYTES, "tbl")
    return _table(q, length, 0, rd, rn, rm)


def tbx(rd: int, rn: int, rm: int, arr: str, length: int = 1) -> int:
    """tbx: as tbl, but an out-of-range index keeps vd's byte."""
    _, q = _arr(arr, _BYTES, "tbx")
    return _table(q, length, 1, rd, rn, rm)

# --- SIMD&FP register loads and stores (scalar forms, from encode.py) ----------------------------

_SCALAR = {"s": 4, "d": 8, "q": 16}


def _scalar(reg: str) -> int:
    if reg not in _SCALAR:
        raise ValueError(f"SIMD&FP register kind {reg!r} not in {sorted(_SCALAR)}")
    return _SCALAR[reg]


def ldr(reg: str, rt: int, rn: int, offset: int) -> int:
    """ldr <reg>t, [xn, #offset]: reg is "s", "d" or "q"; offset unsigned, scaled."""
    return _E.ldr_fp_imm(_scalar(reg), rt, rn, offset)


def str_(reg: str, rt: int, rn: int, offset: int) -> int:
    return _E.str_fp_imm(_scalar(reg), rt, rn, offset)


def ldur(reg: str, rt: int, rn: int, offset: int) -> int:
    """ldur <reg>t, [xn, #offset]: offset signed 9 bits, unscaled."""
    return _E.ldur_fp(_scalar(reg), rt, rn, offset)


def stur(reg: str, rt: int, rn: int, offset: int) -> int:
    return _E.stur_fp(_scalar(reg), rt, rn, offset)


def ldr_reg(reg: str, rt: int, rn: int, rm: int, extend: int = _E.UXTX, shifted: bool = False) -> int:
    """ldr <reg>t, [xn, rm{, extend #log2(size)}]; extend as in encode.ldr_reg."""
    return _E.ldr_fp_reg(_scalar(reg), rt, rn, rm, extend, shifted)


def str_reg(reg: str, rt: int, rn: int, rm: int, extend: int = _E.UXTX, shifted: bool = False) -> int:
    return _E.str_fp_reg(_scalar(reg), rt, rn, rm, extend, shifted)


# --- shift by immediate ---------------------------------------------------------------------

def _esize(arr: str, allowed: frozenset, name: str) -> tuple[int, int]:
    """(lane width in bits, Q)."""
    size, q = _arr(arr, allowed, name)
    return 8 << size, q


def _shift_right(u: int, opcode: int, name: str):
    def encode(rd: int, rn: int, amount: int, arr: str) -> int:
        esize, q = _esize(arr, _NO_1D, name)
        if not 1 <= amount <= esize:
            raise ValueError(f"{name}: shift {amount} not in 1..{esize} for {arr}")
        return _shift_imm(u, opcode, q, 2 * esize - amount, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T, #amount (1..lane width)"
    return encode


sshr = _shift_right(0, 0b00000, "sshr")
ushr = _shift_right(1, 0b00000, "ushr")
ssra = _shift_right(0, 0b00010, "ssra")
usra = _shift_right(1, 0b00010, "usra")


def _shift_left(u: int, name: str):
    def encode(rd: int, rn: int, amount: int, arr: str) -> int:
        esize, q = _esize(arr, _NO_1D, name)
        if not 0 <= amount < esize:
            raise ValueError(f"{name}: shift {amount} not in 0..{esize - 1} for {arr}")
        return _shift_imm(u, 0b01010, q, esize + amount, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T, #amount (0..lane width - 1)"
    return encode


shl = _shift_left(0, "shl")
sli = _shift_left(1, "sli")      # insert vn << amount, keeping vd's bits below amount
sri = _shift_right(1, 0b01000, "sri")   # insert vn >> amount, keeping vd's bits above


def _shift_long(u: int, hi: bool, name: str):
    def encode(rd: int, rn: int, amount: int, arr: str) -> int:
        esize, q = _esize(arr, _NARROW_HI if hi else _NARROW_LO, name)
        if not 0 <= amount < esize:
            raise ValueError(f"{name}: shift {amount} not in 0..{esize - 1} for {arr}")
        return _shift_imm(u, 0b10100, q, esize + amount, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.<2x>, vn.<arr>, #amount: widen each lane, then shift left"
    return encode


sshll = _shift_long(0, False, "sshll")
sshll2 = _shift_long(0, True, "sshll2")
ushll = _shift_long(1, False, "ushll")
ushll2 = _shift_long(1, True, "ushll2")


def sxtl(rd: int, rn: int, arr: str) -> int:
    """sxtl vd.<2x>, vn.<arr> (sshll #0): sign-extend the low half's lanes."""
    return sshll(rd, rn, 0, arr)


def sxtl2(rd: int, rn: int, arr: str) -> int:
    return sshll2(rd, rn, 0, arr)


def uxtl(rd: int, rn: int, arr: str) -> int:
    """uxtl vd.<2x>, vn.<arr> (ushll #0): zero-extend the low half's lanes."""
    return ushll(rd, rn, 0, arr)


def uxtl2(rd: int, rn: int, arr: str) -> int:
    return ushll2(rd, rn, 0, arr)


def _shift_narrow(u: int, opcode: int, hi: bool, name: str):
    def encode(rd: int, rn: int, amount: int, arr: str) -> int:
        esize, q = _esize(arr, _NARROW_HI if hi else _NARROW_LO, name)
        if not 1 <= amount <= esize:
            raise ValueError(f"{name}: shift {amount} not in 1..{esize} for {arr}")
        return _shift_imm(u, opcode, q, 2 * esize - amount, rd, rn)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.<arr>, vn.<2x>, #amount: shift each wide lane right, then narrow"
    return encode


shrn = _shift_narrow(0, 0b10000, False, "shrn")
shrn2 = _shift_narrow(0, 0b10000, True, "shrn2")

# --- three different: long and wide ---------------------------------------------------------------

def _long3(u: int, opcode: int, hi: bool, name: str):
    def encode(rd: int, rn: int, rm: int, arr: str) -> int:
        size, q = _arr(arr, _NARROW_HI if hi else _NARROW_LO, name)
        return _three_different(u, opcode, size, q, rd, rn, rm)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.<2x>, vn.<arr>, vm.<arr>: widening, on the {'upper' if hi else 'lower'} halves"
    return encode


saddl, saddl2 = _long3(0, 0b0000, False, "saddl"), _long3(0, 0b0000, True, "saddl2")
uaddl, uaddl2 = _long3(1, 0b0000, False, "uaddl"), _long3(1, 0b0000, True, "uaddl2")
ssubl, ssubl2 = _long3(0, 0b0010, False, "ssubl"), _long3(0, 0b0010, True, "ssubl2")
usubl, usubl2 = _long3(1, 0b0010, False, "usubl"), _long3(1, 0b0010, True, "usubl2")
smlal, smlal2 = _long3(0, 0b1000, False, "smlal"), _long3(0, 0b1000, True, "smlal2")
umlal, umlal2 = _long3(1, 0b1000, False, "umlal"), _long3(1, 0b1000, True, "umlal2")
smull, smull2 = _long3(0, 0b1100, False, "smull"), _long3(0, 0b1100, True, "smull2")
umull, umull2 = _long3(1, 0b1100, False, "umull"), _long3(1, 0b1100, True, "umull2")

# --- permute ----------------------------------------------------------------------------------

def _perm(opcode: int, name: str):
    def encode(rd: int, rn: int, rm: int, arr: str) -> int:
        size, q = _arr(arr, _NO_1D, name)
        return _permute(opcode, size, q, rd, rn, rm)
    encode.__name__ = encode.__qualname__ = name
    encode.__doc__ = f"{name} vd.T, vn.T, vm.T"
    return encode


uzp1 = _perm(0b001, "uzp1")
trn1 = _perm(0b010, "trn1")
zip1 = _perm(0b011, "zip1")
uzp2 = _perm(0b101, "uzp2")
trn2 = _perm(0b110, "trn2")
zip2 = _perm(0b111, "zip2")

# --- structure loads and stores (no offset: the address is xn) -------------------------------------

def _lane_fields(lane: str, index: int) -> tuple[int, int, int, int]:
    """(Q, opcode, S, size) of ld1/st1 {vt.<lane>}[index]."""
    size = _lane(lane, index)
    bits = index << size          # the lane's byte offset, 0..15: Q:S:size
    opcode = (0b000, 0b010, 0b100, 0b100)[size]
    low = (bits & 3) | (1 if size == 3 else 0)
    return bits >> 3, opcode, (bits >> 2) & 1, low


def ld1_lane(rt: int, index: int, rn: int, lane: str) -> int:
    """ld1 {vt.<lane>}[index], [xn]: load one lane, other lanes kept."""
    q, opcode, s, size = _lane_fields(lane, index)
    return _ls_single(q, 1, opcode, s, size, rt, rn)


def st1_lane(rt: int, index: int, rn: int, lane: str) -> int:
    """st1 {vt.<lane>}[index], [xn]: store one lane."""
    q, opcode, s, size = _lane_fields(lane, index)
    return _ls_single(q, 0, opcode, s, size, rt, rn)


def ld1r(rt: int, rn: int, arr: str) -> int:
    """ld1r {vt.T}, [xn]: load one element and replicate it to every lane."""
    size, q = _arr(arr, _ALL, "ld1r")
    return _ls_single(q, 1, 0b110, 0, size, rt, rn)


_MULTIPLE_OPCODE = {1: 0b0111, 2: 0b1010, 3: 0b0110, 4: 0b0010}


def _multiple(load: int, rt: int, rn: int, arr: str, count: int, name: str) -> int:
    size, q = _arr(arr, _ALL, name)
    if count not in _MULTIPLE_OPCODE:
        raise ValueError(f"{name}: {count} registers (1..4)")
    return _ls_multiple(q, load, _MULTIPLE_OPCODE[count], size, rt, rn)


def ld1(rt: int, rn: int, arr: str, count: int = 1) -> int:
    """ld1 {vt.T .. v(t+count-1).T}, [xn]: consecutive registers (mod 32), no lane permutation."""
    return _multiple(1, rt, rn, arr, count, "ld1")


def st1(rt: int, rn: int, arr: str, count: int = 1) -> int:
    return _multiple(0, rt, rn, arr, count, "st1")


# --- end of neonenc ---
