"""Operand and result types of the Wasm numeric operators, derived from their names.

`NUMERIC_SIGNATURE[opcode] = (param_types, result_type)` for every numeric operator
(0x45..0xC4 and the saturating truncations 0xFC000..0xFC007).  The text-format
names carry the typing: `T.eqz` and comparisons yield i32, `T.op_U[_sx]` converts
from U to T, unary operators keep their type, everything else is binary.
"""

from __future__ import annotations

import re

from ..wasm.opcodes import OPCODE_NAMES

_CONVERSION = re.compile(r"^(i32|i64|f32|f64)\.[a-z_]+?_(i32|i64|f32|f64)(_[su])?$")
_COMPARISONS = {"eq", "ne", "lt", "gt", "le", "ge", "lt_s", "lt_u", "gt_s", "gt_u",
                "le_s", "le_u", "ge_s", "ge_u"}
_UNARY = {"clz", "ctz", "popcnt", "abs", "neg", "sqrt", "ceil", "floor", "trunc",
          "nearest", "extend8_s", "extend16_s", "extend32_s"}


def _signature(name: str) -> tuple[tuple[str, ...], str]:
    conversion = _CONVERSION.match(name)
    if conversion:
        return (conversion.group(2),), conversion.group(1)
    ty, op = name.split(".", 1)
    if op == "eqz":
        return (ty,), "i32"
    if op in _COMPARISONS:
        return (ty, ty), "i32"
    if op in _UNARY:
        return (ty,), ty
    return (ty, ty), ty


NUMERIC_SIGNATURE: dict[int, tuple[tuple[str, ...], str]] = {
    code: _signature(OPCODE_NAMES[code])
    for code in list(range(0x45, 0xC5)) + list(range(0xFC000, 0xFC008))
}
