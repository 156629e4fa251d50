"""SIMD memory operators: v128.load/store, extending, splatting, zeroing and lane loads, lane stores.

Each is one MInst with the scalar accesses' bounds check (sequences.bounds_check:
trap unless the zero-extended address <= bound - still, made once per block for an
address and bound, and skipped when an earlier one with a larger still implies it) and their operand layout, so the check is shared with scalar
accesses of the same address:

    vload   [rd, addr, heap base, bound(, vector)]   VecAccess
    vstore  [value, addr, heap base, bound]          VecAccess

by the access's kind (opcodes.SimdAccess):

    vector  ldr/str q                        16 bytes
    extend  ldr d; sxtl/uxtl                 8 bytes widened into the lanes
    zero    ldr s / ldr d                    (a scalar load clears the other lanes)
    splat   ld1r {vd.T}, [x16]               one lane into every lane
    lane    mov vd, vector; ld1 {vd.T}[n], [x16]   (a load: the other lanes from the
            operand; the copy is skipped when the allocator gives both one register)
            st1 {v.T}[n], [x16]              (a store; lane 0 of 4 or 8 bytes is
                                             str s/d, addressed as a whole vector's str q)

ldr/str address [base, addr, uxtw] (uxtx for a 64-bit memory) when the memarg offset is 0, else [x16 + disp]
(sequences.displaced_base); the structure loads and stores take a bare x16 =
base + addr + offset.  Alignment immediates are hints only: unaligned accesses
are allowed.
"""

from __future__ import annotations

from typing import NamedTuple

from ....machinst.vcode import define
from ....wasm import opcodes as op
from .. import encode as e
from .. import encode_neon as n
from ....ir.function import GUARDED
from ..abi import FLOAT_SCRATCH, INT_SCRATCH
from ..regs import XZR
from ..sequences import bounds_check, displaced_base, materialize

X16, X17 = INT_SCRATCH
(V31,) = FLOAT_SCRATCH
_REG = {4: "s", 8: "d", 16: "q"}                          # bytes -> SIMD&FP register kind
_SPLAT = {1: "16b", 2: "8h", 4: "4s", 8: "2d"}           # lane bytes -> ld1r arrangement
_LANE = {1: "b", 2: "h", 4: "s", 8: "d"}                 # lane bytes -> lane kind
_NARROW = {"i16x8": "8b", "i32x4": "4h", "i64x2": "2s"}  # an extending load's result shape -> its source


class VecAccess(NamedTuple):
    kind: str          # opcodes.SimdAccess.kind
    bytes: int         # bytes accessed
    signed: bool       # an extending load sign-extends
    narrow: str | None  # an extending load's source arrangement (8b, 4h, 2s)
    lane: int | None   # a lane access's lane
    offset: int        # the memarg offset
    still: int         # see sequences.bounds_check
    wasm: int          # the Wasm offset of a trap
    addr64: bool       # the address is an i64 (a 64-bit memory's)

    @property
    def extend(self) -> int:
        """How the address register extends to 64 bits."""
        return e.UXTX if self.addr64 else e.UXTW


def _lower(lw, inst) -> None:
    f = lw.f
    access, offset, still, lane = f.inst_imm[inst]
    shape = op.SIMD_SHAPE[f.inst_op[inst]].lane_shape
    data = VecAccess(access.kind, access.size, access.signed, _NARROW.get(shape) if access.kind == "extend" else None,
                     lane, offset, still, f.inst_offset[inst], f.value_type[f.inst_args[inst][0]] == "i64")
    args = [lw.use(a) for a in f.inst_args[inst]]
    if access.store:        # addr, value, heap base, bound
        lw.emit("vstore", [args[1], args[0], args[2], args[3]], data)
        return
    rd = define(lw.vreg(f.inst_results[inst][0]))
    if access.kind == "lane":  # addr, vector, heap base, bound
        lw.emit("vload", [rd, args[0], args[2], args[3], args[1]], data)
    else:                      # addr, heap base, bound
        lw.emit("vload", [rd] + args, data)


def _address(em, base: int, addr: int, offset: int, extend: int) -> None:
    """x16 = base + extended addr + offset."""
    em.put(e.add_ext(True, X16, base, addr, extend))
    if offset < 4096:
        if offset:
            em.put(e.add_imm(True, X16, X16, offset))
    else:
        em.put(*materialize(X17, offset, True), e.add_reg(True, X16, X16, X17))


def _load_register(em, size: int, rd: int, base: int, addr: int, offset: int, extend: int) -> None:
    """ldr s/d/q rd from base + addr + offset."""
    if offset == 0:
        em.put(n.ldr_reg(_REG[size], rd, base, addr, extend))
    else:
        em.put(n.ldr(_REG[size], rd, X16, displaced_base(em, base, addr, offset, size, extend)))


def _emit_load(em, inst, regs) -> None:
    data = inst.data
    rd, addr, base, bound = regs[:4]
    bounds_check(em, inst, addr, bound, data.still, data.wasm, data.addr64, implied=True)
    if data.kind in ("vector", "zero"):
        _load_register(em, data.bytes, rd, base, addr, data.offset, data.extend)
    elif data.kind == "extend":
        _load_register(em, 8, rd, base, addr, data.offset, data.extend)
        em.put((n.sxtl if data.signed else n.uxtl)(rd, rd, data.narrow))
    elif data.kind == "splat":
        _address(em, base, addr, data.offset, data.extend)
        em.put(n.ld1r(rd, X16, _SPLAT[data.bytes]))
    else:  # lane: the other lanes come from the vector operand
        _address(em, base, addr, data.offset, data.extend)
        if rd != regs[4]:
            em.put(n.mov(rd, regs[4]))
        em.put(n.ld1_lane(rd, data.lane, X16, _LANE[data.bytes]))


def _emit_store(em, inst, regs) -> None:
    data = inst.data
    value, addr, base, bound = regs
    bounds_check(em, inst, addr, bound, data.still, data.wasm, data.addr64, implied=True)
    probe = data.still == GUARDED   # a load of the same bytes first: see sequences.py
    if data.kind == "lane" and not (data.lane == 0 and data.bytes in _REG):
        _address(em, base, addr, data.offset, data.extend)
        if probe and data.bytes > 1:
            em.put(e.ldr_imm(data.bytes, XZR, X16, 0))
        em.put(n.st1_lane(value, data.lane, X16, _LANE[data.bytes]))
        return
    size = data.bytes if data.kind == "lane" else 16
    if data.offset == 0:
        if probe:
            em.put(n.ldr_reg(_REG[size], V31, base, addr, data.extend))
        em.put(n.str_reg(_REG[size], value, base, addr, data.extend))
    else:
        disp = displaced_base(em, base, addr, data.offset, size, data.extend)
        if probe:
            em.put(n.ldr(_REG[size], V31, X16, disp))
        em.put(n.str_(_REG[size], value, X16, disp))


LOWERINGS = {code: _lower for code in op.SIMD_ACCESS}
EMITTERS = {"vload": _emit_load, "vstore": _emit_store}
