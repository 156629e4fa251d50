"""Wasm opcodes: codes, text-format names and the kind of immediate each one takes.

Opcode codes: a single-byte opcode is its byte value; a prefixed one is
`prefix * 0x1000 + sub` (0xFC 0x0B memory.fill -> 0xFC00B, SIMD 0xFD n -> 0xFD000 + n).
Every opcode has a named constant (`I32_ADD`, `BR_TABLE`, `SELECT_T`, ...), an entry in
`OPCODE_NAMES` (text-format name) and one in `IMMEDIATE_KIND`, which tells the decoder
how to read its immediate and documents what `FuncBody.imms` holds for it:

    IMM_NONE        None
    IMM_BLOCKTYPE   None (empty), a value type string, or an int type index
    IMM_INDEX       one u32: label depth, function, local, global, table, memory, type,
                tag, data or elem segment index (by the opcode's meaning)
    IMM_INDEX2      (u32, u32): call_indirect (type, table), memory.init (data, memory),
                memory.copy (dst memory, src memory), table.init (elem, table),
                table.copy (dst table, src table), struct.get (type, field),
                array.new_fixed (type, count), array.copy (dst type, src type), ...
    IMM_BR_TABLE    (tuple_of_depths, default_depth)
    IMM_I32 / IMM_I64  the signed Python int
    IMM_F32 / IMM_F64  the raw IEEE bits as an unsigned int
    IMM_MEMARG      (align_log2, offset) or (align_log2, offset, memidx) when a memory
                index is encoded
    IMM_SELECT_T    tuple of value type strings
    IMM_HEAPTYPE    heap type: "func", "extern", "any", ... or an int type index
    IMM_TRY_TABLE   (blocktype, ((catch_kind, tag_or_None, depth), ...)),
                catch_kind 0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref
    IMM_V128        the 16 bytes as `bytes`
    IMM_LANE        lane index int
    IMM_MEMARG_LANE (memarg_tuple, lane)
    IMM_SHUFFLE     16 lane indices as `bytes`
    IMM_BR_ON_CAST  (flags, depth, heaptype1, heaptype2)
    IMM_ZERO_BYTE   None (atomic.fence's reserved byte)

The numeric operators, the scalar loads and stores and the atomic accesses also carry a shape, the one place
their typing and effects are written (after "|" in the core table, after the names and ":" in
the numeric table); T and U are value types, N a byte count:

    test T             T -> i32 (eqz)
    compare T          T T -> i32
    unary T            T -> T
    binary T           T T -> T
    convert U -> T     U -> T (wrap, extend, trunc, convert, demote, promote, reinterpret)
    load T N [signed]  address -> T, reading N bytes, sign-extended when "signed", else
                       zero-extended
    store T N          address T ->, writing the low N bytes of the T
    atomic K T N       an atomic access of N bytes of a T, K one of load (address -> T),
                       store (address T ->), rmw (address T -> T), cmpxchg (address T T
                       -> T), wait (address T i64 -> i32), notify (address T -> i32)
    ... traps          the operator can trap on its operands (division, remainder and
                       the non-saturating float-to-int conversions)

From the shapes: `NUMERIC_SIGNATURE[code] = (operand types, result type)`,
`MEMORY_ACCESS[code] = Access(valtype, size, signed, store)`,
`ATOMIC_ACCESS[code] = (kind, valtype, size)` and the `TRAPPING` set.
`VALUE_BYTES` gives the byte size of each numeric value type.
"""

from __future__ import annotations

from typing import NamedTuple

(IMM_NONE, IMM_BLOCKTYPE, IMM_INDEX, IMM_INDEX2, IMM_BR_TABLE, IMM_I32, IMM_I64, IMM_F32, IMM_F64, IMM_MEMARG,
 IMM_SELECT_T, IMM_HEAPTYPE, IMM_TRY_TABLE, IMM_V128, IMM_LANE, IMM_MEMARG_LANE, IMM_SHUFFLE, IMM_BR_ON_CAST,
 IMM_ZERO_BYTE) = range(19)

