"""v128 values themselves: constants, and the select of two vectors.

v128.const is an IR CONST of type "v128" (lower.py hands it to LOWERINGS[V128_CONST]);
it becomes one `v128_const` MInst whose data is the 128-bit value:

    one movi/mvni/fmov word    when encode_neon.vector_imm has one (0, all-ones, a repeated
                               byte pattern, ...)
    ldr qN, <literal>          else: the 16 bytes are a literal of the function's next
                               island (emit.py's FunctionEmitter.literal_load)

`select_v128` is the vector arm of the scalar select emitters (emit.py's select and
select_cmp, whose flags are already set): x16 = the condition as a mask (csetm), in
every lane of the result (dup), then a bitwise select of the two vectors (bsl); in
v31, then copied, when the result's register is one of the inputs (3 or 4
instructions).
"""

from __future__ import annotations

from typing import NamedTuple

from ....machinst.vcode import FLOAT, define
from ....wasm import opcodes as op
from .. import encode as e
from .. import encode_neon as n
from ..abi import FLOAT_SCRATCH, INT_SCRATCH

X16 = INT_SCRATCH[0]
(V31,) = FLOAT_SCRATCH


class V128Const(NamedTuple):
    bits: int


def v128_constant(lw, bits: int) -> int:
    """A new wide vreg defined as the 128-bit constant `bits` (a v128_const), for the lowerings
    of other operators that need one."""
    vreg = lw.vcode.new_vreg(FLOAT, wide=True)
    lw.emit("v128_const", [define(vreg)], V128Const(bits))
    return vreg


def _lower_const(lw, inst) -> None:
    f = lw.f
    lw.emit("v128_const", [define(lw.vreg(f.inst_results[inst][0]))], V128Const(f.inst_imm[inst]))


def _emit_const(em, inst, regs) -> None:
    rd = regs[0]
    word = n.vector_imm(rd, inst.data.bits)
    if word is not None:
        em.put(word)
        return
    em.literal_load(e.ldr_fp_literal(16, rd, 0), inst.data.bits)


def select_v128(em, rd: int, if_true: int, if_false: int, cond: int) -> None:
    """rd = cond ? if_true : if_false, all q registers, the flags already set."""
    mask = V31 if rd in (if_true, if_false) else rd
    em.put(e.csetm(True, X16, cond), n.dup_general(mask, X16, "2d"), n.bsl(mask, if_true, if_false, "16b"))
    if mask != rd:
        em.put(n.mov(rd, mask))


LOWERINGS = {op.V128_CONST: _lower_const}
EMITTERS = {"v128_const": _emit_const}
