"""Typing tables for the Wasm operators whose types follow from their opcode alone.

Built once from opcodes.py: `SIGNATURES` (numeric operators, from their shapes in
opcodes.NUMERIC_SIGNATURE; SIMD, from their names; other fixed operand/result types),
`MEMORY_ACCESS` (scalar loads/stores, from opcodes.MEMORY_ACCESS), `SIMD_MEMORY`,
`SIMD_LANES` and `ATOMICS` (from opcodes.ATOMIC_ACCESS); `SHAPES` sorts the
fixed-type operators into the few shapes the function validator's inner loop types
inline.
"""

from __future__ import annotations

from . import opcodes as op

# Operators with a fixed signature: opcode -> (operand types, result types).
SIGNATURES: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    code: (params, (result,)) for code, (params, result) in op.NUMERIC_SIGNATURE.items()}
# Loads and stores: opcode -> (value type, natural alignment log2).
MEMORY_ACCESS: dict[int, tuple[str, int]] = {
    code: (access.valtype, access.size.bit_length() - 1) for code, access in op.MEMORY_ACCESS.items()}
SIGNATURES[op.I32_CONST] = ((), ("i32",))
SIGNATURES[op.I64_CONST] = ((), ("i64",))
SIGNATURES[op.F32_CONST] = ((), ("f32",))
SIGNATURES[op.F64_CONST] = ((), ("f64",))
SIGNATURES[op.NOP] = ((), ())
SIGNATURES[op.I64_ADD128] = SIGNATURES[op.I64_SUB128] = (("i64",) * 4, ("i64", "i64"))
SIGNATURES[op.I64_MUL_WIDE_S] = SIGNATURES[op.I64_MUL_WIDE_U] = (("i64", "i64"), ("i64", "i64"))

_LANE_SCALAR = {"i8x16": "i32", "i16x8": "i32", "i32x4": "i32", "i64x2": "i64", "f32x4": "f32", "f64x2": "f64"}
LANE_COUNT = {"i8x16": 16, "i16x8": 8, "i32x4": 4, "i64x2": 2, "f32x4": 4, "f64x2": 2}
_SIMD_UNARY = {"abs", "neg", "popcnt", "ceil", "floor", "trunc", "nearest", "sqrt", "not"}
_SIMD_UNARY_PREFIXES = ("extend_", "extadd_pairwise", "convert", "trunc_sat", "demote", "promote", "relaxed_trunc")
_SIMD_TERNARY = {"bitselect", "relaxed_madd", "relaxed_nmadd", "relaxed_laneselect", "relaxed_dot_i8x16_i7x16_add_s"}
# SIMD memory accesses: opcode -> (natural alignment log2, lane count or 0, is a store).
SIMD_MEMORY: dict[int, tuple[int, int, bool]] = {}
# SIMD lane accessors: opcode -> (lane count, scalar type, is a replace).
SIMD_LANES: dict[int, tuple[int, str, bool]] = {}


def _build_simd_signatures() -> None:
    for code, name in op.OPCODE_NAMES.items():
        if not 0xFD000 <= code <= 0xFDFFF:
            continue
        kind = op.IMMEDIATE_KIND[code]
        shape, operation = name.split(".")
        if kind == op.IMM_MEMARG or kind == op.IMM_MEMARG_LANE:
            digits = "".join(ch for ch in operation.split("_")[0] if ch.isdigit())
            if operation in ("load", "store"):
                size = 16
            elif "x" in operation:  # load8x8_s: 8 lanes of 8 bits
                size = 8
            else:
                size = int(digits) // 8
            lanes = 16 // size if kind == op.IMM_MEMARG_LANE else 0
            SIMD_MEMORY[code] = (size.bit_length() - 1, lanes, operation.startswith("store"))
        elif kind == op.IMM_LANE:
            SIMD_LANES[code] = (LANE_COUNT[shape], _LANE_SCALAR[shape], operation == "replace_lane")
        elif kind == op.IMM_V128:
            SIGNATURES[code] = ((), ("v128",))
        elif operation == "splat":
            SIGNATURES[code] = ((_LANE_SCALAR[shape],), ("v128",))
        elif operation in ("any_true", "all_true", "bitmask"):
            SIGNATURES[code] = (("v128",), ("i32",))
        elif operation in ("shl", "shr_s", "shr_u"):
            SIGNATURES[code] = (("v128", "i32"), ("v128",))
        elif operation in _SIMD_TERNARY:
            SIGNATURES[code] = (("v128",) * 3, ("v128",))
        elif operation in _SIMD_UNARY or operation.startswith(_SIMD_UNARY_PREFIXES):
            SIGNATURES[code] = (("v128",), ("v128",))
        else:  # binary, and i8x16.shuffle whose lanes are checked separately
            SIGNATURES[code] = (("v128", "v128"), ("v128",))


# Operand types after the address and result types of each kind of atomic access of a T.
_ATOMIC_TYPES = {
    "load": lambda ty: ((), (ty,)), "store": lambda ty: ((ty,), ()), "rmw": lambda ty: ((ty,), (ty,)),
    "cmpxchg": lambda ty: ((ty, ty), (ty,)), "wait": lambda ty: ((ty, "i64"), ("i32",)),
    "notify": lambda ty: ((ty,), ("i32",)),
}
# Atomic memory accesses: opcode -> (operand types after the address, result types, natural alignment log2).
ATOMICS: dict[int, tuple[tuple[str, ...], tuple[str, ...], int]] = {
    code: (*_ATOMIC_TYPES[kind](ty), size.bit_length() - 1) for code, (kind, ty, size) in op.ATOMIC_ACCESS.items()}


_build_simd_signatures()

# The function validator's fast path: opcode -> (shape, a, b) for every operator whose
# typing follows from its opcode alone (plus memory 0's address type for loads/stores).
SHAPE_PUSH, SHAPE_UNARY, SHAPE_BINARY, SHAPE_GENERIC, SHAPE_LOAD, SHAPE_STORE = range(6)


def _shape(params: tuple[str, ...], results: tuple[str, ...]) -> tuple:
    if len(results) == 1 and not params:
        return SHAPE_PUSH, None, results[0]
    if len(results) == 1 and len(params) == 1:
        return SHAPE_UNARY, params[0], results[0]
    if len(results) == 1 and len(params) == 2 and params[0] == params[1]:
        return SHAPE_BINARY, params[0], results[0]
    return SHAPE_GENERIC, list(params), list(results)


SHAPES: dict[int, tuple] = {code: _shape(params, results)
                            for code, (params, results) in SIGNATURES.items() if code != op.I8X16_SHUFFLE}
for _code, (_valtype, _natural) in MEMORY_ACCESS.items():
    SHAPES[_code] = (SHAPE_STORE if op.MEMORY_ACCESS[_code].store else SHAPE_LOAD, _valtype, _natural)
