"""IR for the gc operators.

Without the heap: i31 references, ref.eq, the conversions between the any and extern
hierarchies, and ref.test, ref.cast, br_on_cast and br_on_cast_fail to an abstract heap
type that the bits alone decide; a cast to struct, array or a concrete type, exact or not,
asks the gc.test builtin.

Custom descriptors: struct.new_desc stores its descriptor at the struct's GC_DESCRIPTOR and
ref.get_desc loads it; the descriptor casts compare that word with their operand (`_test_desc`).

Structs and arrays (runtime/abi.py's GC_TYPE_ID describes the objects): allocation bumps
the store's GC_TOP through the current run (zeroed by the runtime) and writes the header
inline; only when the run is used up does it call the gc.alloc builtin, which may collect.
Fields and elements are read and written by ordinary load and store instructions on the
object's address as the heap base, unchecked (`still` None; their bound operand is a
constant no address reaches): the object's own checks come first, a null check and an
array's index against its length.  Bulk array operations are builtins.

Roots (`Roots`, in functions of modules that use gc): each activation pushes a frame of
slots on the store's shadow stack at entry and pops it before returning or tail calling;
before every safepoint (a call, or the allocation slow path) every reference value still
needed afterwards that the builder can see (the operand stack, the reference locals, and
an allocation's own operands) is stored in the frame's slots, and the slots it does not
need are zeroed (`Roots.finish`, once the frame's size is known).  The collector does not
move objects, so nothing is reloaded.

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
                                     ARRAY_DATA, ARRAY_LENGTH, BUILTIN_SIGNATURES, EXTERNREF_FROM_ANY, GC_DESCRIPTOR,
                                     GC_KIND, GC_KIND_ARRAY, GC_KIND_STRUCT, GC_TEST_ARRAY, GC_TEST_EXACT,
                                     GC_TEST_STRUCT, GC_TYPE_ID, STORE_GC_END, STORE_GC_TOP, STORE_SHADOW_LIMIT, STORE_SHADOW_TOP,
                                     VMCTX_TYPE_IDS, TrapCode, storage_bytes, struct_layout)
from ..wasm import opcodes as op
from ..wasm.module import EXACT, StructType
from ..wasm.subtyping import inexact
from . import function as ir

# storage type -> (load, signed load, store) opcodes; other types (references) as i64
_ACCESS = {"i8": (op.I32_LOAD8_U, op.I32_LOAD8_S, op.I32_STORE8),
           "i16": (op.I32_LOAD16_U, op.I32_LOAD16_S, op.I32_STORE16),
           "i32": (op.I32_LOAD, op.I32_LOAD, op.I32_STORE), "i64": (op.I64_LOAD, op.I64_LOAD, op.I64_STORE),
           "f32": (op.F32_LOAD, op.F32_LOAD, op.F32_STORE), "f64": (op.F64_LOAD, op.F64_LOAD, op.F64_STORE)}
_NO_BOUND = (1 << 63) - 1
ROOT_TYPES = ("anyref", "externref")  # an externref may carry an object (extern.convert_any)
# value type -> instructions making its bits an i64 (array.fill's value operand)
_TO_I64 = {"i32": (op.I64_EXTEND_I32_U,), "f32": (op.I32_REINTERPRET_F32, op.I64_EXTEND_I32_U),
           "f64": (op.I64_REINTERPRET_F64,)}
HEAP_OPERATORS = frozenset({op.STRUCT_NEW, op.STRUCT_NEW_DEFAULT, op.STRUCT_NEW_DESC, op.STRUCT_NEW_DEFAULT_DESC,
                            op.REF_GET_DESC, op.STRUCT_GET, op.STRUCT_GET_S, op.STRUCT_GET_U,
                            op.STRUCT_SET, op.ARRAY_NEW, op.ARRAY_NEW_DEFAULT, op.ARRAY_NEW_FIXED,
                            op.ARRAY_NEW_DATA, op.ARRAY_NEW_ELEM, op.ARRAY_GET, op.ARRAY_GET_S, op.ARRAY_GET_U,
                            op.ARRAY_SET, op.ARRAY_LEN, op.ARRAY_FILL, op.ARRAY_COPY, op.ARRAY_INIT_DATA,
                            op.ARRAY_INIT_ELEM})

OPERATORS = frozenset({op.REF_I31, op.I31_GET_S, op.I31_GET_U, op.REF_EQ, op.ANY_CONVERT_EXTERN,
                       op.EXTERN_CONVERT_ANY, op.REF_TEST, op.REF_TEST_NULL, op.REF_CAST, op.REF_CAST_NULL,
                       op.BR_ON_CAST, op.BR_ON_CAST_FAIL, op.REF_CAST_DESC_EQ, op.REF_CAST_DESC_EQ_NULL,
                       op.BR_ON_CAST_DESC_EQ, op.BR_ON_CAST_DESC_EQ_FAIL}) | HEAP_OPERATORS
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
        exact = isinstance(heap, str) and heap.startswith(EXACT)
        code = {"struct": GC_TEST_STRUCT, "array": GC_TEST_ARRAY}.get(heap, int(inexact(heap)) if exact else heap)
        flags = int(nullable) | (GC_TEST_EXACT if exact else 0)
        return builder._emit(ir.BUILTIN, (builder.vmctx, ref, one(ir.CONST, (), "i32", code),
                                          one(ir.CONST, (), "i32", flags)), "gc.test", ("i32",), offset)[0]
    return one(op.I32_OR, (test, one(op.I64_EQ, (ref, zero)))) if nullable else test


def checked_funcref(builder, imm, index: int, offset: int) -> int:
    """The funcref call_indirect (imm = (type index, table)) of a type that may have subtypes
    calls: element `index`, trapping as call_indirect does unless it is a function of a subtype
    of the expected type (the gc.test builtin decides)."""
    type_index, table = imm
    emit = builder._emit
    is64 = builder._is64(op.TABLE_SIZE, table)
    size = emit(op.TABLE_SIZE, (builder.vmctx,), table, ("i64" if is64 else "i32",))[0]
    inside = emit(op.I64_LT_U if is64 else op.I32_LT_U, (index, size), None, ("i32",))[0]
    emit(ir.NULL_CHECK, (inside,), int(TrapCode.UNDEFINED_ELEMENT), (), offset)
    ref = emit(op.TABLE_GET, (builder.vmctx, index), table, ("funcref",), offset)[0]
    emit(ir.NULL_CHECK, (ref,), int(TrapCode.UNINITIALIZED_ELEMENT), (), offset)
    constants = [emit(ir.CONST, (), value, ("i32",))[0] for value in (type_index, 0)]
    matches = emit(ir.BUILTIN, (builder.vmctx, ref, *constants), "gc.test", ("i32",), offset)[0]
    emit(ir.NULL_CHECK, (matches,), int(TrapCode.INDIRECT_CALL_TYPE_MISMATCH), (), offset)
    return ref


def _test_desc(builder, ref: int, descriptor: int, nullable: bool, offset: int) -> int:
    """An i32 value: whether `ref` is null (if `nullable`) or a struct whose descriptor is
    `descriptor`, trapping first if the descriptor is null (custom descriptors).  Without a
    branch: the header words are read from the descriptor itself (an object) when `ref` is no
    object (null, an i31 or a host value), and that read then does not count."""
    def one(opcode, args, ty="i32", imm=None):
        return builder._emit(opcode, args, imm, (ty,), offset)[0]

    builder._emit(ir.NULL_CHECK, (descriptor,), int(TrapCode.NULL_DESCRIPTOR_REFERENCE), (), offset)
    zero = one(ir.CONST, (), "i64", 0)
    untagged = one(op.I64_EQ, (one(op.I64_AND, (ref, one(ir.CONST, (), "i64", ANYREF_TAG_MASK)), "i64"), zero))
    is_object = one(op.I32_AND, (untagged, one(op.I64_NE, (ref, zero))))
    base = one(ir.SELECT, (ref, descriptor, is_object), "i64")
    kind = _word_access(builder, offset, base, GC_KIND, "i32")
    is_struct = one(op.I32_EQ, (kind, one(ir.CONST, (), "i32", GC_KIND_STRUCT)))
    same = one(op.I64_EQ, (_word_access(builder, offset, base, GC_DESCRIPTOR, "i64"), descriptor))
    test = one(op.I32_AND, (is_object, one(op.I32_AND, (is_struct, same))))
    return one(op.I32_OR, (test, one(op.I64_EQ, (ref, zero)))) if nullable else test


def _br_on_cast(builder, opcode: int, imm, offset: int) -> None:
    """br_on_cast (and br_on_cast_desc_eq, whose descriptor operand it pops first) branches (with
    the reference) when the cast succeeds, br_on_cast_fail (br_on_cast_desc_eq_fail) when it fails;
    either goes on with the reference otherwise."""
    flags, depth, _, target = imm
    stack = builder.stack
    if opcode in (op.BR_ON_CAST_DESC_EQ, op.BR_ON_CAST_DESC_EQ_FAIL):
        descriptor = builder._pop()
        test = _test_desc(builder, stack[-1], descriptor, bool(flags & 2), offset)
    else:
        test = _test(builder, stack[-1], target, bool(flags & 2), offset)
    frame = builder.frames[-1 - depth]
    branch = builder._edge(frame.label, stack[len(stack) - len(frame.label_types()):])
    after = builder._new_block(sealed=True)
    edges = (branch, builder._edge(after, ())) if opcode in (op.BR_ON_CAST, op.BR_ON_CAST_DESC_EQ) \
        else (builder._edge(after, ()), branch)
    builder._emit(ir.BRIF, (test,), edges, offset=offset)
    builder.block = after


def build(builder, opcode: int, imm, offset: int) -> None:
    """Pop the operands of gc operator `opcode` (one of OPERATORS) and push its result."""
    emit = builder._emit

    def one(opcode, args, ty, imm=None):
        return emit(opcode, args, imm, (ty,), offset)[0]

    def const(value, ty="i64"):
        return one(ir.CONST, (), ty, value)

    if opcode in HEAP_OPERATORS:
        return _Heap(builder, offset).build(opcode, imm)
    if opcode in (op.BR_ON_CAST, op.BR_ON_CAST_FAIL, op.BR_ON_CAST_DESC_EQ, op.BR_ON_CAST_DESC_EQ_FAIL):
        return _br_on_cast(builder, opcode, imm, offset)
    if opcode in (op.REF_CAST_DESC_EQ, op.REF_CAST_DESC_EQ_NULL):
        descriptor = builder._pop()
        test = _test_desc(builder, builder.stack[-1], descriptor, opcode == op.REF_CAST_DESC_EQ_NULL, offset)
        emit(ir.NULL_CHECK, (test,), int(TrapCode.DESCRIPTOR_CAST_FAILURE), (), offset)
        return
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


def _word_access(builder, offset: int, base: int, field_offset: int, storage: str, value=None):
    """Load (value None) or store a `storage` word at base + field_offset, unchecked."""
    one = lambda *a: builder._emit(*a)  # noqa: E731
    zero = one(ir.CONST, (), 0, ("i32",), offset)[0]
    bound = one(ir.CONST, (), _NO_BOUND, ("i64",), offset)[0]
    if value is None:
        opcode = _ACCESS.get(storage, (op.I64_LOAD,))[0]
        return one(opcode, (zero, base, bound), (op.MEMORY_ACCESS[opcode], field_offset, None),
                   (op.MEMORY_ACCESS[opcode].valtype,), offset)[0]
    opcode = _ACCESS.get(storage, (None, None, op.I64_STORE))[2]
    one(opcode, (zero, value, base, bound), (op.MEMORY_ACCESS[opcode], field_offset, None), (), offset)
    return None


class Roots:
    """The shadow-stack frame of one function (see the module docstring)."""

    def __init__(self, builder):
        self.builder = builder
        self.own = []  # (block, first inst, end) of the frame's push and pops, dropped if it has no slots
        first = len(builder.f.inst_op)
        store = builder._emit(ir.STORE_PTR, (builder.vmctx,), None, ("i64",))[0]
        self.store = store
        self.frame = _word_access(builder, 0, store, STORE_SHADOW_TOP, "i64")
        self.size_inst = len(builder.f.inst_op)
        size = builder._emit(ir.CONST, (), 0, ("i64",))[0]
        self.top = builder._emit(op.I64_ADD, (self.frame, size), None, ("i64",))[0]
        limit = _word_access(builder, 0, store, STORE_SHADOW_LIMIT, "i64")
        fits = builder._emit(op.I64_LE_U, (self.top, limit), None, ("i32",))[0]
        builder._emit(ir.NULL_CHECK, (fits,), int(TrapCode.STACK_OVERFLOW), ())
        _word_access(builder, 0, store, STORE_SHADOW_TOP, "i64", self.top)
        self.own.append((builder.block, first, len(builder.f.inst_op)))
        self.entry_position = len(builder.f.block_insts[builder.block])
        self.entry_block = builder.block
        self.slots = 0
        self.sites = []  # (block, position after its stores, slots stored) of every spill
        self.landings = 0  # reset_top calls: the frame is kept even with no slots

    def reset_top(self) -> None:
        """Make this frame the top of the shadow stack again (where a caught exception lands)."""
        _word_access(self.builder, 0, self.store, STORE_SHADOW_TOP, "i64", self.top)
        self.landings += 1

    def spill(self, extra=(), offset: int = 0) -> None:
        """Store the references live across the safepoint about to be emitted."""
        b = self.builder
        values = [v for v in b.stack if b.f.value_type[v] in ROOT_TYPES]
        for local, ty in enumerate(b.local_types):
            if ty in ROOT_TYPES and local not in b.heap_vars and local != b.fuel:
                values.append(b._read_local(local, b.block))
        values += [v for v in extra if b.f.value_type[v] in ROOT_TYPES]
        values = list(dict.fromkeys(values))
        for slot, value in enumerate(values):
            _word_access(b, offset, self.frame, 8 * slot, "i64", value)
        self.slots = max(self.slots, len(values))
        self.sites.append((b.block, len(b.f.block_insts[b.block]), len(values)))

    def leave(self) -> None:
        """Pop the frame (before a return or a tail call)."""
        first = len(self.builder.f.inst_op)
        _word_access(self.builder, 0, self.store, STORE_SHADOW_TOP, "i64", self.frame)
        self.own.append((self.builder.block, first, len(self.builder.f.inst_op)))

    def finish(self) -> None:
        """Size the frame; zero its slots at entry, and after each spill the slots it left
        (a slot never holds a stale object: only what this frame stores at the current or last
        safepoint is a root).  A function with nothing to spill and no landing site keeps no
        frame at all."""
        f, b = self.builder.f, self.builder
        if not self.slots and not self.landings:
            for block, first, end in self.own:
                dropped = set(range(first, end))
                f.block_insts[block] = [inst for inst in f.block_insts[block] if inst not in dropped]
            return
        f.inst_imm[self.size_inst] = 8 * self.slots
        saved = b.block
        groups, zero = [], None
        for block, position, stored in [(self.entry_block, self.entry_position, 0)] + self.sites:
            if stored == self.slots:
                continue
            b.block = block
            first = len(f.block_insts[block])
            if zero is None:  # made in the entry group, which comes first: it dominates every use
                zero = b._emit(ir.CONST, (), 0, ("i64",))[0]
            for slot in range(stored, self.slots):
                _word_access(b, 0, self.frame, 8 * slot, "i64", zero)
            groups.append((block, position, f.block_insts[block][first:]))
            del f.block_insts[block][first:]
        b.block = saved
        # Last position first, so earlier insertions do not move later ones; at one position the
        # later group first, so the entry group (which defines `zero`) ends up before the others.
        for _, (block, position, insts) in sorted(enumerate(groups), key=lambda item: (-item[1][1], -item[0])):
            f.block_insts[block][position:position] = insts


class _Heap:
    """The struct and array operators of one Wasm operator at `offset`."""

    def __init__(self, builder, offset: int):
        self.builder = builder
        self.offset = offset
        self.types = builder.env.module.types

    def one(self, opcode, args, ty, imm=None):
        return self.builder._emit(opcode, args, imm, (ty,), self.offset)[0]

    def const(self, value, ty="i32"):
        return self.one(ir.CONST, (), ty, value)

    def builtin(self, name, args):
        results = BUILTIN_SIGNATURES[name][1]
        return self.builder._emit(ir.BUILTIN, (self.builder.vmctx, *args), name, results, self.offset)

    def check(self, value, trap: TrapCode) -> None:
        self.builder._emit(ir.NULL_CHECK, (value,), int(trap), (), self.offset)

    def storage(self, type_index: int, field: int = 0) -> str:
        kind = self.types[type_index]
        return kind.fields[field].storage if isinstance(kind, StructType) else kind.element.storage

    def load(self, ref, addr, field_offset, storage, signed=False):
        opcode = _ACCESS.get(storage, (op.I64_LOAD,) * 2)[signed]
        ty = op.MEMORY_ACCESS[opcode].valtype if storage in _ACCESS else self.builder.env.representation(storage)
        return self.one(opcode, (addr, ref, self.const(_NO_BOUND, "i64")),
                        ty, (op.MEMORY_ACCESS[opcode], field_offset, None))

    def store(self, ref, addr, field_offset, storage, value) -> None:
        opcode = _ACCESS.get(storage, (None, None, op.I64_STORE))[2]
        if storage == "v128":
            raise NotImplementedError("no IR for v128 fields yet")
        self.builder._emit(opcode, (addr, value, ref, self.const(_NO_BOUND, "i64")),
                           (op.MEMORY_ACCESS[opcode], field_offset, None), (), self.offset)

    def element_addr(self, ref, index, storage):
        """The checked byte offset of element `index` of array `ref` (from ARRAY_DATA)."""
        self.check(ref, TrapCode.NULL_ARRAY_REFERENCE)
        length = self.load(ref, self.const(0), ARRAY_LENGTH, "i32")
        self.check(self.one(op.I32_LT_U, (index, length), "i32"), TrapCode.ARRAY_OUT_OF_BOUNDS)
        return self.one(op.I32_MUL, (index, self.const(storage_bytes(storage))), "i32")

    def as_i64(self, value):
        for opcode in _TO_I64.get(self.builder.f.value_type[value], ()):
            value = self.one(opcode, (value,), "i32" if opcode == op.I32_REINTERPRET_F32 else "i64")
        return value

    def allocate(self, type_index: int, length, keep=()):
        """A new zeroed object of type `type_index` (an array of i32 `length` elements, or a struct
        when length is None) with its header written; `keep`: operands live across it."""
        b = self.builder
        f = b.f
        is_array = length is not None
        if is_array:
            scaled = self.one(op.I64_MUL, (self.one(op.I64_EXTEND_I32_U, (length,), "i64"),
                                           self.const(storage_bytes(self.storage(type_index)), "i64")), "i64")
            size = self.one(op.I64_AND, (self.one(op.I64_ADD, (scaled, self.const(ARRAY_DATA + 7, "i64")), "i64"),
                                         self.const(-8 & 0xFFFF_FFFF_FFFF_FFFF, "i64")), "i64")  # 8-aligned
        else:
            storages = [field.storage for field in self.types[type_index].fields]
            size = self.const(struct_layout(storages)[1], "i64")
        store = b._emit(ir.STORE_PTR, (b.vmctx,), None, ("i64",))[0]
        top = _word_access(b, self.offset, store, STORE_GC_TOP, "i64")
        new_top = self.one(op.I64_ADD, (top, size), "i64")
        fits = self.one(op.I64_LE_U, (new_top, _word_access(b, self.offset, store, STORE_GC_END, "i64")), "i32")
        fast, slow = b._new_block(sealed=True), b._new_block(sealed=True)
        join = b._new_block(sealed=False)
        result = f.new_value("anyref")
        f.block_params[join].append(result)
        b._emit(ir.BRIF, (fits,), (b._edge(fast, ()), b._edge(slow, ())), offset=self.offset)
        b.block = fast
        _word_access(b, self.offset, store, STORE_GC_TOP, "i64", new_top)
        ids = _word_access(b, self.offset, b.vmctx, VMCTX_TYPE_IDS, "i64")
        type_id = _word_access(b, self.offset, ids, 4 * type_index, "i32")
        _word_access(b, self.offset, top, GC_TYPE_ID, "i32", type_id)
        _word_access(b, self.offset, top, GC_KIND, "i32", self.const(GC_KIND_ARRAY if is_array else GC_KIND_STRUCT))
        if is_array:
            _word_access(b, self.offset, top, ARRAY_LENGTH, "i32", length)
        b._emit(ir.JUMP, imm=b._edge(join, (top,)), offset=self.offset)
        b.block = slow
        b.roots.spill(keep, self.offset)
        allocated = self.builtin("gc.alloc", (self.const(type_index), length if is_array else self.const(0)))[0]
        b._emit(ir.JUMP, imm=b._edge(join, (allocated,)), offset=self.offset)
        b._seal(join)
        b.block = join
        return result

    def build(self, opcode: int, imm) -> None:  # noqa: C901 (one dispatch)
        b = self.builder
        stack = b.stack
        if opcode in (op.STRUCT_NEW, op.STRUCT_NEW_DEFAULT, op.STRUCT_NEW_DESC, op.STRUCT_NEW_DEFAULT_DESC):
            storages = [f.storage for f in self.types[imm].fields]
            described = opcode in (op.STRUCT_NEW_DESC, op.STRUCT_NEW_DEFAULT_DESC)
            descriptor = b._pop() if described else None
            values = b._pop_n(len(storages)) if opcode in (op.STRUCT_NEW, op.STRUCT_NEW_DESC) else []
            if described:
                self.check(descriptor, TrapCode.NULL_DESCRIPTOR_REFERENCE)
            ref = self.allocate(imm, None, [*values, descriptor] if described else values)
            offsets = struct_layout(storages)[0]
            for value, storage, field_offset in zip(values, storages, offsets):
                self.store(ref, self.const(0), field_offset, storage, value)
            if described:
                self.store(ref, self.const(0), GC_DESCRIPTOR, "anyref", descriptor)
            stack.append(ref)
        elif opcode == op.REF_GET_DESC:
            ref = b._pop()
            self.check(ref, TrapCode.NULL_REFERENCE)
            stack.append(self.load(ref, self.const(0), GC_DESCRIPTOR, "anyref"))
        elif opcode in (op.STRUCT_GET, op.STRUCT_GET_S, op.STRUCT_GET_U):
            type_index, field = imm
            ref = b._pop()
            self.check(ref, TrapCode.NULL_STRUCT_REFERENCE)
            storages = [f.storage for f in self.types[type_index].fields]
            field_offset = struct_layout(storages)[0][field]
            stack.append(self.load(ref, self.const(0), field_offset, storages[field], opcode == op.STRUCT_GET_S))
        elif opcode == op.STRUCT_SET:
            type_index, field = imm
            value = b._pop()
            ref = b._pop()
            self.check(ref, TrapCode.NULL_STRUCT_REFERENCE)
            storages = [f.storage for f in self.types[type_index].fields]
            self.store(ref, self.const(0), struct_layout(storages)[0][field], storages[field], value)
        elif opcode in (op.ARRAY_NEW, op.ARRAY_NEW_DEFAULT):
            length = b._pop()
            value = b._pop() if opcode == op.ARRAY_NEW else None
            ref = self.allocate(imm, length, () if value is None else (value,))
            if value is not None:
                self.builtin("array.fill", (ref, self.const(0), self.as_i64(value), length))
            stack.append(ref)
        elif opcode == op.ARRAY_NEW_FIXED:
            type_index, count = imm
            values = b._pop_n(count)
            storage = self.storage(type_index)
            ref = self.allocate(type_index, self.const(count), values)
            for index, value in enumerate(values):
                self.store(ref, self.const(0), ARRAY_DATA + index * storage_bytes(storage), storage, value)
            stack.append(ref)
        elif opcode in (op.ARRAY_NEW_DATA, op.ARRAY_NEW_ELEM):
            type_index, segment = imm
            length = b._pop()
            source = b._pop()
            name = "array.new_data" if opcode == op.ARRAY_NEW_DATA else "array.new_elem"
            b.roots.spill((), self.offset)
            stack.extend(self.builtin(name, (self.const(type_index), self.const(segment), source, length)))
        elif opcode in (op.ARRAY_GET, op.ARRAY_GET_S, op.ARRAY_GET_U):
            index = b._pop()
            ref = b._pop()
            storage = self.storage(imm)
            addr = self.element_addr(ref, index, storage)
            stack.append(self.load(ref, addr, ARRAY_DATA, storage, opcode == op.ARRAY_GET_S))
        elif opcode == op.ARRAY_SET:
            value = b._pop()
            index = b._pop()
            ref = b._pop()
            storage = self.storage(imm)
            self.store(ref, self.element_addr(ref, index, storage), ARRAY_DATA, storage, value)
        elif opcode == op.ARRAY_LEN:
            ref = b._pop()
            self.check(ref, TrapCode.NULL_ARRAY_REFERENCE)
            stack.append(self.load(ref, self.const(0), ARRAY_LENGTH, "i32"))
        elif opcode == op.ARRAY_FILL:
            array, dst, value, length = b._pop_n(4)
            self.builtin("array.fill", (array, dst, self.as_i64(value), length))
        elif opcode == op.ARRAY_COPY:
            self.builtin("array.copy", b._pop_n(5))
        else:  # array.init_data, array.init_elem
            name = "array.init_data" if opcode == op.ARRAY_INIT_DATA else "array.init_elem"
            self.builtin(name, (self.const(imm[1]), *b._pop_n(4)))