_KIND_BY_TAG = {
    "-": IMM_NONE, "bt": IMM_BLOCKTYPE, "x": IMM_INDEX, "xx": IMM_INDEX2, "brt": IMM_BR_TABLE, "i32": IMM_I32, "i64": IMM_I64,
    "f32": IMM_F32, "f64": IMM_F64, "m": IMM_MEMARG, "selt": IMM_SELECT_T, "ht": IMM_HEAPTYPE, "tt": IMM_TRY_TABLE,
    "v128": IMM_V128, "lane": IMM_LANE, "mlane": IMM_MEMARG_LANE, "shuf": IMM_SHUFFLE, "cast": IMM_BR_ON_CAST,
    "zero": IMM_ZERO_BYTE,
}

# code  name  immediate-tag  [constant name when the text name is ambiguous]  [| shape]
_CORE_TABLE = """
00 unreachable -
01 nop -
02 block bt
03 loop bt
04 if bt
05 else -
08 throw x
0A throw_ref -
0B end -
0C br x
0D br_if x
0E br_table brt
0F return -
10 call x
11 call_indirect xx
12 return_call x
13 return_call_indirect xx
14 call_ref x
15 return_call_ref x
1A drop -
1B select -
1C select selt SELECT_T
1F try_table tt
20 local.get x
21 local.set x
22 local.tee x
23 global.get x
24 global.set x
25 table.get x
26 table.set x
28 i32.load m | load i32 4
29 i64.load m | load i64 8
2A f32.load m | load f32 4
2B f64.load m | load f64 8
2C i32.load8_s m | load i32 1 signed
2D i32.load8_u m | load i32 1
2E i32.load16_s m | load i32 2 signed
2F i32.load16_u m | load i32 2
30 i64.load8_s m | load i64 1 signed
31 i64.load8_u m | load i64 1
32 i64.load16_s m | load i64 2 signed
33 i64.load16_u m | load i64 2
34 i64.load32_s m | load i64 4 signed
35 i64.load32_u m | load i64 4
36 i32.store m | store i32 4
37 i64.store m | store i64 8
38 f32.store m | store f32 4
39 f64.store m | store f64 8
3A i32.store8 m | store i32 1
3B i32.store16 m | store i32 2
3C i64.store8 m | store i64 1
3D i64.store16 m | store i64 2
3E i64.store32 m | store i64 4
3F memory.size x
40 memory.grow x
41 i32.const i32
42 i64.const i64
43 f32.const f32
44 f64.const f64
D0 ref.null ht
D1 ref.is_null -
D2 ref.func x
D3 ref.eq -
D4 ref.as_non_null -
D5 br_on_null x
D6 br_on_non_null x
FC00 i32.trunc_sat_f32_s - | convert f32 -> i32
FC01 i32.trunc_sat_f32_u - | convert f32 -> i32
FC02 i32.trunc_sat_f64_s - | convert f64 -> i32
FC03 i32.trunc_sat_f64_u - | convert f64 -> i32
FC04 i64.trunc_sat_f32_s - | convert f32 -> i64
FC05 i64.trunc_sat_f32_u - | convert f32 -> i64
FC06 i64.trunc_sat_f64_s - | convert f64 -> i64
FC07 i64.trunc_sat_f64_u - | convert f64 -> i64
FC08 memory.init xx
FC09 data.drop x
FC0A memory.copy xx
FC0B memory.fill x
FC0C table.init xx
FC0D elem.drop x
FC0E table.copy xx
FC0F table.grow x
FC10 table.size x
FC11 table.fill x
FC13 i64.add128 -
FC14 i64.sub128 -
FC15 i64.mul_wide_s -
FC16 i64.mul_wide_u -
FB00 struct.new x
FB01 struct.new_default x
FB02 struct.get xx
FB03 struct.get_s xx
FB04 struct.get_u xx
FB05 struct.set xx
FB06 array.new x
FB07 array.new_default x
FB08 array.new_fixed xx
FB09 array.new_data xx
FB0A array.new_elem xx
FB0B array.get x
FB0C array.get_s x
FB0D array.get_u x
FB0E array.set x
FB0F array.len -
FB10 array.fill x
FB11 array.copy xx
FB12 array.init_data xx
FB13 array.init_elem xx
FB14 ref.test ht
FB15 ref.test ht REF_TEST_NULL
FB16 ref.cast ht
FB17 ref.cast ht REF_CAST_NULL
FB18 br_on_cast cast
FB19 br_on_cast_fail cast
FB1A any.convert_extern -
FB1B extern.convert_any -
FB1C ref.i31 -
FB1D i31.get_s -
FB1E i31.get_u -
FE00 memory.atomic.notify m | atomic notify i32 4
FE01 memory.atomic.wait32 m | atomic wait i32 4
FE02 memory.atomic.wait64 m | atomic wait i64 8
FE03 atomic.fence zero
FE10 i32.atomic.load m | atomic load i32 4
FE11 i64.atomic.load m | atomic load i64 8
FE12 i32.atomic.load8_u m | atomic load i32 1
FE13 i32.atomic.load16_u m | atomic load i32 2
FE14 i64.atomic.load8_u m | atomic load i64 1
FE15 i64.atomic.load16_u m | atomic load i64 2
FE16 i64.atomic.load32_u m | atomic load i64 4
FE17 i32.atomic.store m | atomic store i32 4
FE18 i64.atomic.store m | atomic store i64 8
FE19 i32.atomic.store8 m | atomic store i32 1
FE1A i32.atomic.store16 m | atomic store i32 2
FE1B i64.atomic.store8 m | atomic store i64 1
FE1C i64.atomic.store16 m | atomic store i64 2
FE1D i64.atomic.store32 m | atomic store i64 4
"""

