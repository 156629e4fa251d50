"""Wasm validator: checks a decoded `Module` against the spec's typing rules.

One pass per function with the spec's algorithm (an operand stack of value types,
a control stack of frames, stack polymorphism after unreachable/br/return/...), plus
the module-level rules: limits, constant expressions, imports/exports, start
function, element and data segments, declared function references.  Raises
`ValidationError(message, offset)` with the spec suite's message text.

Covers Wasm 2.0 without SIMD (the features whose `validate` flag is set in
features.FEATURES); `validate_module` first raises features.UnsupportedFeature for
a module that uses any other feature.
"""

from __future__ import annotations

import re

from . import opcodes as op
from .errors import ValidationError
from .features import require_supported
from .decode import ref_type_name
from .module import FuncType, Module, StructType

_NUMERIC_TYPES = ("i32", "i64", "f32", "f64", "v128")
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


_build_signatures()

_EXTENDED_CONST = {op.I32_ADD, op.I32_SUB, op.I32_MUL, op.I64_ADD, op.I64_SUB, op.I64_MUL}
_CONSTANT_OPS = {op.I32_CONST, op.I64_CONST, op.F32_CONST, op.F64_CONST, op.V128_CONST, op.REF_NULL,
                 op.REF_FUNC, op.GLOBAL_GET} | _EXTENDED_CONST


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


_ABSTRACT_SUPERS = {"none": "any", "i31": "eq", "struct": "eq", "array": "eq", "eq": "any",
                    "nofunc": "func", "noextern": "extern", "noexn": "exn"}


class _Types:
    """Subtyping between value types of one module."""

    def __init__(self, module: Module):
        self.module = module
        self.cache: dict[tuple[str, str], bool] = {}

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
        while sub != sup:
            if sub.isdigit():
                index = int(sub)
                subtypes = self.module.subtypes
                if index < len(subtypes) and subtypes[index].supertypes:
                    sub = str(subtypes[index].supertypes[0])
                else:
                    sub = self._kind(index)
            elif sup.isdigit():
                return sub == ("nofunc" if self._kind(int(sup)) == "func" else "none")
            elif sub in _ABSTRACT_SUPERS:
                sub = _ABSTRACT_SUPERS[sub]
            else:
                return False
        return True

    def _kind(self, index: int) -> str:
        kind = self.module.types[index] if index < len(self.module.types) else None
        if isinstance(kind, FuncType):
            return "func"
        return "struct" if isinstance(kind, StructType) else "array"


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
        self.elem_types = [elem.elem_type for elem in module.elems]
        self.data_count = module.data_count if module.data_count is not None else len(module.datas)
        self.refs: set[int] = set()
        self.subtyping = _Types(module)

    def func_type(self, type_index: int, offset) -> FuncType:
        if type_index >= len(self.types) or not isinstance(self.types[type_index], FuncType):
            _fail(f"unknown type {type_index}", offset)
        return self.types[type_index]

    def check_value_type(self, valtype: str, offset) -> None:
        if valtype.startswith("(ref"):
            heap = _split_ref(valtype)[1]
            if heap.isdigit() and int(heap) >= len(self.types):
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


def _check_const_expr(context: _Context, expr, expected: str, global_limit: int) -> None:
    """Constant expression of type `expected`; global.get may use globals below `global_limit`."""
    stack: list[str] = []
    for code, imm, index in zip(expr.ops, expr.imms, range(len(expr.ops))):
        offset = expr.offset
        if code not in _CONSTANT_OPS:
            _fail("constant expression required", offset)
        if code == op.GLOBAL_GET:
            if imm >= len(context.globals):
                _fail(f"unknown global {imm}", offset)
            if imm >= global_limit or context.globals[imm].mutable:
                _fail("constant expression required", offset)
            stack.append(context.globals[imm].valtype)
        elif code == op.REF_NULL:
            stack.append(_ref_null_type(context, imm, offset))
        elif code == op.REF_FUNC:
            if imm >= len(context.funcs):
                _fail(f"unknown function {imm}", offset)
            stack.append("funcref")
        elif code == op.V128_CONST:
            stack.append("v128")
        else:
            params, results = SIGNATURES[code]
            for param in reversed(params):
                if not stack or stack.pop() != param:
                    _fail("type mismatch", offset)
            stack += results
    if len(stack) != 1 or not context.subtyping.is_subtype(stack[0], expected):
        _fail("type mismatch", expr.offset)


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


def _validate_declarations(context: _Context) -> None:
    module = context.module
    offsets = module.section_offsets
    for func_type in module.types:
        if isinstance(func_type, FuncType):
            for valtype in func_type.params + func_type.results:
                context.check_value_type(valtype, offsets.get(1))
    for imp in module.imports:
        where = offsets.get(2)
        if imp.kind == "func" or imp.kind == "tag":
            context.func_type(imp.desc, where)
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
            _check_const_expr(context, table.init, table.type.elem_type, len(context.globals))
        elif not table.type.elem_type.startswith("(ref null") and not table.type.elem_type.endswith("ref"):
            _fail("type mismatch", offsets.get(4))
    for memory in module.memories:
        _check_memory_type(memory, offsets.get(5))
    for type_index in module.tags:
        context.func_type(type_index, offsets.get(13))
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
        context.check_value_type(elem.elem_type, elem.offset)
        if elem.mode == "active":
            if elem.table >= len(context.tables):
                _fail(f"unknown table {elem.table}", elem.offset)
            table = context.tables[elem.table]
            _check_const_expr(context, elem.offset_expr, "i64" if table.is64 else "i32", all_globals)
            if not context.subtyping.is_subtype(elem.elem_type, table.elem_type):
                _fail("type mismatch", elem.offset)
        for item in elem.items:
            _check_const_expr(context, item, elem.elem_type, all_globals)
    for data in module.datas:
        if data.mode == "active":
            if data.memory >= len(context.memories):
                _fail(f"unknown memory {data.memory}", data.offset)
            address = "i64" if context.memories[data.memory].is64 else "i32"
            _check_const_expr(context, data.offset_expr, address, all_globals)


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
    from .validate_code import validate_function
    num_imported = module.num_imported_funcs
    for index, body in enumerate(module.codes):
        func_type = context.func_type(module.funcs[index], body.offset)
        validate_function(context, func_type, body, num_imported + index)
