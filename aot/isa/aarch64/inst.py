"""AArch64 VCode instructions: an opcode name, operands and op-specific data.

`MInst.op` names an emitter in emit.py; `operands` follow the register allocator's
contract (aot.machinst.vcode); `data` holds what the emitter needs besides the
registers: a record (a NamedTuple) of the op's kind, defined once below with
the ops that use it, or None for the ops that need nothing (args, ret, and
heap_base, heap_size, memory_size of memory 0).  Lowering builds the records and the emitter reads
their fields by name.  The SIMD families define the records of their own ops
(aot/isa/aarch64/simd/).

MInst.format prints any record by its field names: a field `name` joins the op
(alu.add), `cond` prints as a condition code, `wasm_offset` as @0x.., the block
fields (target, taken, not_taken, default, targets) as blockN, `code` as a trap
name, a bool as its field name when true, None not at all, anything else as
field=value.
"""

from __future__ import annotations

from typing import NamedTuple

from ...ir.printer import trap_name
from ...machinst.vcode import USE
from .regs import COND_NAMES


class StackSlot(NamedTuple):
    """load_incoming/store_incoming: the k-th stack param or result in the caller's area;
    store_outgoing/load_outgoing: [sp + 8k] of the outgoing area around a call."""
    slot: int


class Const(NamedTuple):
    """const: the value's bits; `wide` for a 64-bit value (i64, f64, reference)."""
    wide: bool
    bits: int


class Alu(NamedTuple):
    """alu: rd = rn <name> rm (add, sub, mul, and, orr, eor, lslv, lsrv, asrv, rorv; bic, orn,
    eon: rn and/or/xor the complement of rm)."""
    is64: bool
    name: str


class AluShifted(NamedTuple):
    """alu_shifted: rd = rn <name> (rm <shift> #amount): add, sub, and, orr, eor with rm shifted
    by lsl, lsr or asr (and ror for the logical ones)."""
    is64: bool
    name: str
    shift: str
    amount: int


class AluImm(NamedTuple):
    """alu_imm: rd = rn <name> #imm: add/sub imm12, and/orr/eor bitmask immediate."""
    is64: bool
    name: str
    imm: int


class Madd(NamedTuple):
    """madd: rd = ra +/- rn * rm (operands rd, rn, rm, ra); `subtract` makes it msub."""
    is64: bool
    subtract: bool


class Wide(NamedTuple):
    """wide: 128-bit arithmetic into a (lo, hi) pair.  add/sub: operands lo, hi, a_lo, a_hi, b_lo,
    b_hi (adds then adc, subs then sbc); mul: lo, hi, a, b (mul then smulh or umulh, by `signed`).
    lo is an early def, so the second instruction still finds the inputs it reads."""
    name: str
    signed: bool


class ShiftImm(NamedTuple):
    """shift_imm: rd = rn <name> #amount, a shift or rotate by a constant (lsl, lsr, asr, ror)."""
    is64: bool
    name: str
    amount: int


class IntWidth(NamedTuple):
    """rotl (rd = rn rotated left by rm), eqz (rd = rn == 0): the operand width."""
    is64: bool


class Div(NamedTuple):
    """div: signed or unsigned quotient, or remainder (`rem`), trapping at `wasm_offset`;
    `divisor`: the divisor's bits when a constant, so no check it rules out is made."""
    is64: bool
    signed: bool
    rem: bool
    wasm_offset: int | None = None
    divisor: int | None = None


class DivPow2(NamedTuple):
    """div_pow2: signed quotient (rounded toward zero), or remainder (`rem`), by 2**shift."""
    is64: bool
    rem: bool
    shift: int


class Icmp(NamedTuple):
    """icmp: rd = rn <cond> (rm, or `imm` when not None) ? 1 : 0.  Also the compare that
    cmp_branch and select_cmp fuse."""
    is64: bool
    cond: int
    imm: int | None = None


class Unary(NamedTuple):
    """unary: rd = <name> rn (clz, ctz, popcnt, sxtb, sxth, sxtw, uxtw, mvn: the complement, neg)."""
    is64: bool
    name: str


class Select(NamedTuple):
    """select: rd = rc != 0 ? rt : rf, of the value type `type`."""
    type: str