# 0x45..0xC4: numeric instructions without immediates, in opcode order: names, then their shape.
_NUMERIC_TABLE = """
i32.eqz: test i32
i32.eq i32.ne i32.lt_s i32.lt_u i32.gt_s i32.gt_u i32.le_s i32.le_u i32.ge_s i32.ge_u: compare i32
i64.eqz: test i64
i64.eq i64.ne i64.lt_s i64.lt_u i64.gt_s i64.gt_u i64.le_s i64.le_u i64.ge_s i64.ge_u: compare i64
f32.eq f32.ne f32.lt f32.gt f32.le f32.ge: compare f32
f64.eq f64.ne f64.lt f64.gt f64.le f64.ge: compare f64
i32.clz i32.ctz i32.popcnt: unary i32
i32.add i32.sub i32.mul: binary i32
i32.div_s i32.div_u i32.rem_s i32.rem_u: binary i32 traps
i32.and i32.or i32.xor i32.shl i32.shr_s i32.shr_u i32.rotl i32.rotr: binary i32
i64.clz i64.ctz i64.popcnt: unary i64
i64.add i64.sub i64.mul: binary i64
i64.div_s i64.div_u i64.rem_s i64.rem_u: binary i64 traps
i64.and i64.or i64.xor i64.shl i64.shr_s i64.shr_u i64.rotl i64.rotr: binary i64
f32.abs f32.neg f32.ceil f32.floor f32.trunc f32.nearest f32.sqrt: unary f32
f32.add f32.sub f32.mul f32.div f32.min f32.max f32.copysign: binary f32
f64.abs f64.neg f64.ceil f64.floor f64.trunc f64.nearest f64.sqrt: unary f64
f64.add f64.sub f64.mul f64.div f64.min f64.max f64.copysign: binary f64
i32.wrap_i64: convert i64 -> i32
i32.trunc_f32_s i32.trunc_f32_u: convert f32 -> i32 traps
i32.trunc_f64_s i32.trunc_f64_u: convert f64 -> i32 traps
i64.extend_i32_s i64.extend_i32_u: convert i32 -> i64
i64.trunc_f32_s i64.trunc_f32_u: convert f32 -> i64 traps
i64.trunc_f64_s i64.trunc_f64_u: convert f64 -> i64 traps
f32.convert_i32_s f32.convert_i32_u: convert i32 -> f32
f32.convert_i64_s f32.convert_i64_u: convert i64 -> f32
f32.demote_f64: convert f64 -> f32
f64.convert_i32_s f64.convert_i32_u: convert i32 -> f64
f64.convert_i64_s f64.convert_i64_u: convert i64 -> f64
f64.promote_f32: convert f32 -> f64
i32.reinterpret_f32: convert f32 -> i32
i64.reinterpret_f64: convert f64 -> i64
f32.reinterpret_i32: convert i32 -> f32
f64.reinterpret_i64: convert i64 -> f64
i32.extend8_s i32.extend16_s: unary i32
i64.extend8_s i64.extend16_s i64.extend32_s: unary i64
"""

