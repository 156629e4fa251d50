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


class MInst:
    __slots__ = ("op", "operands", "data", "clobbers")

    def __init__(self, op: str, operands=(), data=None, clobbers=()):
        self.op = op
        self.operands = operands
        self.data = data
        self.clobbers = clobbers

    def __repr__(self) -> str:
        return f"MInst({self.op}, {self.operands}, {self.data})"


TERMINATORS = frozenset({"jump", "condbr", "cmp_branch", "br_table", "ret", "trap"})
