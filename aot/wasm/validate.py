"""Wasm validator: checks a decoded `Module` against the spec's typing rules.

One pass per function with the spec's algorithm (an operand stack of value types,
a control stack of frames, stack polymorphism after unreachable/br/return/...), plus
the module-level rules: limits, constant expressions, imports/exports, start
function, element and data segments, declared function references.  Raises
`ValidationError(message, offset)` with the spec suite's message text.

Covers Wasm 3.0: 2.0 (with SIMD), relaxed SIMD, tail calls, exceptions, typed
function references, GC, multi-memory, memory64, extended constants and wide
arithmetic, threads -- the features whose `validate` flag is set in
features.FEATURES.  `validate_module` first raises features.UnsupportedFeature for a
module that uses any other feature (custom page sizes).
"""

from __future__ import annotations

import re

from . import opcodes as op
from .errors import ValidationError
from .features import require_supported
from .decode import ref_type_name
from .module import ArrayType, FuncBody, FuncType, Module, StructType

_NUMERIC_TYPES = ("i32", "i64", "f32", "f64", "v128", "i8", "i16")  # with the packed storage types
_TYPE_SIZE = {"i32": 4, "i64": 8, "f32": 4, "f64": 8}
MAX_PAGES_32 = 65536
MAX_PAGES_64 = 1 << 48
MAX_TABLE_32 = (1 << 32) - 1

# Operators with a fixed signature: opcode -> (operand types, result types).
SIGNATURES: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
# Loads and stores: opcode -> (value type, natural alignment log2).
MEMORY_ACCESS: dict[int, tuple[str, int]] = {}

_CONVERSION = re.compile(r"_(i32|i64|f32|f64)(_[su])?$")
_UNARY = {"clz", "ctz", "popcnt", "abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt",
          "extend8_s", "extend16_s", "extend32_s"}
_COMPARE = {"eq", "ne", "lt", "lt_s", "lt_u", "gt", "gt_s", "gt_u", "le", "le_s", "le_u", "ge", "ge_s", "ge_u"}


def _build_signatures() -> None:
    for code, name in op.OPCODE_NAMES.items():
        if not (0x45 <= code <= 0xC4 or 0xFC000 <= code <= 0xFC007):
            continue
        result, operation = name.split(".")
        conversion = _CONVERSION.search(operation)
        if conversion:
            SIGNATURES[code] = ((conversion.group(1),), (result,))
        elif operation == "eqz":
            SIGNATURES[code] = ((result,), ("i32",))
        elif operation in _COMPARE:
            SIGNATURES[code] = ((result, result), ("i32",))
        elif operation in _UNARY:
            SIGNATURES[code] = ((result,), (result,))
        else:
            SIGNATURES[code] = ((result, result), (result,))
    for code in range(op.I32_LOAD, op.I64_STORE32 + 1):
        valtype, operation = op.OPCODE_NAMES[code].split(".")
        digits = "".join(ch for ch in operation if ch.isdigit())
        size = int(digits) // 8 if digits else _TYPE_SIZE[valtype]
        MEMORY_ACCESS[code] = (valtype, size.bit_length() - 1)
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


# Atomic memory accesses: opcode -> (operand types after the address, result types, natural alignment log2).
ATOMICS: dict[int, tuple[tuple[str, ...], tuple[str, ...], int]] = {}


def _build_atomic_signatures() -> None:
    for code, name in op.OPCODE_NAMES.items():
        if not 0xFE000 <= code <= 0xFEFFF or code == op.ATOMIC_FENCE:
            continue
        if name.startswith("memory.atomic."):
            operation = name.rsplit(".", 1)[1]
            if operation == "notify":
                ATOMICS[code] = (("i32",), ("i32",), 2)
            else:  # wait32 / wait64
                expected = "i32" if operation == "wait32" else "i64"
                ATOMICS[code] = ((expected, "i64"), ("i32",), 2 if operation == "wait32" else 3)
            continue
        valtype, _, access = name.split(".", 2)
        digits = "".join(ch for ch in access.split(".")[0].split("_")[0] if ch.isdigit())
        size = int(digits) // 8 if digits else _TYPE_SIZE[valtype]
        natural = size.bit_length() - 1
        if access.startswith("load"):
            ATOMICS[code] = ((), (valtype,), natural)
        elif access.startswith("store"):
            ATOMICS[code] = ((valtype,), (), natural)
        elif access.endswith("cmpxchg") or access.endswith("cmpxchg_u"):
            ATOMICS[code] = ((valtype, valtype), (valtype,), natural)
        else:
            ATOMICS[code] = ((valtype,), (valtype,), natural)


_build_signatures()
_build_simd_signatures()
_build_atomic_signatures()
# SIGNATURES as (operand list, operand count, result list) for the validator's fast path.
_FAST_SIGNATURES = {code: (list(params), len(params), list(results))
                    for code, (params, results) in SIGNATURES.items() if code != op.I8X16_SHUFFLE}

_EXTENDED_CONST = {op.I32_ADD, op.I32_SUB, op.I32_MUL, op.I64_ADD, op.I64_SUB, op.I64_MUL}
_CONSTANT_OPS = {op.I32_CONST, op.I64_CONST, op.F32_CONST, op.F64_CONST, op.V128_CONST, op.REF_NULL,
                 op.REF_FUNC, op.GLOBAL_GET, op.STRUCT_NEW, op.STRUCT_NEW_DEFAULT, op.ARRAY_NEW,
                 op.ARRAY_NEW_DEFAULT, op.ARRAY_NEW_FIXED, op.REF_I31, op.ANY_CONVERT_EXTERN,
                 op.EXTERN_CONVERT_ANY} | _EXTENDED_CONST


def _fail(message: str, offset: int | None):
    raise ValidationError(message, offset)


def is_ref(valtype) -> bool:
    return valtype is not None and valtype not in _NUMERIC_TYPES