# 0xFD 0x00..0x113 in opcode order; "-" marks an unassigned code.
_SIMD_NAMES = """
v128.load v128.load8x8_s v128.load8x8_u v128.load16x4_s v128.load16x4_u v128.load32x2_s v128.load32x2_u v128.load8_splat v128.load16_splat v128.load32_splat v128.load64_splat v128.store v128.const i8x16.shuffle i8x16.swizzle i8x16.splat
i16x8.splat i32x4.splat i64x2.splat f32x4.splat f64x2.splat i8x16.extract_lane_s i8x16.extract_lane_u i8x16.replace_lane i16x8.extract_lane_s i16x8.extract_lane_u i16x8.replace_lane i32x4.extract_lane i32x4.replace_lane i64x2.extract_lane i64x2.replace_lane f32x4.extract_lane
f32x4.replace_lane f64x2.extract_lane f64x2.replace_lane i8x16.eq i8x16.ne i8x16.lt_s i8x16.lt_u i8x16.gt_s i8x16.gt_u i8x16.le_s i8x16.le_u i8x16.ge_s i8x16.ge_u i16x8.eq i16x8.ne i16x8.lt_s
i16x8.lt_u i16x8.gt_s i16x8.gt_u i16x8.le_s i16x8.le_u i16x8.ge_s i16x8.ge_u i32x4.eq i32x4.ne i32x4.lt_s i32x4.lt_u i32x4.gt_s i32x4.gt_u i32x4.le_s i32x4.le_u i32x4.ge_s
i32x4.ge_u f32x4.eq f32x4.ne f32x4.lt f32x4.gt f32x4.le f32x4.ge f64x2.eq f64x2.ne f64x2.lt f64x2.gt f64x2.le f64x2.ge v128.not v128.and v128.andnot
v128.or v128.xor v128.bitselect v128.any_true v128.load8_lane v128.load16_lane v128.load32_lane v128.load64_lane v128.store8_lane v128.store16_lane v128.store32_lane v128.store64_lane v128.load32_zero v128.load64_zero f32x4.demote_f64x2_zero f64x2.promote_low_f32x4
i8x16.abs i8x16.neg i8x16.popcnt i8x16.all_true i8x16.bitmask i8x16.narrow_i16x8_s i8x16.narrow_i16x8_u f32x4.ceil f32x4.floor f32x4.trunc f32x4.nearest i8x16.shl i8x16.shr_s i8x16.shr_u i8x16.add i8x16.add_sat_s
i8x16.add_sat_u i8x16.sub i8x16.sub_sat_s i8x16.sub_sat_u f64x2.ceil f64x2.floor i8x16.min_s i8x16.min_u i8x16.max_s i8x16.max_u f64x2.trunc i8x16.avgr_u i16x8.extadd_pairwise_i8x16_s i16x8.extadd_pairwise_i8x16_u i32x4.extadd_pairwise_i16x8_s i32x4.extadd_pairwise_i16x8_u
i16x8.abs i16x8.neg i16x8.q15mulr_sat_s i16x8.all_true i16x8.bitmask i16x8.narrow_i32x4_s i16x8.narrow_i32x4_u i16x8.extend_low_i8x16_s i16x8.extend_high_i8x16_s i16x8.extend_low_i8x16_u i16x8.extend_high_i8x16_u i16x8.shl i16x8.shr_s i16x8.shr_u i16x8.add i16x8.add_sat_s
i16x8.add_sat_u i16x8.sub i16x8.sub_sat_s i16x8.sub_sat_u f64x2.nearest i16x8.mul i16x8.min_s i16x8.min_u i16x8.max_s i16x8.max_u - i16x8.avgr_u i16x8.extmul_low_i8x16_s i16x8.extmul_high_i8x16_s i16x8.extmul_low_i8x16_u i16x8.extmul_high_i8x16_u
i32x4.abs i32x4.neg - i32x4.all_true i32x4.bitmask - - i32x4.extend_low_i16x8_s i32x4.extend_high_i16x8_s i32x4.extend_low_i16x8_u i32x4.extend_high_i16x8_u i32x4.shl i32x4.shr_s i32x4.shr_u i32x4.add -
- i32x4.sub - - - i32x4.mul i32x4.min_s i32x4.min_u i32x4.max_s i32x4.max_u i32x4.dot_i16x8_s - i32x4.extmul_low_i16x8_s i32x4.extmul_high_i16x8_s i32x4.extmul_low_i16x8_u i32x4.extmul_high_i16x8_u
i64x2.abs i64x2.neg - i64x2.all_true i64x2.bitmask - - i64x2.extend_low_i32x4_s i64x2.extend_high_i32x4_s i64x2.extend_low_i32x4_u i64x2.extend_high_i32x4_u i64x2.shl i64x2.shr_s i64x2.shr_u i64x2.add -
- i64x2.sub - - - i64x2.mul i64x2.eq i64x2.ne i64x2.lt_s i64x2.gt_s i64x2.le_s i64x2.ge_s i64x2.extmul_low_i32x4_s i64x2.extmul_high_i32x4_s i64x2.extmul_low_i32x4_u i64x2.extmul_high_i32x4_u
f32x4.abs f32x4.neg - f32x4.sqrt f32x4.add f32x4.sub f32x4.mul f32x4.div f32x4.min f32x4.max f32x4.pmin f32x4.pmax f64x2.abs f64x2.neg - f64x2.sqrt
f64x2.add f64x2.sub f64x2.mul f64x2.div f64x2.min f64x2.max f64x2.pmin f64x2.pmax i32x4.trunc_sat_f32x4_s i32x4.trunc_sat_f32x4_u f32x4.convert_i32x4_s f32x4.convert_i32x4_u i32x4.trunc_sat_f64x2_s_zero i32x4.trunc_sat_f64x2_u_zero f64x2.convert_low_i32x4_s f64x2.convert_low_i32x4_u
i8x16.relaxed_swizzle i32x4.relaxed_trunc_f32x4_s i32x4.relaxed_trunc_f32x4_u i32x4.relaxed_trunc_f64x2_s_zero i32x4.relaxed_trunc_f64x2_u_zero f32x4.relaxed_madd f32x4.relaxed_nmadd f64x2.relaxed_madd f64x2.relaxed_nmadd i8x16.relaxed_laneselect i16x8.relaxed_laneselect i32x4.relaxed_laneselect i64x2.relaxed_laneselect f32x4.relaxed_min f32x4.relaxed_max f64x2.relaxed_min
f64x2.relaxed_max i16x8.relaxed_q15mulr_s i16x8.relaxed_dot_i8x16_i7x16_s i32x4.relaxed_dot_i8x16_i7x16_add_s
"""

