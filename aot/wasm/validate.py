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
    SIGNATURES[op.I64_ADD128] = SIGNATURES[op.I64_SUB128] = (("i64",) * 4, ("i64", "i64"))
    SIGNATURES[op.I64_MUL_WIDE_S] = SIGNATURES[op.I64_MUL_WIDE_U] = (("i64", "i64"), ("i64", "i64"))


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


def _check_const_expr(context: _Context, expr, expected: str, global_limit: int) -> None:
    """Constant expression of type `expected`; global.get may use globals below `global_limit`."""
    stack: list[str] = []
    for code, imm, index in zip(expr.ops, expr.imms, range(len(expr.ops))):
        offset = expr.offset
        if code not in _CONSTANT_OPS:
            _fail("constant expression required", offset)
        if code == op.GLOBAL_GET:
            if imm >= global_limit:
                _fail(f"unknown global {imm}", offset)
            if context.globals[imm].mutable:
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


def _rec_group_ends(module: Module) -> list[int]:
    """For each type index, the index just past its recursion group (the types it may name)."""
    ends = [len(module.types)] * len(module.types)
    for index in range(len(module.types) - 2, -1, -1):
        same_group = module.subtypes[index + 1].rec_group == module.subtypes[index].rec_group
        ends[index] = ends[index + 1] if same_group else index + 1
    return ends


def _validate_declarations(context: _Context) -> None:
    module = context.module
    offsets = module.section_offsets
    group_ends = _rec_group_ends(module)
    for type_index, func_type in enumerate(module.types):
        if isinstance(func_type, FuncType):
            for valtype in func_type.params + func_type.results:
                context.check_value_type(valtype, offsets.get(1), group_ends[type_index])
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


def _describe(valtype) -> str:
    return "" if valtype is None else valtype


class _FunctionValidator:
    """The spec's validation algorithm for one function body."""

    def __init__(self, context: _Context, func_type: FuncType, body):
        self.context = context
        self.locals = list(func_type.params) + body.locals
        self.results = func_type.results
        self.body = body
        self.vals: list = []        # operand stack of value types; None is the unknown type
        self.frames: list = []      # [opcode, params, results, height, unreachable]
        self.is_subtype = context.subtyping.is_subtype

    # --- operand and control stacks ---

    def mismatch(self, expected, actual):
        _fail(f"type mismatch: instruction requires [{expected or 'any'}] but stack has [{_describe(actual)}]",
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
        for valtype in reversed(types):
            self.pop(valtype)

    def push_frame(self, opcode: int, params, results) -> None:
        self.frames.append([opcode, params, results, len(self.vals), False])
        self.vals.extend(params)

    def pop_frame(self):
        frame = self.frames[-1]
        self.pop_all(frame[2])
        if len(self.vals) != frame[3]:
            _fail("type mismatch: values remaining on stack at end of block", None)
        self.frames.pop()
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

    def callee(self, index: int) -> FuncType:
        if index >= len(self.context.funcs):
            _fail(f"unknown function {index}", None)
        return self.context.types[self.context.funcs[index]]

    # --- the instruction loop ---

    def run(self) -> None:
        body = self.body
        self.push_frame(op.BLOCK, (), self.results)
        index = 0
        try:
            for index, code in enumerate(body.ops):
                signature = SIGNATURES.get(code)
                if signature is not None:
                    params, results = signature
                    for param in reversed(params):
                        self.pop(param)
                    self.vals.extend(results)
                else:
                    self.instruction(code, body.imms[index])
        except ValidationError as error:
            if error.offset is None:
                error.offset = body.offsets[index]
            raise

    def instruction(self, code: int, imm) -> None:
        vals = self.vals
        access = MEMORY_ACCESS.get(code)
        if access is not None:
            valtype, natural = access
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
                vals.append(valtype)
        elif code == op.LOCAL_GET:
            if imm >= len(self.locals):
                _fail(f"unknown local {imm}", None)
            vals.append(self.locals[imm])
        elif code == op.LOCAL_SET or code == op.LOCAL_TEE:
            if imm >= len(self.locals):
                _fail(f"unknown local {imm}", None)
            self.pop(self.locals[imm])
            if code == op.LOCAL_TEE:
                vals.append(self.locals[imm])
        elif code == op.GLOBAL_GET or code == op.GLOBAL_SET:
            if imm >= len(self.context.globals):
                _fail(f"unknown global {imm}", None)
            global_type = self.context.globals[imm]
            if code == op.GLOBAL_GET:
                vals.append(global_type.valtype)
            else:
                if not global_type.mutable:
                    _fail("immutable global", None)
                self.pop(global_type.valtype)
        elif code in _CONTROL:
            self.control(code, imm)
        elif code in _TABLE_OPS:
            self.table_instruction(code, imm)
        else:
            self.other(code, imm)

    def control(self, code: int, imm) -> None:
        vals = self.vals
        if code == op.END:
            frame = self.pop_frame()
            if frame[0] == op.IF and not self._same_types(frame[1], frame[2]):
                _fail("type mismatch: if without else must not change the stack", None)
            vals.extend(frame[2])
        elif code == op.BLOCK or code == op.LOOP or code == op.IF:
            params, results = self.context.block_type(imm, None)
            if code == op.IF:
                self.pop("i32")
            self.pop_all(params)
            self.push_frame(code, params, results)
        elif code == op.ELSE:
            if self.frames[-1][0] != op.IF:
                _fail("else without if", None)
            frame = self.pop_frame()
            self.push_frame(op.ELSE, frame[1], frame[2])
        elif code == op.BR:
            self.pop_all(self.label_types(imm))
            self.set_unreachable()
        elif code == op.BR_IF:
            self.pop("i32")
            types = self.label_types(imm)
            self.pop_all(types)
            vals.extend(types)
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
        elif code == op.CALL_INDIRECT:
            type_index, table_index = imm
            table = self.table(table_index)
            if not self.is_subtype(table.elem_type, "funcref"):
                _fail("type mismatch: call_indirect on a table that does not hold functions", None)
            callee = self.context.func_type(type_index, None)
            self.pop("i64" if table.is64 else "i32")
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
            if is_ref(self.vals[-1] if len(self.vals) > self.frames[-1][3] else None) or self.frames[-1][4] \
                    or len(self.vals) == self.frames[-1][3]:
                self.pop()
            else:
                _fail(f"type mismatch: ref.is_null needs a reference, stack has [{self.vals[-1]}]", None)
            vals.append("i32")
        elif code == op.REF_FUNC:
            self.callee(imm)
            if imm not in self.context.refs:
                _fail("undeclared function reference", None)
            vals.append("funcref")
        else:
            _fail(f"unsupported instruction {op.opcode_name(code)}", None)


_CONTROL = {op.UNREACHABLE, op.BLOCK, op.LOOP, op.IF, op.ELSE, op.END, op.BR, op.BR_IF, op.BR_TABLE, op.RETURN,
            op.CALL, op.CALL_INDIRECT, op.DROP, op.SELECT, op.SELECT_T}
_TABLE_OPS = {op.TABLE_GET, op.TABLE_SET, op.TABLE_SIZE, op.TABLE_GROW, op.TABLE_FILL, op.TABLE_COPY,
              op.TABLE_INIT, op.ELEM_DROP}


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