def _split_ref(valtype: str) -> tuple[bool, str]:
    """(nullable, heap type) of a reference type string."""
    if valtype.startswith("(ref "):
        inner = valtype[5:-1]
        if inner.startswith("null "):
            return True, inner[5:]
        return False, inner
    heap = valtype[:-3]
    return True, {"null": "none", "nullfunc": "nofunc", "nullextern": "noextern", "nullexn": "noexn"}.get(heap, heap)


_ABSTRACT_SUPERS = {"i31": "eq", "struct": "eq", "array": "eq", "eq": "any"}
_BOTTOMS = {"none": "any", "nofunc": "func", "noextern": "extern", "noexn": "exn"}


_TYPE_INDEX = re.compile(r"\(ref (?:null )?(\d+)\)")


def _canonical_type_ids(module: Module) -> list[int]:
    """Per type index, an id shared by exactly the types that are equivalent (the spec's
    iso-recursive equivalence: equal recursion groups, references within a group relative)."""
    canonical: list[int] = []
    groups: dict[tuple, int] = {}
    index = 0
    while index < len(module.types):
        start = module.subtypes[index].rec_group
        end = index + 1
        while end < len(module.types) and module.subtypes[end].rec_group == start:
            end += 1

        def relative(match, start=start, end=end):
            target = int(match.group(1))
            if start <= target < end:
                return match.group(0).replace(match.group(1), f"r{target - start}")
            return match.group(0).replace(match.group(1), f"c{canonical[target]}" if target < len(canonical) else "?")

        members = []
        for member in range(start, end):
            sub = module.subtypes[member]
            supers = tuple(f"r{s - start}" if start <= s < end else (canonical[s] if s < len(canonical) else "?")
                           for s in sub.supertypes)
            members.append((sub.final, supers, _TYPE_INDEX.sub(relative, repr(module.types[member]))))
        group_id = groups.setdefault(tuple(members), len(groups))
        canonical += [group_id * 0x10000 + offset for offset in range(end - start)]
        index = end
    return canonical


class _Types:
    """Subtyping between value types of one module."""

    def __init__(self, module: Module):
        self.module = module
        self.cache: dict[tuple[str, str], bool] = {}
        self.canonical = _canonical_type_ids(module)

    def is_subtype(self, sub, sup) -> bool:
        if sub == sup or sub is None or sup is None:
            return True
        if not is_ref(sub) or not is_ref(sup):
            return False
        key = (sub, sup)
        if key not in self.cache:
            sub_nullable, sub_heap = _split_ref(sub)
            sup_nullable, sup_heap = _split_ref(sup)
            self.cache[key] = (sup_nullable or not sub_nullable) and self._heap_subtype(sub_heap, sup_heap)
        return self.cache[key]

    def _heap_subtype(self, sub: str, sup: str) -> bool:
        canonical = self.canonical
        if sub in _BOTTOMS:
            return self.top(sup) == _BOTTOMS[sub]
        while sub != sup:
            if sub.isdigit() and sup.isdigit() and canonical[int(sub)] == canonical[int(sup)]:
                return True
            if sub.isdigit():
                index = int(sub)
                subtypes = self.module.subtypes
                if index < len(subtypes) and subtypes[index].supertypes:
                    sub = str(subtypes[index].supertypes[0])
                else:
                    sub = self._kind(index)
            elif sub in _ABSTRACT_SUPERS and not sup.isdigit():
                sub = _ABSTRACT_SUPERS[sub]
            else:
                return False
        return True

    def top(self, heap: str) -> str:
        """The top of the hierarchy heap type `heap` belongs to: "func", "extern", "exn" or "any"."""
        if heap.isdigit():
            return "func" if self._kind(int(heap)) == "func" else "any"
        if heap in _BOTTOMS:
            return _BOTTOMS[heap]
        return heap if heap in ("func", "extern", "exn") else "any"

    def _kind(self, index: int) -> str:
        kind = self.module.types[index] if index < len(self.module.types) else None
        if isinstance(kind, FuncType):
            return "func"
        return "struct" if isinstance(kind, StructType) else "array"


def _is_non_nullable(valtype: str) -> bool:
    return valtype.startswith("(ref ") and not valtype.startswith("(ref null ")


def _segment_type(elem) -> str:
    return elem.elem_type if elem.uses_exprs else "(ref func)"


class _Context:
    """The module's index spaces as the validator sees them."""

    def __init__(self, module: Module):
        self.module = module
        self.types = module.types
        self.funcs = module.func_type_indices()
        self.tables = module.table_types()
        self.memories = module.memory_types()
        self.globals = module.global_types()
        self.tags = module.tag_types()
        self.elem_types = [_segment_type(elem) for elem in module.elems]
        self.data_count = module.data_count if module.data_count is not None else len(module.datas)
        self.refs: set[int] = set()
        self.subtyping = _Types(module)

    def func_type(self, type_index: int, offset) -> FuncType:
        if type_index >= len(self.types) or not isinstance(self.types[type_index], FuncType):
            _fail(f"unknown type {type_index}", offset)
        return self.types[type_index]

    def check_value_type(self, valtype: str, offset, type_limit: int | None = None) -> None:
        if valtype.startswith("(ref"):
            heap = _split_ref(valtype)[1]
            if heap.isdigit() and int(heap) >= (len(self.types) if type_limit is None else type_limit):
                _fail(f"unknown type {heap}", offset)

    def block_type(self, block_type, offset) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if block_type is None:
            return (), ()
        if isinstance(block_type, str):
            self.check_value_type(block_type, offset)
            return (), (block_type,)
        func_type = self.func_type(block_type, offset)
        return func_type.params, func_type.results


def _check_limits(minimum: int, maximum, bound: int, size_message: str, offset) -> None:
    if minimum > bound or (maximum is not None and maximum > bound):
        _fail(size_message, offset)
    if maximum is not None and minimum > maximum:
        _fail("size minimum must not be greater than maximum", offset)