# 0xFE 0x1E..0x4E: each read-modify-write operation (cmpxchg last) at each width (name, value type, bytes).
_RMW_OPS = ("add", "sub", "and", "or", "xor", "xchg", "cmpxchg")
_RMW_WIDTHS = (("i32.atomic.rmw.{}", "i32 4"), ("i64.atomic.rmw.{}", "i64 8"), ("i32.atomic.rmw8.{}_u", "i32 1"),
               ("i32.atomic.rmw16.{}_u", "i32 2"), ("i64.atomic.rmw8.{}_u", "i64 1"),
               ("i64.atomic.rmw16.{}_u", "i64 2"), ("i64.atomic.rmw32.{}_u", "i64 4"))



class Access(NamedTuple):
    """A scalar load or store: its value type, the bytes it accesses, whether a load
    sign-extends them, whether it is a store."""
    valtype: str
    size: int
    signed: bool
    store: bool


VALUE_BYTES = {"i32": 4, "i64": 8, "f32": 4, "f64": 8}
OPCODE_NAMES: dict[int, str] = {}
IMMEDIATE_KIND: dict[int, int] = {}
NUMERIC_SIGNATURE: dict[int, tuple[tuple[str, ...], str]] = {}
MEMORY_ACCESS: dict[int, Access] = {}
ATOMIC_ACCESS: dict[int, tuple[str, str, int]] = {}
_TRAPPING: set[int] = set()
_CONSTANT_NAMES: dict[str, int] = {}