class SelectCmp(NamedTuple):
    """select_cmp: rd = (rn <cond> rm/imm) ? rt : rf, the compare fused (operands rd, rt, rf, rn[, rm])."""
    type: str
    is64: bool
    cond: int
    imm: int | None


class FloatOp(NamedTuple):
    """fbin (rd = rn <name> rm: add, sub, mul, div, min, max) and fun (rd = <name> rn: fneg, fabs,
    fsqrt, frint*)."""
    double: bool
    name: str


class Fcmp(NamedTuple):
    """fcmp: rd = rn <cond> rm ? 1 : 0, ordered (false when either is NaN, but for ne)."""
    double: bool
    cond: int


class FloatWidth(NamedTuple):
    """fcopysign; to_gp/from_gp (bit moves between register files): f64 or f32."""
    double: bool


class IntToFloat(NamedTuple):
    """i2f: rd = the integer rn converted."""
    src64: bool
    double: bool
    signed: bool


class FloatConvert(NamedTuple):
    """f2f: promote (to_double) or demote."""
    to_double: bool


class FloatToInt(NamedTuple):
    """f2i_sat (saturating) and f2i_trap (trapping at `wasm_offset`): rd = the float rn truncated."""
    dst64: bool
    double: bool
    signed: bool
    wasm_offset: int | None = None


class MemoryAccess(NamedTuple):
    """load/store: bounds-checked linear memory of `bytes` bytes at addr + offset, trapping unless
    addr <= bound - still (`addr64`, a 64-bit memory: addr < max(bound - (still - 1), 0), unsigned);
    operands [rd | value], addr, heap base, bound."""
    bytes: int
    signed: bool
    wide: bool
    float: bool
    offset: int
    still: int
    wasm_offset: int
    addr64: bool = False


class HeapLimit(NamedTuple):
    """heap_limit: rd = heap size - n; heap_limit64: rd = max(heap size - (n - 1), 0)."""
    n: int


class MemorySlot(NamedTuple):
    """heap_base/heap_size/memory_size of a memory other than 0: its MemoryDef pointer's vmctx offset
    (memory 0's, abi.VMCTX_MEMORY, goes without a record)."""
    memory: int
    slot: int


class Word(NamedTuple):
    """load_word: rd = 64-bit word at [rn + offset]; store_word: the word = value (operands value, rn)."""
    offset: int


class FuelCheck(NamedTuple):
    """fuel_check: rd = rn - cost, trapping with OUT_OF_FUEL when <= 0."""
    cost: int
    wasm_offset: int


class EpochCheck(NamedTuple):
    """epoch_check: traps with INTERRUPT when the store's interrupt word is nonzero (operand store)."""
    wasm_offset: int


class GlobalAccess(NamedTuple):
    """global_get/global_set: `bytes` bytes through the cell pointer in vmctx slot `slot`."""
    slot: int
    bytes: int


class TableAccess(NamedTuple):
    """table_get/table_set: bounds-checked element access through the TableDef in vmctx slot `slot`
    (`index64`: an i64 index, a 64-bit table's)."""
    slot: int
    wasm_offset: int
    index64: bool = False


class BulkMemory(NamedTuple):
    """memory_copy/memory_fill: the bounds of both ranges checked, then a `bl` to routines.py's
    memmove/memset with the count in x15, or for a small constant `count` (None: in x15) loads and
    stores inline.  Operands: dst, src (copy) or value (fill), [count,] dst memory's base and size,
    [src memory's base and size unless `same`: for memory.init, the data segment's address and
    length]; `dst64`/`src64`/`count64`: those are i64 (memory64).  Tables (and elem segments) are
    the same with `scale` 3: addresses and counts are of 8-byte elements, and the trap is `code`."""
    dst64: bool
    src64: bool
    count64: bool
    count: int | None
    same: bool
    wasm_offset: int
    scale: int
    code: int


class SegmentWord(NamedTuple):
    """def_word: rd = the word `offset` bytes into the record that vmctx slot `slot` points at (a
    TableDef field, or a field of a segment's SegmentDef in the array); segment_drop: 0 there
    (args: vmctx)."""
    slot: int
    offset: int


