"""Wasm validator, module level: checks a decoded `Module` against the spec's rules.

Type definitions (subtypes, rec groups), imports, the limits of memories and tables
(64-bit ones too, and memories' custom page sizes), tags, globals and their constant expressions, exports, the start
function, element and data segments and declared function references, custom descriptors'
describes and descriptor clauses; every function
body goes to validate_code.FunctionValidator.  Raises `ValidationError(message,
offset)` with the spec suite's message text.

Covers Wasm 3.0: 2.0 (with SIMD), relaxed SIMD, tail calls, exceptions, typed
function references, GC, multi-memory, memory64, extended constants, wide
arithmetic, custom page sizes, threads, custom descriptors -- the features whose `validate` flag is set in
features.FEATURES.  `validate_module` first raises features.UnsupportedFeature for a
module that uses any other feature.
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import PAGE_SIZE_LOG2, PAGE_SIZE_LOG2S, max_memory_pages

from . import opcodes as op
from .context import ValidationContext, fail, segment_type
from .dialect import WASM3, Dialect
from .errors import ValidationError
from .features import require_supported
from .module import FuncBody, FuncType, Module, StructType
from .subtyping import composite_matches
from .validate_code import FunctionValidator

MAX_TABLE_32 = (1 << 32) - 1

_EXTENDED_CONST = {op.I32_ADD, op.I32_SUB, op.I32_MUL, op.I64_ADD, op.I64_SUB, op.I64_MUL}
_CONSTANT_OPS = {op.I32_CONST, op.I64_CONST, op.F32_CONST, op.F64_CONST, op.V128_CONST, op.REF_NULL,
                 op.REF_FUNC, op.GLOBAL_GET, op.STRUCT_NEW, op.STRUCT_NEW_DEFAULT, op.STRUCT_NEW_DESC,
                 op.STRUCT_NEW_DEFAULT_DESC, op.ARRAY_NEW,
                 op.ARRAY_NEW_DEFAULT, op.ARRAY_NEW_FIXED, op.REF_I31, op.ANY_CONVERT_EXTERN,
                 op.EXTERN_CONVERT_ANY} | _EXTENDED_CONST


def _check_limits(minimum: int, maximum, bound: int, size_message: str, offset) -> None:
    if minimum > bound or (maximum is not None and maximum > bound):
        fail(size_message, offset)
    if maximum is not None and minimum > maximum:
        fail("size minimum must not be greater than maximum", offset)


def _check_memory_type(memory, offset) -> None:
    if memory.page_size_log2 not in PAGE_SIZE_LOG2S:
        fail("invalid custom page size", offset)
    bound = max_memory_pages(memory.is64, memory.page_size_log2)
    if memory.page_size_log2 != PAGE_SIZE_LOG2:
        _check_limits(memory.min, memory.max, bound, f"memory size must be at most {bound} pages", offset)
    elif memory.is64:
        _check_limits(memory.min, memory.max, bound, "memory size must be at most 2^48 pages", offset)
    else:
        _check_limits(memory.min, memory.max, bound, "memory size must be at most 65536 pages (4GiB)", offset)
    if memory.shared and memory.max is None:
        fail("shared memory must have maximum", offset)


def _check_table_type(context: ValidationContext, table, offset) -> None:
    bound = (1 << 64) - 1 if table.is64 else MAX_TABLE_32
    _check_limits(table.min, table.max, bound, "table size must be at most 2^32-1", offset)
    context.check_value_type(table.elem_type, offset)


def _check_tag_type(context: ValidationContext, type_index: int, offset) -> None:
    if context.func_type(type_index, offset).results:
        fail("non-empty tag result type", offset)


def _check_const_expr(context: ValidationContext, expr, expected: str, global_limit: int) -> None:
    """Constant expression of type `expected`; global.get may use globals below `global_limit`."""
    for code, imm in zip(expr.ops, expr.imms):
        if code not in _CONSTANT_OPS:
            fail("constant expression required", expr.offset)
        if code == op.GLOBAL_GET:
            if imm >= global_limit:
                fail(f"unknown global {imm}", expr.offset)
            if context.globals[imm].mutable:
                fail("constant expression required", expr.offset)
    if len(expr.ops) == 1 and expr.ops[0] == op.REF_FUNC:  # the common element segment item
        function = expr.imms[0]
        if function >= len(context.funcs):
            fail(f"unknown function {function}", expr.offset)
        if not context.subtyping.is_subtype(context.func_ref_type(function), expected):
            fail("type mismatch", expr.offset)
        return
    count = len(expr.ops) + 1
    body = FuncBody(expr.offset, [], expr.ops + [op.END], expr.imms + [None], [expr.offset] * count)
    FunctionValidator(context, FuncType((), (expected,)), body).run()



def _collect_refs(context: ValidationContext) -> None:
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


def _check_descriptor_clauses(module: Module, index: int, group_end: int, offset) -> None:
    """Type `index`'s describes and descriptor clauses name struct types of its own recursion
    group that name it back; a described type comes before its descriptor."""
    sub = module.subtypes[index]
    if sub.describes is not None:
        if not sub.rec_group <= sub.describes < group_end:
            fail("described type is outside rec group", offset)
        if sub.describes >= index:
            fail("forward use of described type", offset)
        if module.subtypes[sub.describes].descriptor != index:
            fail("described type is not described by descriptor", offset)
        if not isinstance(module.types[index], StructType):
            fail("described type must be a struct", offset)
    if sub.descriptor is not None:
        if not sub.rec_group <= sub.descriptor < group_end:
            fail("descriptor type is outside rec group", offset)
        if module.subtypes[sub.descriptor].describes != index:
            fail("type is not described by its descriptor", offset)
        if not isinstance(module.types[index], StructType):
            fail("descriptor type must be a struct", offset)


def _check_supertype(context: ValidationContext, index: int, supertype: int, offset) -> None:
    """Type `index` matches its declared `supertype`: not final, composite types matching, and
    custom descriptors' rules: a supertype with a descriptor (a describes clause) needs one in the
    subtype too, the subtype's descriptor matching the supertype's, and a describes clause in a
    subtype only if the supertype has one, naming a subtype of the type the supertype describes."""
    module = context.module
    sub, sup = module.subtypes[index], module.subtypes[supertype]
    if sup.final or not composite_matches(context.subtyping, module.types[index], module.types[supertype]) \
            or (sup.descriptor is not None and sub.descriptor is None) \
            or (sub.describes is None) != (sup.describes is None):
        fail(f"sub type {index} does not match super type {supertype}", offset)
    is_subtype = context.subtyping.is_subtype
    if sup.descriptor is not None and not is_subtype(f"(ref {sub.descriptor})", f"(ref {sup.descriptor})"):
        fail(f"descriptor type {sub.descriptor} does not match", offset)
    if sup.describes is not None and not is_subtype(f"(ref {sub.describes})", f"(ref {sup.describes})"):
        fail(f"described type {sub.describes} does not match", offset)


def _validate_type_definitions(context: ValidationContext) -> None:
    module = context.module
    section_offset = module.section_offsets.get(1)
    group_ends = _rec_group_ends(module)
    for index, (composite, sub) in enumerate(zip(module.types, module.subtypes)):
        offset = section_offset if sub.offset is None else sub.offset
        for valtype in _storage_types(composite):
            if valtype not in ("i8", "i16"):
                context.check_value_type(valtype, offset, group_ends[index])
        _check_descriptor_clauses(module, index, group_ends[index], offset)
        if len(sub.supertypes) > 1:
            fail("sub type: multiple supertypes", offset)
        for supertype in sub.supertypes:
            if supertype >= index:
                fail(f"unknown type {supertype}", offset)
            _check_supertype(context, index, supertype, offset)


def _validate_declarations(context: ValidationContext) -> None:
    module = context.module
    offsets = module.section_offsets
    _validate_type_definitions(context)
    for imp in module.imports:
        where = offsets.get(2) if imp.offset is None else imp.offset
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
        where = offsets.get(4) if table.offset is None else table.offset
        _check_table_type(context, table.type, where)
        if table.init is not None:
            _check_const_expr(context, table.init, table.type.elem_type, len(context.globals) - len(module.globals))
        elif not table.type.elem_type.startswith("(ref null") and not table.type.elem_type.endswith("ref"):
            fail("type mismatch", where)
    for memory in module.memories:
        _check_memory_type(memory, offsets.get(5))
    for type_index in module.tags:
        _check_tag_type(context, type_index, offsets.get(13))
    num_imported_globals = len(context.globals) - len(module.globals)
    for index, glob in enumerate(module.globals):
        context.check_value_type(glob.type.valtype, glob.init.offset)
        _check_const_expr(context, glob.init, glob.type.valtype, num_imported_globals + index)


def _validate_exports(context: ValidationContext) -> None:
    spaces = {"func": ("function", context.funcs), "table": ("table", context.tables),
              "memory": ("memory", context.memories), "global": ("global", context.globals),
              "tag": ("tag", context.tags)}
    names: set[str] = set()
    section_offset = context.module.section_offsets.get(7)
    for export in context.module.exports:
        offset = section_offset if export.offset is None else export.offset
        what, space = spaces[export.kind]
        if export.index >= len(space):
            fail(f"unknown {what} {export.index}", offset)
        if export.name in names:
            fail("duplicate export name", offset)
        names.add(export.name)


def _validate_start(context: ValidationContext) -> None:
    start = context.module.start
    if start is None:
        return
    offset = context.module.section_offsets.get(8)
    if start >= len(context.funcs):
        fail(f"unknown function {start}", offset)
    func_type = context.func_type(context.funcs[start], offset)
    if func_type.params or func_type.results:
        fail("start function must have type [] -> []", offset)


def _validate_segments(context: ValidationContext) -> None:
    module = context.module
    all_globals = len(context.globals)
    for elem in module.elems:
        elem_type = segment_type(elem)
        context.check_value_type(elem_type, elem.offset)
        if elem.mode == "active":
            if elem.table >= len(context.tables):
                fail(f"unknown table {elem.table}", elem.offset)
            table = context.tables[elem.table]
            _check_const_expr(context, elem.offset_expr, "i64" if table.is64 else "i32", all_globals)
            if not context.subtyping.is_subtype(elem_type, table.elem_type):
                fail("type mismatch", elem.offset)
        for item in elem.items:
            _check_const_expr(context, item, elem_type, all_globals)
    for data in module.datas:
        if data.mode == "active":
            if data.memory >= len(context.memories):
                fail(f"unknown memory {data.memory}", data.offset)
            address = "i64" if context.memories[data.memory].is64 else "i32"
            _check_const_expr(context, data.offset_expr, address, all_globals)




def validate_module(module: Module, dialect: Dialect = WASM3) -> None:
    """Raise ValidationError if `module` is not valid under `dialect`'s rules (Wasm 3.0's by
    default; UnsupportedFeature if it needs a feature this validator does not implement)."""
    require_supported(module.features, "validate")
    context = ValidationContext(module, dialect)
    if dialect.single_memory and len(context.memories) > 1:
        raise ValidationError("multiple memories", module.section_offsets.get(5))
    if dialect.single_table and len(context.tables) > 1:
        raise ValidationError("multiple tables", module.section_offsets.get(4))
    _collect_refs(context)
    _validate_declarations(context)
    _validate_exports(context)
    _validate_start(context)
    _validate_segments(context)
    for func_index, (type_index, body) in enumerate(zip(module.funcs, module.codes), module.num_imported_funcs):
        try:
            FunctionValidator(context, context.func_type(type_index, body.offset), body).run()
        except ValidationError as error:
            name = module.names.get(func_index)
            error.function = f"function {func_index}" + (f" (${name})" if name is not None else "")
            raise