def _define(code: int, name: str, kind: int, constant: str | None = None) -> None:
    OPCODE_NAMES[code] = name
    IMMEDIATE_KIND[code] = kind
    _CONSTANT_NAMES[constant or name.upper().replace(".", "_")] = code


def _shape(code: int, shape: str) -> None:
    """Record what the shape `shape` (see the module docstring) says of operator `code`."""
    words = shape.split()
    if words[-1] == "traps":
        _TRAPPING.add(code)
        words.pop()
    kind, ty, *rest = words
    if kind == "atomic":
        ATOMIC_ACCESS[code] = (ty, rest[0], int(rest[1]))
    elif kind in ("load", "store"):
        MEMORY_ACCESS[code] = Access(ty, int(rest[0]), rest[1:] == ["signed"], kind == "store")
    elif kind == "convert":
        NUMERIC_SIGNATURE[code] = ((ty,), rest[1])
    elif kind == "test":
        NUMERIC_SIGNATURE[code] = ((ty,), "i32")
    elif kind == "compare":
        NUMERIC_SIGNATURE[code] = ((ty, ty), "i32")
    elif kind == "unary":
        NUMERIC_SIGNATURE[code] = ((ty,), ty)
    elif kind == "binary":
        NUMERIC_SIGNATURE[code] = ((ty, ty), ty)
    else:
        raise ValueError(f"unknown operator shape {shape!r}")


def _simd_immediate(sub: int) -> int:
    if sub <= 0x0B or sub in (0x5C, 0x5D):
        return IMM_MEMARG
    if sub == 0x0C:
        return IMM_V128
    if sub == 0x0D:
        return IMM_SHUFFLE
    if 0x15 <= sub <= 0x22:
        return IMM_LANE
    if 0x54 <= sub <= 0x5B:
        return IMM_MEMARG_LANE
    return IMM_NONE


def _build() -> None:
    for line in _CORE_TABLE.strip().splitlines():
        columns, _, shape = line.partition("|")
        code, name, tag, *constant = columns.split()
        value = int(code, 16)
        if len(code) == 4:
            value = (value >> 8) * 0x1000 + (value & 0xFF)
        _define(value, name, _KIND_BY_TAG[tag], constant[0] if constant else None)
        if shape:
            _shape(value, shape)
    code = 0x45
    for line in _NUMERIC_TABLE.strip().splitlines():
        names, shape = line.split(":")
        for name in names.split():
            _define(code, name, IMM_NONE)
            _shape(code, shape)
            code += 1
    for sub, name in enumerate(_SIMD_NAMES.split()):
        if name != "-":
            _define(0xFD000 + sub, name, _simd_immediate(sub))
    for group, op in enumerate(_RMW_OPS):
        for width_index, (name, width) in enumerate(_RMW_WIDTHS):
            code = 0xFE000 + 0x1E + group * 7 + width_index
            _define(code, name.format(op), IMM_MEMARG)
            _shape(code, f"atomic {'cmpxchg' if op == 'cmpxchg' else 'rmw'} {width}")


_build()
TRAPPING = frozenset(_TRAPPING)
globals().update(_CONSTANT_NAMES)  # opcodes.pyi spells these out for linters and type checkers

PREFIXES = (0xFB, 0xFC, 0xFD, 0xFE)


def opcode_name(code: int) -> str:
    """The text-format name of `code`, or a hex spelling for unknown codes."""
    return OPCODE_NAMES.get(code) or f"<{code:#x}>"


