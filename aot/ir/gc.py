"""IR for the gc operators that need no heap: i31 references, ref.eq, the conversions
between the any and extern hierarchies, and ref.test, ref.cast, br_on_cast and
br_on_cast_fail to an abstract heap type that the bits alone decide (not struct or array).

Each becomes a few integer instructions on the anyref bits runtime/abi.py describes (at
ANYREF_I31_TAG), so the optimizer and the lowering see nothing new:
  ref.i31 x            zero-extend((x << 1) | tag)        (the i32 shift drops bit 31)
  i31.get_s/u r        null check, then wrap(r) >> 1, arithmetic or logical
  ref.eq a b           a == b (i64)
  any.convert_extern   e < 0 (signed: EXTERNREF_FROM_ANY set) ? e & ~bit : e ? (e << 2) | host tag : 0
  extern.convert_any   a & 3 == host tag ? a >> 2 : a ? a | EXTERNREF_FROM_ANY : 0
  test against any/func/extern: non-null; none/nofunc/noextern: never; eq: non-null and not a
  host value; i31: the i31 tag; each "or null" for a nullable target.  ref.cast is that test
  and a trap (CAST_FAILURE) when it fails; the branches are a BRIF on it.
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import (ANYREF_HOST_SHIFT, ANYREF_HOST_TAG, ANYREF_I31_TAG, ANYREF_TAG_MASK,
                                     EXTERNREF_FROM_ANY, TrapCode)
from ..wasm import opcodes as op
from . import function as ir

OPERATORS = frozenset({op.REF_I31, op.I31_GET_S, op.I31_GET_U, op.REF_EQ, op.ANY_CONVERT_EXTERN,
                       op.EXTERN_CONVERT_ANY, op.REF_TEST, op.REF_TEST_NULL, op.REF_CAST, op.REF_CAST_NULL,
                       op.BR_ON_CAST, op.BR_ON_CAST_FAIL})
_TOPS = ("any", "func", "extern")
_BOTTOMS = ("none", "nofunc", "noextern")


def _test(builder, ref: int, heap, nullable: bool, offset: int) -> int:
    """An i32 value: whether `ref` is a (ref null? heap)."""
    def one(opcode, args, ty="i32", imm=None):
        return builder._emit(opcode, args, imm, (ty,), offset)[0]

    zero = one(ir.CONST, (), "i64", 0)
    if heap in _TOPS:
        return one(ir.CONST, (), "i32", 1) if nullable else one(op.I64_NE, (ref, zero))
    if heap in _BOTTOMS:
        return one(op.I64_EQ, (ref, zero)) if nullable else one(ir.CONST, (), "i32", 0)
    if heap == "i31":
        test = one(op.I32_WRAP_I64, (one(op.I64_AND, (ref, one(ir.CONST, (), "i64", ANYREF_I31_TAG)), "i64"),))
    elif heap == "eq":
        tag = one(op.I64_AND, (ref, one(ir.CONST, (), "i64", ANYREF_TAG_MASK)), "i64")
        test = one(op.I32_AND, (one(op.I64_NE, (ref, zero)),
                                one(op.I64_NE, (tag, one(ir.CONST, (), "i64", ANYREF_HOST_TAG)))))
    else:
        raise NotImplementedError(f"no IR for a cast to {heap} yet")
    return one(op.I32_OR, (test, one(op.I64_EQ, (ref, zero)))) if nullable else test


def _br_on_cast(builder, opcode: int, imm, offset: int) -> None:
    """br_on_cast branches (with the reference) when the cast succeeds, br_on_cast_fail when it
    fails; either goes on with the reference otherwise."""
    flags, depth, _, target = imm
    stack = builder.stack
    test = _test(builder, stack[-1], target, bool(flags & 2), offset)
    frame = builder.frames[-1 - depth]
    branch = builder._edge(frame.label, stack[len(stack) - len(frame.label_types()):])
    after = builder._new_block(sealed=True)
    edges = (branch, builder._edge(after, ())) if opcode == op.BR_ON_CAST else (builder._edge(after, ()), branch)
    builder._emit(ir.BRIF, (test,), edges, offset=offset)
    builder.block = after


def build(builder, opcode: int, imm, offset: int) -> None:
    """Pop the operands of gc operator `opcode` (one of OPERATORS) and push its result."""
    emit = builder._emit

    def one(opcode, args, ty, imm=None):
        return emit(opcode, args, imm, (ty,), offset)[0]

    def const(value, ty="i64"):
        return one(ir.CONST, (), ty, value)

    if opcode in (op.BR_ON_CAST, op.BR_ON_CAST_FAIL):
        return _br_on_cast(builder, opcode, imm, offset)
    if opcode in (op.REF_TEST, op.REF_TEST_NULL):
        result = _test(builder, builder._pop(), imm, opcode == op.REF_TEST_NULL, offset)
    elif opcode in (op.REF_CAST, op.REF_CAST_NULL):
        ref = builder.stack[-1]
        test = _test(builder, ref, imm, opcode == op.REF_CAST_NULL, offset)
        emit(ir.NULL_CHECK, (test,), int(TrapCode.CAST_FAILURE), (), offset)
        return
    elif opcode == op.REF_I31:
        shifted = one(op.I32_SHL, (builder._pop(), const(1, "i32")), "i32")
        tagged = one(op.I32_OR, (shifted, const(ANYREF_I31_TAG, "i32")), "i32")
        result = one(op.I64_EXTEND_I32_U, (tagged,), "anyref")
    elif opcode in (op.I31_GET_S, op.I31_GET_U):
        ref = builder._pop()
        emit(ir.NULL_CHECK, (ref,), int(TrapCode.NULL_I31_REFERENCE), (), offset)
        shift = op.I32_SHR_S if opcode == op.I31_GET_S else op.I32_SHR_U
        result = one(shift, (one(op.I32_WRAP_I64, (ref,), "i32"), const(1, "i32")), "i32")
    elif opcode == op.REF_EQ:
        right = builder._pop()
        result = one(op.I64_EQ, (builder._pop(), right), "i32")
    elif opcode == op.ANY_CONVERT_EXTERN:
        ref = builder._pop()
        unwrapped = one(op.I64_AND, (ref, const(EXTERNREF_FROM_ANY - 1)), "anyref")
        host = one(op.I64_OR, (one(op.I64_SHL, (ref, const(ANYREF_HOST_SHIFT)), "i64"), const(ANYREF_HOST_TAG)),
                   "anyref")
        host = one(ir.SELECT, (host, const(0, "anyref"), one(op.I64_NE, (ref, const(0)), "i32")), "anyref")
        result = one(ir.SELECT, (unwrapped, host, one(op.I64_LT_S, (ref, const(0)), "i32")), "anyref")
    else:  # extern.convert_any
        ref = builder._pop()
        tag = one(op.I64_AND, (ref, const(ANYREF_TAG_MASK)), "i64")
        host = one(op.I64_SHR_U, (ref, const(ANYREF_HOST_SHIFT)), "externref")
        wrapped = one(op.I64_OR, (ref, const(EXTERNREF_FROM_ANY)), "externref")
        wrapped = one(ir.SELECT, (wrapped, const(0, "externref"), one(op.I64_NE, (ref, const(0)), "i32")),
                      "externref")
        result = one(ir.SELECT, (host, wrapped, one(op.I64_EQ, (tag, const(ANYREF_HOST_TAG)), "i32")),
                     "externref")
    builder.stack.append(result)
