"""AArch64 VCode instructions: an opcode name, operands and op-specific data.

`MInst.op` names an emitter in emit.py; `operands` follow the register allocator's
contract (aot.machinst.vcode); `data` holds what the emitter needs besides the
registers, per op:

  args          -            defs: vmctx and the params in their ABI registers
  load_incoming slot k       def: the k-th stack param, from the caller's area
  store_incoming slot k      use: the k-th stack result, into the caller's area
  store_outgoing slot k      use: written to the outgoing area at [sp + 8k]
  load_outgoing  slot k      def: read from the outgoing area after a call
  const         (is64, bits) or (double, bits) for FLOAT defs
  alu           (is64, name)          rd = rn <name> rm
  alu_imm       (is64, name, imm)     add/sub imm12, and/orr/eor bitmask immediate
  madd          (is64, subtract)      rd = ra +/- rn * rm (operands rd, rn, rm, ra)
  shift_imm     (is64, name, amount)  shift or rotate by a constant
  rotl          is64
  div           (is64, signed, rem, wasm_offset)
  icmp          (is64, cond[, imm])   rd = rn <cond> (rm or imm) ? 1 : 0
  eqz           is64
  unary         (is64, name)          clz/ctz/popcnt/sxtb/sxth/sxtw/uxtw
  select        value type             rd = cond != 0 ? rt : rf
  select_cmp    (type, is64, cond, imm)  rd = (rn <cond> rm/imm) ? rt : rf, compare fused
  fbin          (double, name)
  fun           (double, name)
  fcmp          (double, cond)
  fcopysign     double
  i2f           (src64, double, signed)
  f2f           to_double
  f2i_sat       (dst64, double, signed)
  to_gp/from_gp double                 bit moves between register files
  load/store    (bytes, signed, wide, float, offset, still, wasm_offset)  bounds-checked
                linear memory; operands [rd | value], addr, heap base, bound
  heap_base/heap_size  -               memory 0's base / byte size from its MemoryDef
  heap_limit    n                      rd = heap size - n
  memory_size   -
  load_word     offset                 rd = 64-bit word at [rn + offset]
  store_word    offset                 64-bit word at [rn + offset] = value (operands value, rn)
  fuel_check    (cost, wasm_offset)    rd = rn - cost, trapping with OUT_OF_FUEL when <= 0
  epoch_check   wasm_offset            traps with INTERRUPT when the store's interrupt word is
                                       nonzero (operand store)
  global_get/set (vmctx slot, bytes)   through the global's cell pointer
  table_get/set (vmctx slot, wasm_offset)  bounds-checked element access
  table_size    vmctx slot
  ref_func      function index         address of its FuncRef record
  f2i_trap      (dst64, double, signed, wasm_offset)  trapping float-to-int
  call_indirect (table slot, type index, wasm_offset)  checked call through a table
  call          func index             direct call; clobbers caller-saved
  call_import   (vmctx slot, wasm_offset)  through an import (or builtin) slot
  jump          target block
  condbr        (taken, not_taken)     on an i32 != 0
  cmp_branch    (is64, cond, imm, taken, not_taken)  compare fused into the branch
  br_table      (targets, default)
  ret           -
  trap          (code, wasm_offset)
"""

from __future__ import annotations

from ...ir.printer import trap_name
from ...machinst.vcode import USE
from .regs import COND_NAMES

# The fields of `data`, per op, as MInst.format names them (ops not listed show data raw).
# A "name" field joins the op (alu.add); "cond" prints as a condition code, "wasm" as the
# Wasm offset @0x.., "block" fields as blockN, booleans as their field name when true.
_SLOT = ("slot",)
_ACCESS = ("bytes", "signed", "wide", "float", "offset", "still", "wasm")
DATA_FIELDS = {
    "load_incoming": _SLOT, "store_incoming": _SLOT, "store_outgoing": _SLOT, "load_outgoing": _SLOT,
    "const": ("wide", "bits"), "alu": ("is64", "name"), "alu_imm": ("is64", "name", "imm"),
    "madd": ("is64", "subtract"), "shift_imm": ("is64", "name", "amount"), "rotl": ("is64",),
    "div": ("is64", "signed", "rem", "wasm"), "icmp": ("is64", "cond", "imm"), "eqz": ("is64",),
    "unary": ("is64", "name"), "select": ("type",), "select_cmp": ("type", "is64", "cond", "imm"),
    "fbin": ("double", "name"), "fun": ("double", "name"), "fcmp": ("double", "cond"),
    "fcopysign": ("double",), "i2f": ("src64", "double", "signed"), "f2f": ("to_double",),
    "f2i_sat": ("dst64", "double", "signed"), "to_gp": ("double",), "from_gp": ("double",),
    "load": _ACCESS, "store": _ACCESS, "heap_limit": ("n",), "load_word": ("offset",),
    "store_word": ("offset",), "fuel_check": ("cost", "wasm"), "epoch_check": ("wasm",),
    "global_get": ("slot", "bytes"), "global_set": ("slot", "bytes"), "table_get": ("slot", "wasm"),
    "table_set": ("slot", "wasm"), "table_size": _SLOT, "ref_func": ("func",),
    "f2i_trap": ("dst64", "double", "signed", "wasm"), "call_indirect": ("slot", "type", "wasm"),
    "call": ("func",), "call_import": ("slot", "wasm"), "jump": ("block",),
    "condbr": ("block", "block"), "cmp_branch": ("is64", "cond", "imm", "block", "block"),
    "br_table": ("blocks", "block"), "trap": ("code", "wasm"),
}


def _field(name: str, value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return name if value else None
    if name == "cond":
        return COND_NAMES[value]
    if name == "wasm":
        return f"@{value:#x}"
    if name == "block":
        return f"block{value}"
    if name == "blocks":
        return "[" + ", ".join(f"block{b}" for b in value) + "]"
    if name == "code":
        return trap_name(value)
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
        fields = DATA_FIELDS.get(self.op)
        data = self.data if isinstance(self.data, tuple) else (self.data,)
        name, extras = self.op, []
        if fields is None:
            extras = [] if self.data is None else [repr(self.data)]
        for field, value in zip(fields or (), data):
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


TERMINATORS = frozenset({"jump", "condbr", "cmp_branch", "br_table", "ret", "trap"})
