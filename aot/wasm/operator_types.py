"""Typing tables for the Wasm operators whose types follow from their opcode alone.

Built once from opcodes.py: `SIGNATURES` (numeric, wide-arithmetic and SIMD operators, from their
shapes in opcodes.NUMERIC_SIGNATURE, opcodes.WIDE_SIGNATURE and opcodes.SIMD_SIGNATURE; other fixed operand/result types),
`MEMORY_ACCESS` (scalar loads/stores, from opcodes.MEMORY_ACCESS) and `ATOMICS` (from
opcodes.ATOMIC_ACCESS); `SHAPES` sorts the fixed-type operators into the few shapes the
function validator's inner loop types inline.  SIMD memory accesses and lane accessors are
typed from opcodes.SIMD_ACCESS and opcodes.SIMD_LANE.
"""

from __future__ import annotations

from . import opcodes as op

# Operators with a fixed signature: opcode -> (operand types, result types).
SIGNATURES: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    code: (params, (result,)) for signatures in (op.NUMERIC_SIGNATURE, op.SIMD_SIGNATURE)
    for code, (params, result) in signatures.items()}
# Loads and stores: opcode -> (value type, natural alignment log2).
MEMORY_ACCESS: dict[int, tuple[str, int]] = {
    code: (access.valtype, access.size.bit_length() - 1) for code, access in op.MEMORY_ACCESS.items()}
SIGNATURES[op.I32_CONST] = ((), ("i32",))
SIGNATURES[op.I64_CONST] = ((), ("i64",))
SIGNATURES[op.F32_CONST] = ((), ("f32",))
SIGNATURES[op.F64_CONST] = ((), ("f64",))
SIGNATURES[op.NOP] = ((), ())
SIGNATURES.update(op.WIDE_SIGNATURE)

# Operand types after the address and result types of each kind of atomic access of a T.
_ATOMIC_TYPES = {
    "load": lambda ty: ((), (ty,)), "store": lambda ty: ((ty,), ()), "rmw": lambda ty: ((ty,), (ty,)),
    "cmpxchg": lambda ty: ((ty, ty), (ty,)), "wait": lambda ty: ((ty, "i64"), ("i32",)),
    "notify": lambda ty: ((ty,), ("i32",)),
}
# Atomic memory accesses: opcode -> (operand types after the address, result types, natural alignment log2).
ATOMICS: dict[int, tuple[tuple[str, ...], tuple[str, ...], int]] = {
    code: (*_ATOMIC_TYPES[kind](ty), size.bit_length() - 1) for code, (kind, ty, size) in op.ATOMIC_ACCESS.items()}


# The function validator's fast path: opcode -> (shape, a, b) for every operator whose
# typing follows from its opcode alone (plus memory 0's address type for loads/stores) and
# whose immediate needs no check (not the lane indices of a shuffle or lane accessor).
SHAPE_PUSH, SHAPE_UNARY, SHAPE_BINARY, SHAPE_GENERIC, SHAPE_LOAD, SHAPE_STORE = range(6)


def _shape(params: tuple[str, ...], results: tuple[str, ...]) -> tuple:
    if len(results) == 1 and not params:
        return SHAPE_PUSH, None, results[0]
    if len(results) == 1 and len(params) == 1:
        return SHAPE_UNARY, params[0], results[0]
    if len(results) == 1 and len(params) == 2 and params[0] == params[1]:
        return SHAPE_BINARY, params[0], results[0]
    return SHAPE_GENERIC, list(params), list(results)


SHAPES: dict[int, tuple] = {code: _shape(params, results) for code, (params, results) in SIGNATURES.items()
                            if op.IMMEDIATE_KIND[code] not in (op.IMM_LANE, op.IMM_SHUFFLE)}
for _code, (_valtype, _natural) in MEMORY_ACCESS.items():
    SHAPES[_code] = (SHAPE_STORE if op.MEMORY_ACCESS[_code].store else SHAPE_LOAD, _valtype, _natural)
