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
    wide K [signed]    128-bit arithmetic on i64 halves, low half first, K one of add (i64 i64 i64 i64
                       -> i64 i64, a + b), sub (a - b) and mul (i64 i64 -> i64 i64, the full
                       product, of signed operands when "signed")
    ... traps          the operator can trap on its operands (division, remainder and
                       the non-saturating float-to-int conversions)

Every SIMD operator has a shape too (after its names and ":" in the SIMD table).  S is a lane
shape: i8x16, i16x8, i32x4, i64x2, f32x4 or f64x2 (`LANE_SHAPES` gives its lane count and the
scalar type a lane is read as: i32 for i8/i16/i32 lanes), or v128 for an operator on the whole
vector; s is S's scalar type; "<- S2" gives the lane shape of the operands when it differs
from the result's (widening, narrowing and converting operators; for vternary, of the first two):

    vconst             -> v128 (16 immediate bytes)
    shuffle S          v128 v128 -> v128, picking lanes by 16 immediate lane indices < 32
    vunary S [<- S2]   v128 -> v128
    vbinary S [<- S2]  v128 v128 -> v128
    vternary S [<- S2] v128 v128 v128 -> v128
    vcompare S         v128 v128 -> v128, each lane all ones (true) or zero
    vtest S            v128 -> i32 (any_true, all_true, bitmask)
    vshift S           v128 i32 -> v128, the count taken modulo the lane width
    splat S            s -> v128
    extract S [signed] v128 -> s, the immediate lane; an i8/i16 lane sign-extended when
                       "signed", else zero-extended
    replace S          v128 s -> v128, the immediate lane
    vload S [K] [signed]  address -> v128; K says what it reads: nothing for the whole vector
                       (16 bytes), "splat" one lane into every lane, "zero" one lane into
                       lane 0 and zeros elsewhere, "extend" 8 bytes widened into the lanes
                       of S (sign-extended when "signed"), "lane" one lane into the
                       immediate lane of an operand (address v128 -> v128)
    vstore S [lane]    address v128 ->, writing the whole vector or its immediate lane