def _check_memory_type(memory, offset) -> None:
    if memory.is64:
        _check_limits(memory.min, memory.max, MAX_PAGES_64, "memory size must be at most 2^48 pages", offset)
    else:
        _check_limits(memory.min, memory.max, MAX_PAGES_32, "memory size must be at most 65536 pages (4GiB)",
                      offset)
    if memory.shared and memory.max is None:
        _fail("shared memory must have maximum", offset)


def _check_table_type(context: _Context, table, offset) -> None:
    bound = (1 << 64) - 1 if table.is64 else MAX_TABLE_32
    _check_limits(table.min, table.max, bound, "table size must be at most 2^32-1", offset)
    context.check_value_type(table.elem_type, offset)


def _check_tag_type(context: _Context, type_index: int, offset) -> None:
    if context.func_type(type_index, offset).results:
        _fail("non-empty tag result type", offset)


def _check_const_expr(context: _Context, expr, expected: str, global_limit: int) -> None:
    """Constant expression of type `expected`; global.get may use globals below `global_limit`."""
    for code, imm in zip(expr.ops, expr.imms):
        if code not in _CONSTANT_OPS:
            _fail("constant expression required", expr.offset)
        if code == op.GLOBAL_GET:
            if imm >= global_limit:
                _fail(f"unknown global {imm}", expr.offset)
            if context.globals[imm].mutable:
                _fail("constant expression required", expr.offset)
    if len(expr.ops) == 1 and expr.ops[0] == op.REF_FUNC:  # the common element segment item
        function = expr.imms[0]
        if function >= len(context.funcs):
            _fail(f"unknown function {function}", expr.offset)
        if not context.subtyping.is_subtype(f"(ref {context.funcs[function]})", expected):
            _fail("type mismatch", expr.offset)
        return
    count = len(expr.ops) + 1
    body = FuncBody(expr.offset, [], expr.ops + [op.END], expr.imms + [None], [expr.offset] * count)
    _FunctionValidator(context, FuncType((), (expected,)), body).run()


def _ref_null_type(context: _Context, heap, offset) -> str:
    if isinstance(heap, int):
        if heap >= len(context.types):
            _fail(f"unknown type {heap}", offset)
        return f"(ref null {heap})"
    return ref_type_name(True, heap)


def _collect_refs(context: _Context) -> None:
    module = context.module
    exprs = [glob.init for glob in module.globals]
    exprs += [table.init for table in module.tables if table.init is not None]
    for elem in module.elems:
        exprs += elem.items
    for expr in exprs:
        for code, imm in zip(expr.ops, expr.imms):
            if code == op.REF_FUNC:
                context.refs.add(imm)
    for export in module.exports:
        if export.kind == "func":
            context.refs.add(export.index)


def _rec_group_ends(module: Module) -> list[int]:
    """For each type index, the index just past its recursion group (the types it may name)."""
    ends = [len(module.types)] * len(module.types)
    for index in range(len(module.types) - 2, -1, -1):
        same_group = module.subtypes[index + 1].rec_group == module.subtypes[index].rec_group
        ends[index] = ends[index + 1] if same_group else index + 1
    return ends


def _storage_types(composite) -> tuple[str, ...]:
    if isinstance(composite, FuncType):
        return composite.params + composite.results
    if isinstance(composite, StructType):
        return tuple(field.storage for field in composite.fields)
    return (composite.element.storage,)


def _validate_type_definitions(context: _Context) -> None:
    module = context.module
    offset = module.section_offsets.get(1)
    group_ends = _rec_group_ends(module)
    for index, (composite, sub) in enumerate(zip(module.types, module.subtypes)):
        for valtype in _storage_types(composite):
            if valtype not in ("i8", "i16"):
                context.check_value_type(valtype, offset, group_ends[index])
        if len(sub.supertypes) > 1:
            _fail("sub type: multiple supertypes", offset)
        for supertype in sub.supertypes:
            if supertype >= index:
                _fail(f"unknown type {supertype}", offset)
            if module.subtypes[supertype].final or \
                    not _composite_matches(context.subtyping, composite, module.types[supertype]):
                _fail(f"sub type {index} does not match its supertype {supertype}", offset)


def _composite_matches(subtyping: "_Types", sub, sup) -> bool:
    is_subtype = subtyping.is_subtype
    if isinstance(sub, FuncType) and isinstance(sup, FuncType):
        return len(sub.params) == len(sup.params) and len(sub.results) == len(sup.results) \
            and all(map(is_subtype, sup.params, sub.params)) and all(map(is_subtype, sub.results, sup.results))
    if isinstance(sub, StructType) and isinstance(sup, StructType):
        return len(sub.fields) >= len(sup.fields) and \
            all(_field_matches(subtyping, a, b) for a, b in zip(sub.fields, sup.fields))
    if isinstance(sub, ArrayType) and isinstance(sup, ArrayType):
        return _field_matches(subtyping, sub.element, sup.element)
    return False


def _field_matches(subtyping: "_Types", sub, sup) -> bool:
    if sub.mutable != sup.mutable:
        return False
    forward = subtyping.is_subtype(sub.storage, sup.storage)
    return forward and (not sub.mutable or subtyping.is_subtype(sup.storage, sub.storage))


def _unpacked(storage: str) -> str:
    return "i32" if storage in ("i8", "i16") else storage


