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
  rotl          is64
  div           (is64, signed, rem, wasm_offset)
  icmp          (is64, cond)          rd = rn <cond> rm ? 1 : 0
  eqz           is64
  unary         (is64, name)          clz/ctz/popcnt/sxtb/sxth/sxtw/uxtw
  select        is64 or double         rd = cond != 0 ? rt : rf
  fbin          (double, name)
  fun           (double, name)
  fcmp          (double, cond)
  fcopysign     double
  i2f           (src64, double, signed)
  f2f           to_double
  f2i_sat       (dst64, double, signed)
  to_gp/from_gp double                 bit moves between register files
  call          func index             direct call; clobbers caller-saved
  call_import   vmctx slot offset      through the import slot
  jump          target block
  condbr        (taken, not_taken)     on an i32 != 0
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


TERMINATORS = frozenset({"jump", "condbr", "br_table", "ret", "trap"})