From the shapes: `NUMERIC_SIGNATURE[code] = (operand types, result type)`,
`MEMORY_ACCESS[code] = Access(valtype, size, signed, store)`,
`ATOMIC_ACCESS[code] = (kind, valtype, size)`, `ATOMIC_RMW_OP[code]` (add, sub, and, or, xor, xchg
or cmpxchg) for each read-modify-write, `WIDE_ARITHMETIC[code] = Wide(kind, signed)`
and `WIDE_SIGNATURE[code] = (operand types, result types)`, and the `TRAPPING` set; for SIMD,
`SIMD_SHAPE[code] = SimdShape(kind, lane_shape, source_shape)` for every SIMD operator (the
lane shapes, None for v128: what the SIMD lowering families read), `SIMD_SIGNATURE[code]` like
NUMERIC_SIGNATURE for every SIMD operator but the loads and stores (whose address type is
their memory's), `SIMD_ACCESS[code] = SimdAccess(kind, size, signed, store)` for those (with
`.natural` alignment and a lane access's `.lanes`) and `SIMD_LANE[code] =
LaneAccess(lanes, scalar, replace, signed)` for extract_lane and replace_lane.  A SIMD
operator's immediate kind follows from its shape too.  `VALUE_BYTES` gives the byte size of
each numeric value type.
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
FC13 i64.add128 - | wide add
FC14 i64.sub128 - | wide sub
FC15 i64.mul_wide_s - | wide mul signed
FC16 i64.mul_wide_u - | wide mul
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
FB20 struct.new_desc x
FB21 struct.new_default_desc x
FB22 ref.get_desc x
FB23 ref.cast_desc_eq ht
FB24 ref.cast_desc_eq ht REF_CAST_DESC_EQ_NULL
FB25 br_on_cast_desc_eq cast
FB26 br_on_cast_desc_eq_fail cast
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

# SIMD operators 0xFD n: the sub-opcode n (hex) of the first name, names with consecutive codes, their shape.
_SIMD_TABLE = """
00 v128.load: vload v128
01 v128.load8x8_s: vload i16x8 extend signed
02 v128.load8x8_u: vload i16x8 extend
03 v128.load16x4_s: vload i32x4 extend signed
04 v128.load16x4_u: vload i32x4 extend
05 v128.load32x2_s: vload i64x2 extend signed
06 v128.load32x2_u: vload i64x2 extend
07 v128.load8_splat: vload i8x16 splat
08 v128.load16_splat: vload i16x8 splat
09 v128.load32_splat: vload i32x4 splat
0A v128.load64_splat: vload i64x2 splat
0B v128.store: vstore v128
0C v128.const: vconst
0D i8x16.shuffle: shuffle i8x16
0E i8x16.swizzle: vbinary i8x16
0F i8x16.splat: splat i8x16
10 i16x8.splat: splat i16x8
11 i32x4.splat: splat i32x4
12 i64x2.splat: splat i64x2
13 f32x4.splat: splat f32x4
14 f64x2.splat: splat f64x2
15 i8x16.extract_lane_s: extract i8x16 signed
16 i8x16.extract_lane_u: extract i8x16
17 i8x16.replace_lane: replace i8x16
18 i16x8.extract_lane_s: extract i16x8 signed
19 i16x8.extract_lane_u: extract i16x8
1A i16x8.replace_lane: replace i16x8
1B i32x4.extract_lane: extract i32x4
1C i32x4.replace_lane: replace i32x4
1D i64x2.extract_lane: extract i64x2
1E i64x2.replace_lane: replace i64x2
1F f32x4.extract_lane: extract f32x4
20 f32x4.replace_lane: replace f32x4
21 f64x2.extract_lane: extract f64x2
22 f64x2.replace_lane: replace f64x2
23 i8x16.eq i8x16.ne i8x16.lt_s i8x16.lt_u i8x16.gt_s i8x16.gt_u i8x16.le_s i8x16.le_u i8x16.ge_s i8x16.ge_u: vcompare i8x16
2D i16x8.eq i16x8.ne i16x8.lt_s i16x8.lt_u i16x8.gt_s i16x8.gt_u i16x8.le_s i16x8.le_u i16x8.ge_s i16x8.ge_u: vcompare i16x8
37 i32x4.eq i32x4.ne i32x4.lt_s i32x4.lt_u i32x4.gt_s i32x4.gt_u i32x4.le_s i32x4.le_u i32x4.ge_s i32x4.ge_u: vcompare i32x4
41 f32x4.eq f32x4.ne f32x4.lt f32x4.gt f32x4.le f32x4.ge: vcompare f32x4
47 f64x2.eq f64x2.ne f64x2.lt f64x2.gt f64x2.le f64x2.ge: vcompare f64x2
4D v128.not: vunary v128
4E v128.and v128.andnot v128.or v128.xor: vbinary v128
52 v128.bitselect: vternary v128
53 v128.any_true: vtest v128
54 v128.load8_lane: vload i8x16 lane
55 v128.load16_lane: vload i16x8 lane
56 v128.load32_lane: vload i32x4 lane
57 v128.load64_lane: vload i64x2 lane
58 v128.store8_lane: vstore i8x16 lane
59 v128.store16_lane: vstore i16x8 lane
5A v128.store32_lane: vstore i32x4 lane
5B v128.store64_lane: vstore i64x2 lane
5C v128.load32_zero: vload i32x4 zero
5D v128.load64_zero: vload i64x2 zero
5E f32x4.demote_f64x2_zero: vunary f32x4 <- f64x2
5F f64x2.promote_low_f32x4: vunary f64x2 <- f32x4
60 i8x16.abs i8x16.neg i8x16.popcnt: vunary i8x16
63 i8x16.all_true i8x16.bitmask: vtest i8x16
65 i8x16.narrow_i16x8_s i8x16.narrow_i16x8_u: vbinary i8x16 <- i16x8
67 f32x4.ceil f32x4.floor f32x4.trunc f32x4.nearest: vunary f32x4
6B i8x16.shl i8x16.shr_s i8x16.shr_u: vshift i8x16
6E i8x16.add i8x16.add_sat_s i8x16.add_sat_u i8x16.sub i8x16.sub_sat_s i8x16.sub_sat_u: vbinary i8x16
74 f64x2.ceil f64x2.floor: vunary f64x2
76 i8x16.min_s i8x16.min_u i8x16.max_s i8x16.max_u: vbinary i8x16
7A f64x2.trunc: vunary f64x2
7B i8x16.avgr_u: vbinary i8x16
7C i16x8.extadd_pairwise_i8x16_s i16x8.extadd_pairwise_i8x16_u: vunary i16x8 <- i8x16
7E i32x4.extadd_pairwise_i16x8_s i32x4.extadd_pairwise_i16x8_u: vunary i32x4 <- i16x8
80 i16x8.abs i16x8.neg: vunary i16x8
82 i16x8.q15mulr_sat_s: vbinary i16x8
83 i16x8.all_true i16x8.bitmask: vtest i16x8
85 i16x8.narrow_i32x4_s i16x8.narrow_i32x4_u: vbinary i16x8 <- i32x4
87 i16x8.extend_low_i8x16_s i16x8.extend_high_i8x16_s i16x8.extend_low_i8x16_u i16x8.extend_high_i8x16_u: vunary i16x8 <- i8x16
8B i16x8.shl i16x8.shr_s i16x8.shr_u: vshift i16x8
8E i16x8.add i16x8.add_sat_s i16x8.add_sat_u i16x8.sub i16x8.sub_sat_s i16x8.sub_sat_u: vbinary i16x8
94 f64x2.nearest: vunary f64x2
95 i16x8.mul i16x8.min_s i16x8.min_u i16x8.max_s i16x8.max_u: vbinary i16x8
9B i16x8.avgr_u: vbinary i16x8
9C i16x8.extmul_low_i8x16_s i16x8.extmul_high_i8x16_s i16x8.extmul_low_i8x16_u i16x8.extmul_high_i8x16_u: vbinary i16x8 <- i8x16
A0 i32x4.abs i32x4.neg: vunary i32x4
A3 i32x4.all_true i32x4.bitmask: vtest i32x4
A7 i32x4.extend_low_i16x8_s i32x4.extend_high_i16x8_s i32x4.extend_low_i16x8_u i32x4.extend_high_i16x8_u: vunary i32x4 <- i16x8
AB i32x4.shl i32x4.shr_s i32x4.shr_u: vshift i32x4
AE i32x4.add: vbinary i32x4
B1 i32x4.sub: vbinary i32x4
B5 i32x4.mul i32x4.min_s i32x4.min_u i32x4.max_s i32x4.max_u: vbinary i32x4
BA i32x4.dot_i16x8_s: vbinary i32x4 <- i16x8
BC i32x4.extmul_low_i16x8_s i32x4.extmul_high_i16x8_s i32x4.extmul_low_i16x8_u i32x4.extmul_high_i16x8_u: vbinary i32x4 <- i16x8
C0 i64x2.abs i64x2.neg: vunary i64x2
C3 i64x2.all_true i64x2.bitmask: vtest i64x2
C7 i64x2.extend_low_i32x4_s i64x2.extend_high_i32x4_s i64x2.extend_low_i32x4_u i64x2.extend_high_i32x4_u: vunary i64x2 <- i32x4
CB i64x2.shl i64x2.shr_s i64x2.shr_u: vshift i64x2
CE i64x2.add: vbinary i64x2
D1 i64x2.sub: vbinary i64x2
D5 i64x2.mul: vbinary i64x2
D6 i64x2.eq i64x2.ne i64x2.lt_s i64x2.gt_s i64x2.le_s i64x2.ge_s: vcompare i64x2
DC i64x2.extmul_low_i32x4_s i64x2.extmul_high_i32x4_s i64x2.extmul_low_i32x4_u i64x2.extmul_high_i32x4_u: vbinary i64x2 <- i32x4
E0 f32x4.abs f32x4.neg: vunary f32x4
E3 f32x4.sqrt: vunary f32x4
E4 f32x4.add f32x4.sub f32x4.mul f32x4.div f32x4.min f32x4.max f32x4.pmin f32x4.pmax: vbinary f32x4
EC f64x2.abs f64x2.neg: vunary f64x2
EF f64x2.sqrt: vunary f64x2
F0 f64x2.add f64x2.sub f64x2.mul f64x2.div f64x2.min f64x2.max f64x2.pmin f64x2.pmax: vbinary f64x2
F8 i32x4.trunc_sat_f32x4_s i32x4.trunc_sat_f32x4_u: vunary i32x4 <- f32x4
FA f32x4.convert_i32x4_s f32x4.convert_i32x4_u: vunary f32x4 <- i32x4
FC i32x4.trunc_sat_f64x2_s_zero i32x4.trunc_sat_f64x2_u_zero: vunary i32x4 <- f64x2
FE f64x2.convert_low_i32x4_s f64x2.convert_low_i32x4_u: vunary f64x2 <- i32x4
100 i8x16.relaxed_swizzle: vbinary i8x16
101 i32x4.relaxed_trunc_f32x4_s i32x4.relaxed_trunc_f32x4_u: vunary i32x4 <- f32x4
103 i32x4.relaxed_trunc_f64x2_s_zero i32x4.relaxed_trunc_f64x2_u_zero: vunary i32x4 <- f64x2
105 f32x4.relaxed_madd f32x4.relaxed_nmadd: vternary f32x4
107 f64x2.relaxed_madd f64x2.relaxed_nmadd: vternary f64x2
109 i8x16.relaxed_laneselect: vternary i8x16
10A i16x8.relaxed_laneselect: vternary i16x8
10B i32x4.relaxed_laneselect: vternary i32x4
10C i64x2.relaxed_laneselect: vternary i64x2
10D f32x4.relaxed_min f32x4.relaxed_max: vbinary f32x4
10F f64x2.relaxed_min f64x2.relaxed_max: vbinary f64x2
111 i16x8.relaxed_q15mulr_s: vbinary i16x8
112 i16x8.relaxed_dot_i8x16_i7x16_s: vbinary i16x8 <- i8x16
113 i32x4.relaxed_dot_i8x16_i7x16_add_s: vternary i32x4 <- i8x16
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


class SimdShape(NamedTuple):
    """A SIMD operator's shape: its kind (the shape's first word), the lane shape it works in
    ("i8x16" ... "f64x2"; None for a whole-vector v128.* operator) and the lane shape of its
    operands when that differs (widening, narrowing, converting operators), else None."""
    kind: str
    lane_shape: str | None
    source_shape: str | None


class SimdAccess(NamedTuple):
    """A SIMD load or store: its kind ("vector", "splat", "zero", "extend" or "lane"), the bytes
    it accesses, whether an extending load sign-extends them, whether it is a store."""
    kind: str
    size: int
    signed: bool
    store: bool

    @property
    def natural(self) -> int:
        """The natural alignment, log2 of the bytes accessed."""
        return self.size.bit_length() - 1

    @property
    def lanes(self) -> int:
        """The lane count of a lane access (whose immediate names a lane), else 0."""
        return 16 // self.size if self.kind == "lane" else 0


class Wide(NamedTuple):
    """A wide-arithmetic operator: its kind (add, sub, mul) and, for mul, whether the operands are signed."""
    kind: str
    signed: bool


class LaneAccess(NamedTuple):
    """extract_lane or replace_lane: the vector's lane count, the scalar type a lane is read
    as or written from, whether it replaces, whether an extract sign-extends the lane."""
    lanes: int
    scalar: str
    replace: bool
    signed: bool


VALUE_BYTES = {"i32": 4, "i64": 8, "f32": 4, "f64": 8}
# Lane shape -> (lane count, the scalar type of a lane outside the vector).
LANE_SHAPES = {"i8x16": (16, "i32"), "i16x8": (8, "i32"), "i32x4": (4, "i32"), "i64x2": (2, "i64"),
               "f32x4": (4, "f32"), "f64x2": (2, "f64")}
OPCODE_NAMES: dict[int, str] = {}
IMMEDIATE_KIND: dict[int, int] = {}
NUMERIC_SIGNATURE: dict[int, tuple[tuple[str, ...], str]] = {}
MEMORY_ACCESS: dict[int, Access] = {}
ATOMIC_ACCESS: dict[int, tuple[str, str, int]] = {}
ATOMIC_RMW_OP: dict[int, str] = {}
WIDE_ARITHMETIC: dict[int, Wide] = {}
WIDE_SIGNATURE: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
SIMD_SHAPE: dict[int, SimdShape] = {}
SIMD_SIGNATURE: dict[int, tuple[tuple[str, ...], str]] = {}
SIMD_ACCESS: dict[int, SimdAccess] = {}
SIMD_LANE: dict[int, LaneAccess] = {}
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
    elif kind == "wide":
        WIDE_ARITHMETIC[code] = Wide(ty, rest == ["signed"])
        WIDE_SIGNATURE[code] = (("i64",) * (2 if ty == "mul" else 4), ("i64", "i64"))
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


# The operand and result types of each kind of non-memory SIMD shape; "s" is the scalar type of a lane.
_SIMD_TYPES = {
    "vconst": ((), "v128"), "shuffle": (("v128", "v128"), "v128"), "vunary": (("v128",), "v128"),
    "vbinary": (("v128", "v128"), "v128"), "vcompare": (("v128", "v128"), "v128"),
    "vternary": (("v128", "v128", "v128"), "v128"), "vtest": (("v128",), "i32"), "vshift": (("v128", "i32"), "v128"),
    "splat": (("s",), "v128"), "extract": (("v128",), "s"), "replace": (("v128", "s"), "v128"),
}
_SIMD_IMMEDIATE = {"vconst": IMM_V128, "shuffle": IMM_SHUFFLE, "extract": IMM_LANE, "replace": IMM_LANE}


def _simd_shape(code: int, shape: str) -> int:
    """Record what the SIMD shape `shape` (see the module docstring) says of operator `code`;
    return the kind of immediate it takes."""
    kind, *words = shape.split()
    lane_shape, rest = (words[0], words[1:]) if words else ("v128", [])
    if (kind not in _SIMD_TYPES and kind not in ("vload", "vstore")) or lane_shape not in (*LANE_SHAPES, "v128"):
        raise ValueError(f"unknown SIMD operator shape {shape!r}")
    count, scalar = LANE_SHAPES.get(lane_shape, (0, None))
    signed = rest[-1:] == ["signed"]
    SIMD_SHAPE[code] = SimdShape(kind, lane_shape if count else None, rest[1] if rest[:1] == ["<-"] else None)
    if kind in ("vload", "vstore"):
        access = rest[0] if rest and rest[0] != "signed" else "vector"
        size = 16 if access == "vector" else 8 if access == "extend" else 16 // count
        SIMD_ACCESS[code] = SimdAccess(access, size, signed, kind == "vstore")
        return IMM_MEMARG_LANE if access == "lane" else IMM_MEMARG
    params, result = _SIMD_TYPES[kind]
    SIMD_SIGNATURE[code] = (tuple(scalar if ty == "s" else ty for ty in params), scalar if result == "s" else result)
    if kind in ("extract", "replace"):
        SIMD_LANE[code] = LaneAccess(count, scalar, kind == "replace", signed)
    return _SIMD_IMMEDIATE.get(kind, IMM_NONE)


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
    for line in _SIMD_TABLE.strip().splitlines():
        first, rest = line.split(" ", 1)
        names, shape = rest.split(":")
        for sub, name in enumerate(names.split(), int(first, 16)):
            if 0xFD000 + sub in OPCODE_NAMES:
                raise ValueError(f"SIMD opcode {sub:#x} given twice")
            _define(0xFD000 + sub, name, _simd_shape(0xFD000 + sub, shape))
    for group, op in enumerate(_RMW_OPS):
        for width_index, (name, width) in enumerate(_RMW_WIDTHS):
            code = 0xFE000 + 0x1E + group * 7 + width_index
            _define(code, name.format(op), IMM_MEMARG)
            ATOMIC_RMW_OP[code] = op
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
        (0xFB000, 0xFBFFF, ("gc",)), (0xFB020, 0xFB026, ("gc", "custom-descriptors")),
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
             "", "from typing import Final, NamedTuple", ""]
    for record in (Access, SimdShape, SimdAccess, Wide, LaneAccess):
        lines += [f"class {record.__name__}(NamedTuple):"]
        lines += [f"    {field}: {getattr(annotation, '__forward_arg__', annotation)}"  # a ForwardRef in 3.11
                  for field, annotation in record.__annotations__.items()]
        for name, member in vars(record).items():
            if isinstance(member, property):
                lines += ["    @property", f"    def {name}(self) -> {member.fget.__annotations__['return']}: ..."]
        lines += [""]
    lines += [f"{name}: Final = {value}" for value, name in sorted(_IMMEDIATE_CONSTANT.items())]
    lines += ["", "OPCODE_NAMES: dict[int, str]", "IMMEDIATE_KIND: dict[int, int]",
              "NUMERIC_SIGNATURE: dict[int, tuple[tuple[str, ...], str]]", "MEMORY_ACCESS: dict[int, Access]",
              "ATOMIC_ACCESS: dict[int, tuple[str, str, int]]",
              "ATOMIC_RMW_OP: dict[int, str]", "WIDE_ARITHMETIC: dict[int, Wide]",
              "WIDE_SIGNATURE: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]", "SIMD_SHAPE: dict[int, SimdShape]",
              "SIMD_SIGNATURE: dict[int, tuple[tuple[str, ...], str]]", "SIMD_ACCESS: dict[int, SimdAccess]",
              "SIMD_LANE: dict[int, LaneAccess]", "LANE_SHAPES: dict[str, tuple[int, str]]",
              "TRAPPING: frozenset[int]", "VALUE_BYTES: dict[str, int]", "PREFIXES: tuple[int, ...]", "",
              "def opcode_name(code: int) -> str: ...", "def opcode_features(code: int) -> tuple[str, ...]: ...",
              "def stub_text() -> str: ...", ""]
    lines += [f"{name}: Final = {code:#x}  # {OPCODE_NAMES[code]}"
              for name, code in sorted(_CONSTANT_NAMES.items(), key=lambda item: item[1])]
    return "\n".join(lines) + "\n"


_IMMEDIATE_CONSTANT = {value: name for name, value in globals().items() if name.startswith("IMM_")}

if __name__ == "__main__":
    print(stub_text(), end="")