def _feature_ranges():
    """(first code, last code, features) triples: which features an opcode belongs to."""
    return (
        (0x00, 0xFFFFF, ("control",)),
        (0x08, 0x08, ("exceptions",)), (0x0A, 0x0A, ("exceptions",)), (0x1F, 0x1F, ("exceptions",)),
        (0x11, 0x11, ("tables",)),
        (0x12, 0x13, ("tail-call",)), (0x14, 0x14, ("function-references",)),
        (0x15, 0x15, ("tail-call", "function-references")),
        (0x1C, 0x1C, ("reference-types",)),
        (0x23, 0x24, ("globals",)), (0x25, 0x26, ("reference-types", "tables")),
        (0x28, 0x40, ("memory",)), (0x2A, 0x2B, ("memory", "float")), (0x38, 0x39, ("memory", "float")),
        (0x41, 0x42, ("int",)), (0x43, 0x44, ("float",)),
        (0x45, 0x5A, ("int",)), (0x5B, 0x66, ("float",)), (0x67, 0x8A, ("int",)), (0x8B, 0xA6, ("float",)),
        (0xA7, 0xA7, ("int",)), (0xA8, 0xAB, ("float-to-int", "float")), (0xAC, 0xAD, ("int",)),
        (0xAE, 0xB1, ("float-to-int", "float")), (0xB2, 0xBF, ("float",)), (0xC0, 0xC4, ("sign-extension",)),
        (0xD0, 0xD2, ("reference-types",)), (0xD3, 0xD3, ("gc",)), (0xD4, 0xD6, ("function-references",)),
        (0xFB000, 0xFBFFF, ("gc",)),
        (0xFC000, 0xFC007, ("saturating-conversion", "float")), (0xFC008, 0xFC00B, ("bulk-memory", "memory")),
        (0xFC00C, 0xFC00E, ("bulk-memory", "tables")), (0xFC00F, 0xFC011, ("reference-types", "tables")),
        (0xFC013, 0xFC016, ("wide-arithmetic",)),
        (0xFD000, 0xFD0FF, ("simd",)), (0xFD100, 0xFDFFF, ("relaxed-simd", "simd")),
        (0xFE000, 0xFEFFF, ("threads", "memory")),
    )


_OPCODE_FEATURES: dict[int, tuple[str, ...]] = {}
for _first, _last, _features in _feature_ranges():
    for _code in OPCODE_NAMES:
        if _first <= _code <= _last:
            _OPCODE_FEATURES[_code] = _features


def opcode_features(code: int) -> tuple[str, ...]:
    """The features.FEATURES names an instruction with opcode `code` belongs to."""
    return _OPCODE_FEATURES[code]


def stub_text() -> str:
    """The text of opcodes.pyi: this module's names, with every opcode constant's value."""
    lines = ['"""Static view of opcodes.py for linters and type checkers (its opcode constants are',
             'made at import time).  Generated: python -m wasmoon_aot.aot.wasm.opcodes > opcodes.pyi"""',
             "", "from typing import Final, NamedTuple", "",
             "class Access(NamedTuple):", "    valtype: str", "    size: int", "    signed: bool",
             "    store: bool", ""]
    lines += [f"{name}: Final = {value}" for value, name in sorted(_IMMEDIATE_CONSTANT.items())]
    lines += ["", "OPCODE_NAMES: dict[int, str]", "IMMEDIATE_KIND: dict[int, int]",
              "NUMERIC_SIGNATURE: dict[int, tuple[tuple[str, ...], str]]", "MEMORY_ACCESS: dict[int, Access]",
              "ATOMIC_ACCESS: dict[int, tuple[str, str, int]]",
              "TRAPPING: frozenset[int]", "VALUE_BYTES: dict[str, int]", "PREFIXES: tuple[int, ...]", "",
              "def opcode_name(code: int) -> str: ...", "def opcode_features(code: int) -> tuple[str, ...]: ...",
              "def stub_text() -> str: ...", ""]
    lines += [f"{name}: Final = {code:#x}  # {OPCODE_NAMES[code]}"
              for name, code in sorted(_CONSTANT_NAMES.items(), key=lambda item: item[1])]
    return "\n".join(lines) + "\n"


_IMMEDIATE_CONSTANT = {value: name for name, value in globals().items() if name.startswith("IMM_")}

if __name__ == "__main__":
    print(stub_text(), end="")