def _validate_declarations(context: _Context) -> None:
    module = context.module
    offsets = module.section_offsets
    _validate_type_definitions(context)
    for imp in module.imports:
        where = offsets.get(2)
        if imp.kind == "func":
            context.func_type(imp.desc, where)
        elif imp.kind == "tag":
            _check_tag_type(context, imp.desc, where)
        elif imp.kind == "table":
            _check_table_type(context, imp.desc, where)
        elif imp.kind == "memory":
            _check_memory_type(imp.desc, where)
        else:
            context.check_value_type(imp.desc.valtype, where)
    for type_index in module.funcs:
        context.func_type(type_index, offsets.get(3))
    for table in module.tables:
        _check_table_type(context, table.type, offsets.get(4))
        if table.init is not None:
            _check_const_expr(context, table.init, table.type.elem_type, len(context.globals) - len(module.globals))
        elif not table.type.elem_type.startswith("(ref null") and not table.type.elem_type.endswith("ref"):
            _fail("type mismatch", offsets.get(4))
    for memory in module.memories:
        _check_memory_type(memory, offsets.get(5))
    for type_index in module.tags:
        _check_tag_type(context, type_index, offsets.get(13))
    num_imported_globals = len(context.globals) - len(module.globals)
    for index, glob in enumerate(module.globals):
        context.check_value_type(glob.type.valtype, glob.init.offset)
        _check_const_expr(context, glob.init, glob.type.valtype, num_imported_globals + index)


def _validate_exports(context: _Context) -> None:
    spaces = {"func": ("function", context.funcs), "table": ("table", context.tables),
              "memory": ("memory", context.memories), "global": ("global", context.globals),
              "tag": ("tag", context.tags)}
    names: set[str] = set()
    offset = context.module.section_offsets.get(7)
    for export in context.module.exports:
        what, space = spaces[export.kind]
        if export.index >= len(space):
            _fail(f"unknown {what} {export.index}", offset)
        if export.name in names:
            _fail("duplicate export name", offset)
        names.add(export.name)


def _validate_start(context: _Context) -> None:
    start = context.module.start
    if start is None:
        return
    offset = context.module.section_offsets.get(8)
    if start >= len(context.funcs):
        _fail(f"unknown function {start}", offset)
    func_type = context.func_type(context.funcs[start], offset)
    if func_type.params or func_type.results:
        _fail("start function must have type [] -> []", offset)


def _validate_segments(context: _Context) -> None:
    module = context.module
    all_globals = len(context.globals)
    for elem in module.elems:
        elem_type = _segment_type(elem)
        context.check_value_type(elem_type, elem.offset)
        if elem.mode == "active":
            if elem.table >= len(context.tables):
                _fail(f"unknown table {elem.table}", elem.offset)
            table = context.tables[elem.table]
            _check_const_expr(context, elem.offset_expr, "i64" if table.is64 else "i32", all_globals)
            if not context.subtyping.is_subtype(elem_type, table.elem_type):
                _fail("type mismatch", elem.offset)
        for item in elem.items:
            _check_const_expr(context, item, elem_type, all_globals)
    for data in module.datas:
        if data.mode == "active":
            if data.memory >= len(context.memories):
                _fail(f"unknown memory {data.memory}", data.offset)
            address = "i64" if context.memories[data.memory].is64 else "i32"
            _check_const_expr(context, data.offset_expr, address, all_globals)