class TableSize(NamedTuple):
    """table_size: the size of the TableDef in vmctx slot `slot`."""
    slot: int


class RefFunc(NamedTuple):
    """ref_func: the address of function `func`'s FuncRef record."""
    func: int


class CallIndirect(NamedTuple):
    """call_indirect: checked call through the table in vmctx slot `slot`, expecting type `type`
    (`index64`: an i64 index, a 64-bit table's); return_call_indirect: the same check, then a
    tail call."""
    slot: int
    type: int
    wasm_offset: int
    index64: bool = False


class CallRef(NamedTuple):
    """call_ref: a call of the funcref in the last operand, trapping when it is null;
    return_call_ref: its tail call."""
    wasm_offset: int


class Call(NamedTuple):
    """call: direct call of function `func`; clobbers caller-saved.  return_call: a tail call
    of it (a terminator: its uses are the arguments, and it clobbers nothing it returns to)."""
    func: int
    wasm_offset: int


class CallImport(NamedTuple):
    """call_import: through the import (or builtin) in vmctx slot `slot`."""
    slot: int
    wasm_offset: int


class Jump(NamedTuple):
    """jump: to block `target`."""
    target: int


class CondBr(NamedTuple):
    """condbr: on an i32 != 0."""
    taken: int
    not_taken: int


class TestBranch(NamedTuple):
    """test_branch: to `taken` when bit `bit` of the operand is set (`set`) or clear."""
    bit: int
    set: bool
    taken: int
    not_taken: int


class FcmpBranch(NamedTuple):
    """fcmp_branch: a float compare (as Fcmp's fields) fused into the branch."""
    double: bool
    cond: int
    taken: int
    not_taken: int


class CmpBranch(NamedTuple):
    """cmp_branch: a compare (as Icmp's fields) fused into the branch."""
    is64: bool
    cond: int
    imm: int | None
    taken: int
    not_taken: int


class BrTable(NamedTuple):
    """br_table: the block of each index, and the default."""
    targets: tuple
    default: int


class Trap(NamedTuple):
    """trap: the trap code, at `wasm_offset`; null_check: the code it traps with on null."""
    code: int
    wasm_offset: int


def _block(block) -> str:
    return f"block{block}"


# How MInst.format prints a field, by name, where not by the defaults (see the docstring).
_FIELD_TEXT = {
    "cond": lambda cond: COND_NAMES[cond],
    "wasm_offset": lambda offset: f"@{offset:#x}",
    "target": _block, "taken": _block, "not_taken": _block, "default": _block,
    "targets": lambda blocks: "[" + ", ".join(map(_block, blocks)) + "]",
    "code": trap_name,
}


def _field(name: str, value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return name if value else None
    if name in _FIELD_TEXT:
        return _FIELD_TEXT[name](value)
    return f"{name}={value}"


class MInst:
    __slots__ = ("op", "operands", "data", "clobbers")

    def __init__(self, op: str, operands=(), data=None, clobbers=()):
        self.op = op
        self.operands = operands
        self.data = data
        self.clobbers = clobbers

    def format(self, operand_text) -> str:
        """Assembler-like text: `defs = op[.name] uses, data fields`, each operand spelled by
        `operand_text(index, operand)` (a vreg before allocation, a register after)."""
        defs = [operand_text(i, o) for i, o in enumerate(self.operands) if o.kind != USE]
        uses = [operand_text(i, o) for i, o in enumerate(self.operands) if o.kind == USE]
        name, extras = self.op, []
        if self.data is not None:
            for field, value in zip(self.data._fields, self.data):
                if field == "name":
                    name = f"{name}.{value}"
                elif (text := _field(field, value)) is not None:
                    extras.append(text)
        text = f"{name} {', '.join(uses + extras)}".rstrip()
        return f"{', '.join(defs)} = {text}" if defs else text

    def __str__(self) -> str:
        return self.format(lambda index, operand: f"%v{operand.vreg}")

    def __repr__(self) -> str:
        return f"MInst({self.op}, {self.operands}, {self.data})"


TERMINATORS = frozenset({"jump", "condbr", "cmp_branch", "fcmp_branch", "test_branch", "br_table", "ret", "trap", "return_call",
                         "return_call_indirect", "return_call_ref"})