class _FunctionValidator:
    """The spec's validation algorithm for one function body."""

    def __init__(self, context: _Context, func_type: FuncType, body):
        self.context = context
        self.locals = list(func_type.params) + body.locals
        self.results = func_type.results
        self.body = body
        self.vals: list = []        # operand stack of value types; None is the unknown type
        self.frames: list = []      # [opcode, params, results, height, unreachable, init_log height]
        self.is_subtype = context.subtyping.is_subtype
        for valtype in set(body.locals):
            context.check_value_type(valtype, body.offset)
        # Non-defaultable locals must be set before use; sets are undone at the end of their block.
        first_local = len(func_type.params)
        unset = [index for index, valtype in enumerate(body.locals, first_local) if _is_non_nullable(valtype)]
        self.initialized = None
        self.init_log: list[int] = []
        if unset:
            self.initialized = [True] * len(self.locals)
            for index in unset:
                self.initialized[index] = False

    # --- operand and control stacks ---

    def mismatch(self, expected, actual):
        _fail(f"type mismatch: instruction requires [{expected or 'any'}] but stack has [{actual or ''}]",
              None)

    def pop(self, expected=None):
        vals = self.vals
        frame = self.frames[-1]
        if len(vals) == frame[3]:
            if frame[4]:
                return None
            self.mismatch(expected, None)
        actual = vals.pop()
        if expected is not None and actual != expected and not self.is_subtype(actual, expected):
            self.mismatch(expected, actual)
        return actual

    def pop_all(self, types) -> None:
        count = len(types)
        vals = self.vals
        if len(vals) - self.frames[-1][3] >= count and tuple(vals[len(vals) - count:]) == tuple(types):
            del vals[len(vals) - count:]
            return
        for valtype in reversed(types):
            self.pop(valtype)

    def push_frame(self, opcode: int, params, results) -> None:
        self.frames.append([opcode, params, results, len(self.vals), False, len(self.init_log)])
        self.vals.extend(params)

    def pop_frame(self):
        frame = self.frames[-1]
        self.pop_all(frame[2])
        if len(self.vals) != frame[3]:
            _fail("type mismatch: values remaining on stack at end of block", None)
        self.frames.pop()
        log = self.init_log
        while len(log) > frame[5]:
            self.initialized[log.pop()] = False
        return frame

    def set_unreachable(self) -> None:
        frame = self.frames[-1]
        del self.vals[frame[3]:]
        frame[4] = True

    def label_types(self, depth: int):
        if depth >= len(self.frames):
            _fail(f"unknown label {depth}", None)
        frame = self.frames[-1 - depth]
        return frame[1] if frame[0] == op.LOOP else frame[2]

    # --- index spaces ---

    def table(self, index: int):
        if index >= len(self.context.tables):
            _fail(f"unknown table {index}", None)
        return self.context.tables[index]

    def memory(self, index: int):
        if index >= len(self.context.memories):
            _fail(f"unknown memory {index}", None)
        return self.context.memories[index]

    def table_address(self, index: int) -> str:
        return "i64" if self.table(index).is64 else "i32"

    def memory_address(self, index: int) -> str:
        return "i64" if self.memory(index).is64 else "i32"

    def elem_type(self, index: int) -> str:
        if index >= len(self.context.elem_types):
            _fail(f"unknown elem segment {index}", None)
        return self.context.elem_types[index]

    def check_data(self, index: int) -> None:
        if index >= self.context.data_count:
            _fail(f"unknown data segment {index}", None)

    def tag(self, index: int) -> FuncType:
        if index >= len(self.context.tags):
            _fail(f"unknown tag {index}", None)
        return self.context.types[self.context.tags[index]]

    def callee(self, index: int) -> FuncType:
        if index >= len(self.context.funcs):
            _fail(f"unknown function {index}", None)
        return self.context.types[self.context.funcs[index]]

    # --- the instruction loop ---

    def run(self) -> None:
        body = self.body
        imms = body.imms
        vals = self.vals
        frames = self.frames
        dispatch = _DISPATCH
        pop = self.pop
        fast_signatures = _FAST_SIGNATURES
        locals_ = self.locals
        num_locals = len(locals_)
        plain_locals = self.initialized is None
        local_get, local_set = op.LOCAL_GET, op.LOCAL_SET
        self.push_frame(op.BLOCK, (), self.results)
        height = 0
        index = 0
        try:
            for index, code in enumerate(body.ops):
                signature = fast_signatures.get(code)
                if signature is None:
                    if plain_locals and code == local_get:
                        local = imms[index]
                        if local < num_locals:
                            vals.append(locals_[local])
                            continue
                    elif plain_locals and code == local_set:
                        local = imms[index]
                        if local < num_locals and len(vals) > height and vals[-1] == locals_[local]:
                            vals.pop()
                            continue
                    handler = dispatch.get(code)
                    if handler is None:
                        _fail(f"unsupported instruction {op.opcode_name(code)}", None)
                    handler(self, code, imms[index])
                    if frames:
                        height = frames[-1][3]
                    continue
                params, count, results = signature
                # Fast path: the operands are on the stack with exactly the expected types.
                if len(vals) - height >= count and vals[len(vals) - count:] == params:
                    del vals[len(vals) - count:]
                else:
                    for param in reversed(params):
                        pop(param)
                vals += results
        except ValidationError as error:
            if error.offset is None:
                error.offset = body.offsets[index]
            raise

    def memory_access(self, code: int, imm) -> None:
        valtype, natural = MEMORY_ACCESS[code]
        memory = self.memory(imm[2] if len(imm) == 3 else 0)
        if imm[0] > natural:
            _fail("alignment must not be larger than natural", None)
        if not memory.is64 and imm[1] > 0xFFFFFFFF:
            _fail("offset out of range", None)
        address = "i64" if memory.is64 else "i32"
        if code >= op.I32_STORE:
            self.pop(valtype)
            self.pop(address)
        else:
            self.pop(address)
            self.vals.append(valtype)

    def local_get(self, code: int, imm) -> None:
        if imm >= len(self.locals):
            _fail(f"unknown local {imm}", None)
        if self.initialized is not None and not self.initialized[imm]:
            _fail(f"uninitialized local {imm}", None)
        self.vals.append(self.locals[imm])

    def local_set(self, code: int, imm) -> None:
        if imm >= len(self.locals):
            _fail(f"unknown local {imm}", None)
        self.pop(self.locals[imm])
        if self.initialized is not None and not self.initialized[imm]:
            self.initialized[imm] = True
            self.init_log.append(imm)
        if code == op.LOCAL_TEE:
            self.vals.append(self.locals[imm])

    def global_access(self, code: int, imm) -> None:
        if imm >= len(self.context.globals):
            _fail(f"unknown global {imm}", None)
        global_type = self.context.globals[imm]
        if code == op.GLOBAL_GET:
            self.vals.append(global_type.valtype)
        else:
            if not global_type.mutable:
                _fail("immutable global", None)
            self.pop(global_type.valtype)

    def atomic(self, code: int, imm) -> None:
        if code == op.ATOMIC_FENCE:
            return
        operands, results, natural = ATOMICS[code]
        memory = self.memory(imm[2] if len(imm) == 3 else 0)
        if imm[0] != natural:
            _fail("atomic alignment must be natural", None)
        self.pop_all(operands)
        self.pop("i64" if memory.is64 else "i32")
        self.vals.extend(results)

    def end(self, code: int, imm) -> None:
        frame = self.pop_frame()
        if frame[0] == op.IF and not self._same_types(frame[1], frame[2]):
            _fail("type mismatch: if without else must not change the stack", None)
        self.vals.extend(frame[2])

    def block(self, code: int, imm) -> None:
        params, results = self.context.block_type(imm, None)
        if code == op.IF:
            self.pop("i32")
        self.pop_all(params)
        self.push_frame(code, params, results)

    def br_if(self, code: int, imm) -> None:
        self.pop("i32")
        types = self.label_types(imm)
        self.pop_all(types)
        self.vals.extend(types)

    def control(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.TRY_TABLE:
            block_type, catches = imm
            params, results = self.context.block_type(block_type, None)
            for catch_kind, tag, depth in catches:
                caught = self.tag(tag).params if catch_kind < 2 else ()
                if catch_kind & 1:
                    caught += ("(ref exn)",)
                if not self._same_types(caught, self.label_types(depth)):
                    _fail("type mismatch: catch clause does not match its label", None)
            self.pop_all(params)
            self.push_frame(code, params, results)
        elif code == op.THROW:
            self.pop_all(self.tag(imm).params)
            self.set_unreachable()
        elif code == op.THROW_REF:
            self.pop("exnref")
            self.set_unreachable()
        elif code == op.ELSE:
            if self.frames[-1][0] != op.IF:
                _fail("else without if", None)
            frame = self.pop_frame()
            self.push_frame(op.ELSE, frame[1], frame[2])
        elif code == op.BR:
            self.pop_all(self.label_types(imm))
            self.set_unreachable()
        elif code == op.BR_TABLE:
            depths, default = imm
            self.pop("i32")
            default_types = self.label_types(default)
            for depth in depths:
                types = self.label_types(depth)
                if len(types) != len(default_types):
                    _fail("type mismatch: br_table targets have different arities", None)
                popped = [self.pop(valtype) for valtype in reversed(types)]
                vals.extend(reversed(popped))
            self.pop_all(default_types)
            self.set_unreachable()
        elif code == op.RETURN:
            self.pop_all(self.results)
            self.set_unreachable()
        elif code == op.UNREACHABLE:
            self.set_unreachable()
        elif code == op.CALL:
            callee = self.callee(imm)
            self.pop_all(callee.params)
            vals.extend(callee.results)
        elif code == op.RETURN_CALL:
            self.return_call(self.callee(imm))
        elif code == op.RETURN_CALL_INDIRECT:
            self.return_call(self.indirect_callee(*imm))
        elif code == op.CALL_INDIRECT:
            callee = self.indirect_callee(*imm)
            self.pop_all(callee.params)
            vals.extend(callee.results)
        elif code == op.DROP:
            self.pop()
        elif code == op.SELECT:
            self.pop("i32")
            first = self.pop()
            second = self.pop()
            if is_ref(first) or is_ref(second):
                _fail("type mismatch: select without type needs numeric operands", None)
            if first is not None and second is not None and first != second:
                self.mismatch(first, second)
            vals.append(second if first is None else first)
        elif code == op.SELECT_T:
            if len(imm) != 1:
                _fail("invalid result arity", None)
            valtype = imm[0]
            self.context.check_value_type(valtype, None)
            self.pop("i32")
            self.pop(valtype)
            self.pop(valtype)
            vals.append(valtype)

    def indirect_callee(self, type_index: int, table_index: int) -> FuncType:
        table = self.table(table_index)
        if not self.is_subtype(table.elem_type, "funcref"):
            _fail("type mismatch: indirect call through a table that does not hold functions", None)
        callee = self.context.func_type(type_index, None)
        self.pop("i64" if table.is64 else "i32")
        return callee

    def return_call(self, callee: FuncType) -> None:
        if not self._same_types(callee.results, self.results):
            _fail("type mismatch: tail call to a function with other results", None)
        self.pop_all(callee.params)
        self.set_unreachable()

    def _same_types(self, params, results) -> bool:
        return len(params) == len(results) and all(map(self.is_subtype, params, results))

    def table_instruction(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.TABLE_GET:
            table = self.table(imm)
            self.pop(self.table_address(imm))
            vals.append(table.elem_type)
        elif code == op.TABLE_SET:
            table = self.table(imm)
            self.pop(table.elem_type)
            self.pop(self.table_address(imm))
        elif code == op.TABLE_SIZE:
            vals.append(self.table_address(imm))
        elif code == op.TABLE_GROW:
            table = self.table(imm)
            address = self.table_address(imm)
            self.pop(address)
            self.pop(table.elem_type)
            vals.append(address)
        elif code == op.TABLE_FILL:
            table = self.table(imm)
            address = self.table_address(imm)
            self.pop(address)
            self.pop(table.elem_type)
            self.pop(address)
        elif code == op.TABLE_COPY:
            destination, source = imm
            destination_type = self.table(destination)
            source_type = self.table(source)
            if not self.is_subtype(source_type.elem_type, destination_type.elem_type):
                _fail("type mismatch: table.copy between incompatible tables", None)
            both64 = destination_type.is64 and source_type.is64
            self.pop("i64" if both64 else "i32")
            self.pop(self.table_address(source))
            self.pop(self.table_address(destination))
        elif code == op.TABLE_INIT:
            segment, table_index = imm
            table = self.table(table_index)
            elem_type = self.elem_type(segment)
            if not self.is_subtype(elem_type, table.elem_type):
                _fail("type mismatch: table.init of an incompatible segment", None)
            self.pop("i32")
            self.pop("i32")
            self.pop(self.table_address(table_index))
        elif code == op.ELEM_DROP:
            self.elem_type(imm)

    def pop_ref(self):
        reference = self.pop()
        if reference is not None and not is_ref(reference):
            _fail(f"type mismatch: instruction requires a reference but stack has [{reference}]", None)
        return reference

    @staticmethod
    def non_null(reference):
        return None if reference is None else ref_type_name(False, _split_ref(reference)[1])

    # --- GC ---

    def composite(self, index: int, kind):
        if index >= len(self.context.types):
            _fail(f"unknown type {index}", None)
        composite = self.context.types[index]
        if not isinstance(composite, kind):
            _fail(f"type mismatch: type {index} is not a {kind.__name__}", None)
        return composite

    def field(self, type_index: int, field_index: int):
        fields = self.composite(type_index, StructType).fields
        if field_index >= len(fields):
            _fail(f"unknown field {field_index}", None)
        return fields[field_index]

    def mutable_array(self, index: int):
        element = self.composite(index, ArrayType).element
        if not element.mutable:
            _fail("immutable array", None)
        return element

    def heap_ref(self, nullable: bool, heap) -> str:
        if isinstance(heap, int) and heap >= len(self.context.types):
            _fail(f"unknown type {heap}", None)
        return ref_type_name(nullable, heap)

    def check_packing(self, storage: str, signed_or_unsigned: bool) -> None:
        if (storage in ("i8", "i16")) != signed_or_unsigned:
            _fail("type mismatch: packed fields need get_s/get_u, others get", None)

    def check_numeric_array(self, element) -> None:
        if is_ref(element.storage):
            _fail("array type is not numeric or vector", None)

    def gc(self, code: int, imm) -> None:
        vals = self.vals
        pop = self.pop
        if code == op.STRUCT_NEW or code == op.STRUCT_NEW_DEFAULT:
            fields = self.composite(imm, StructType).fields
            if code == op.STRUCT_NEW:
                for field in reversed(fields):
                    pop(_unpacked(field.storage))
            elif any(_is_non_nullable(field.storage) for field in fields):
                _fail("type mismatch: field type is not defaultable", None)
            vals.append(f"(ref {imm})")
        elif code in (op.STRUCT_GET, op.STRUCT_GET_S, op.STRUCT_GET_U):
            field = self.field(*imm)
            self.check_packing(field.storage, code != op.STRUCT_GET)
            pop(f"(ref null {imm[0]})")
            vals.append(_unpacked(field.storage))
        elif code == op.STRUCT_SET:
            field = self.field(*imm)
            if not field.mutable:
                _fail("immutable field", None)
            pop(_unpacked(field.storage))
            pop(f"(ref null {imm[0]})")
        elif code in (op.ARRAY_NEW, op.ARRAY_NEW_DEFAULT, op.ARRAY_NEW_FIXED, op.ARRAY_NEW_DATA, op.ARRAY_NEW_ELEM):
            index = imm[0] if isinstance(imm, tuple) else imm
            element = self.composite(index, ArrayType).element
            if code == op.ARRAY_NEW:
                pop("i32")
                pop(_unpacked(element.storage))
            elif code == op.ARRAY_NEW_DEFAULT:
                if _is_non_nullable(element.storage):
                    _fail("type mismatch: array element type is not defaultable", None)
                pop("i32")
            elif code == op.ARRAY_NEW_FIXED:
                for _ in range(imm[1]):
                    pop(_unpacked(element.storage))
            else:
                if code == op.ARRAY_NEW_DATA:
                    self.check_numeric_array(element)
                    self.check_data(imm[1])
                elif not self.is_subtype(self.elem_type(imm[1]), element.storage):
                    _fail("type mismatch: element segment does not fit the array", None)
                pop("i32")
                pop("i32")
            vals.append(f"(ref {index})")
        elif code in (op.ARRAY_GET, op.ARRAY_GET_S, op.ARRAY_GET_U):
            element = self.composite(imm, ArrayType).element
            self.check_packing(element.storage, code != op.ARRAY_GET)
            pop("i32")
            pop(f"(ref null {imm})")
            vals.append(_unpacked(element.storage))
        elif code == op.ARRAY_SET or code == op.ARRAY_FILL:
            element = self.mutable_array(imm)
            if code == op.ARRAY_FILL:
                pop("i32")
            pop(_unpacked(element.storage))
            pop("i32")
            pop(f"(ref null {imm})")
        elif code == op.ARRAY_LEN:
            pop("arrayref")
            vals.append("i32")
        elif code == op.ARRAY_COPY:
            destination = self.mutable_array(imm[0])
            source = self.composite(imm[1], ArrayType).element
            if not self.is_subtype(source.storage, destination.storage):
                _fail("array types do not match", None)
            pop("i32")
            pop("i32")
            pop(f"(ref null {imm[1]})")
            pop("i32")
            pop(f"(ref null {imm[0]})")
        elif code == op.ARRAY_INIT_DATA or code == op.ARRAY_INIT_ELEM:
            element = self.mutable_array(imm[0])
            if code == op.ARRAY_INIT_DATA:
                self.check_numeric_array(element)
                self.check_data(imm[1])
            elif not self.is_subtype(self.elem_type(imm[1]), element.storage):
                _fail("type mismatch: element segment does not fit the array", None)
            pop("i32")
            pop("i32")
            pop("i32")
            pop(f"(ref null {imm[0]})")
        elif code in (op.REF_TEST, op.REF_TEST_NULL, op.REF_CAST, op.REF_CAST_NULL):
            target = self.heap_ref(code in (op.REF_TEST_NULL, op.REF_CAST_NULL), imm)
            pop(ref_type_name(True, self.context.subtyping.top(str(imm))))
            vals.append("i32" if code in (op.REF_TEST, op.REF_TEST_NULL) else target)
        elif code == op.BR_ON_CAST or code == op.BR_ON_CAST_FAIL:
            flags, depth, source_heap, target_heap = imm
            source = self.heap_ref(bool(flags & 1), source_heap)
            target = self.heap_ref(bool(flags & 2), target_heap)
            if not self.is_subtype(target, source):
                _fail("type mismatch: cast target is not a subtype of its source", None)
            remainder = ref_type_name(bool(flags & 1) and not flags & 2, source_heap)
            branch, fallthrough = (target, remainder) if code == op.BR_ON_CAST else (remainder, target)
            types = self.label_types(depth)
            if not types or not self.is_subtype(branch, types[-1]):
                _fail("type mismatch: cast result does not fit the label", None)
            pop(source)
            self.pop_all(types[:-1])
            vals.extend(types[:-1])
            vals.append(fallthrough)
        elif code == op.ANY_CONVERT_EXTERN or code == op.EXTERN_CONVERT_ANY:
            source, target = ("externref", "any") if code == op.ANY_CONVERT_EXTERN else ("anyref", "extern")
            reference = pop(source)
            vals.append(ref_type_name(reference is None or _split_ref(reference)[0], target))
        elif code == op.REF_I31:
            pop("i32")
            vals.append("(ref i31)")
        elif code == op.I31_GET_S or code == op.I31_GET_U:
            pop("i31ref")
            vals.append("i32")
        else:
            _fail(f"unsupported instruction {op.opcode_name(code)}", None)

    def simd(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.I8X16_SHUFFLE:
            if max(imm) >= 32:
                _fail("invalid lane index", None)
            self.pop("v128")
            self.pop("v128")
            vals.append("v128")
        elif code in SIMD_LANES:
            lanes, scalar, replace = SIMD_LANES[code]
            if imm >= lanes:
                _fail("invalid lane index", None)
            if replace:
                self.pop(scalar)
            self.pop("v128")
            vals.append("v128" if replace else scalar)
        elif code in SIMD_MEMORY:
            natural, lanes, store = SIMD_MEMORY[code]
            memarg = imm[0] if lanes else imm
            memory = self.memory(memarg[2] if len(memarg) == 3 else 0)
            if lanes and imm[1] >= lanes:
                _fail("invalid lane index", None)
            if memarg[0] > natural:
                _fail("alignment must not be larger than natural", None)
            if not memory.is64 and memarg[1] > 0xFFFFFFFF:
                _fail("offset out of range", None)
            if lanes or store:
                self.pop("v128")
            self.pop("i64" if memory.is64 else "i32")
            if not store:
                vals.append("v128")
        else:
            _fail(f"unsupported instruction {op.opcode_name(code)}", None)

    def other(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.MEMORY_SIZE:
            vals.append(self.memory_address(imm))
        elif code == op.MEMORY_GROW:
            address = self.memory_address(imm)
            self.pop(address)
            vals.append(address)
        elif code == op.MEMORY_FILL:
            address = self.memory_address(imm)
            self.pop(address)
            self.pop("i32")
            self.pop(address)
        elif code == op.MEMORY_COPY:
            destination, source = imm
            destination_address = self.memory_address(destination)
            source_address = self.memory_address(source)
            both64 = destination_address == source_address == "i64"
            self.pop("i64" if both64 else "i32")
            self.pop(source_address)
            self.pop(destination_address)
        elif code == op.MEMORY_INIT:
            segment, memory = imm
            address = self.memory_address(memory)
            self.check_data(segment)
            self.pop("i32")
            self.pop("i32")
            self.pop(address)
        elif code == op.DATA_DROP:
            self.check_data(imm)
        elif code == op.REF_NULL:
            vals.append(_ref_null_type(self.context, imm, None))
        elif code == op.REF_IS_NULL:
            self.pop_ref()
            vals.append("i32")
        elif code == op.CALL_REF or code == op.RETURN_CALL_REF:
            callee = self.context.func_type(imm, None)
            self.pop(f"(ref null {imm})")
            if code == op.RETURN_CALL_REF:
                self.return_call(callee)
            else:
                self.pop_all(callee.params)
                vals.extend(callee.results)
        elif code == op.REF_AS_NON_NULL:
            vals.append(self.non_null(self.pop_ref()))
        elif code == op.BR_ON_NULL:
            reference = self.pop_ref()
            types = self.label_types(imm)
            self.pop_all(types)
            vals.extend(types)
            vals.append(self.non_null(reference))
        elif code == op.BR_ON_NON_NULL:
            reference = self.pop_ref()
            types = self.label_types(imm)
            if not types:
                _fail("type mismatch: br_on_non_null needs a label with a reference result", None)
            vals.append(self.non_null(reference))
            self.pop_all(types)
            vals.extend(types[:-1])
        elif code == op.REF_EQ:
            self.pop("eqref")
            self.pop("eqref")
            vals.append("i32")
        elif code == op.REF_FUNC:
            self.callee(imm)
            if imm not in self.context.refs:
                _fail("undeclared function reference", None)
            vals.append(f"(ref {self.context.funcs[imm]})")
        else:
            _fail(f"unsupported instruction {op.opcode_name(code)}", None)


_CONTROL = {op.TRY_TABLE, op.THROW, op.THROW_REF, op.UNREACHABLE, op.ELSE, op.BR, op.BR_TABLE, op.RETURN,
            op.CALL, op.CALL_INDIRECT, op.RETURN_CALL, op.RETURN_CALL_INDIRECT, op.DROP, op.SELECT, op.SELECT_T}
_TABLE_OPS = {op.TABLE_GET, op.TABLE_SET, op.TABLE_SIZE, op.TABLE_GROW, op.TABLE_FILL, op.TABLE_COPY,
              op.TABLE_INIT, op.ELEM_DROP}



def _build_dispatch() -> dict:
    """Opcode -> _FunctionValidator method for every instruction without a fixed signature."""
    V = _FunctionValidator
    dispatch = {code: V.memory_access for code in MEMORY_ACCESS}
    dispatch.update({code: V.control for code in _CONTROL})
    dispatch.update({code: V.table_instruction for code in _TABLE_OPS})
    dispatch.update({code: V.atomic for code in ATOMICS})
    dispatch[op.ATOMIC_FENCE] = V.atomic
    for code in op.OPCODE_NAMES:
        if 0xFD000 <= code < 0xFE000 and code not in _FAST_SIGNATURES:
            dispatch[code] = V.simd
        elif 0xFB000 <= code < 0xFC000:
            dispatch[code] = V.gc
    for code in (op.MEMORY_SIZE, op.MEMORY_GROW, op.MEMORY_FILL, op.MEMORY_COPY, op.MEMORY_INIT, op.DATA_DROP,
                 op.REF_NULL, op.REF_IS_NULL, op.REF_FUNC, op.REF_EQ, op.CALL_REF, op.RETURN_CALL_REF,
                 op.REF_AS_NON_NULL, op.BR_ON_NULL, op.BR_ON_NON_NULL):
        dispatch[code] = V.other
    dispatch.update({op.LOCAL_GET: V.local_get, op.LOCAL_SET: V.local_set, op.LOCAL_TEE: V.local_set,
                     op.GLOBAL_GET: V.global_access, op.GLOBAL_SET: V.global_access,
                     op.END: V.end, op.BLOCK: V.block, op.LOOP: V.block, op.IF: V.block, op.BR_IF: V.br_if})
    return dispatch


_DISPATCH = _build_dispatch()


def validate_module(module: Module) -> None:
    """Raise ValidationError if `module` is not valid (UnsupportedFeature if it needs a
    feature this validator does not implement)."""
    require_supported(module.features, "validate")
    context = _Context(module)
    _collect_refs(context)
    _validate_declarations(context)
    _validate_exports(context)
    _validate_start(context)
    _validate_segments(context)
    for type_index, body in zip(module.funcs, module.codes):
        _FunctionValidator(context, context.func_type(type_index, body.offset), body).run()
