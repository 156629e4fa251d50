"""The C API of one module: its names, signatures, imports struct and instance block.

An artifact built with the compile option `c_api="app"` is a C library: `app_new(imports,
&trap)` instantiates the module natively, one C function per export calls it, and
`app_free` frees the instance.  This module decides everything the native code
(aot/isa/aarch64/capi.py) and the header (header.py) must agree on, from the module alone,
and refuses (CApiError, one line) what the C API cannot do yet.

Values in C (every AArch64 ABI: `int` is 32 bits, `long long` 64):

    i32 int   i64 long long   f32 float   f64 double   funcref, externref void *
    v128 `<prefix>_v128`, a struct of two unsigned long long (low half first)

- **An export function** `int <prefix>_<name>(<prefix>_instance *, params..., results *...)`
  returns 0 or the trap code, and writes its results through the pointers only when it
  returns 0.  A memory export is `unsigned char *<prefix>_memory_<name>(instance, unsigned
  long long *size)` (its base, and its size in bytes; both change when it grows), a global
  `<prefix>_global_<name>_get(instance)` (and `_set(instance, value)` when mutable), a table
  `unsigned long long <prefix>_table_<name>_size(instance)`.  `..._ref(instance)` of a memory
  (its `<prefix>_memory` record) or a global (its value) is what another instance imports to
  share it.
- **Imports** come in `<prefix>_imports`: first `void *env`, then one field per import in
  import order: a function pointer `int (*)(void *env, params..., results *...)` (nonzero:
  the Wasm call traps with that code), a global as a pointer to its value (16 bytes, the
  value at the start), a memory as a pointer to a `<prefix>_memory` {base, size, max_size} whose
  base comes from `malloc` (memory.grow reallocates it, up to max_size bytes and the import's
  maximum).  A NULL field makes `<prefix>_new`
  fail with TrapCode.MISSING_IMPORT.
- Every argument is in a register: at most 8 integer-class ones (the instance or env, the
  integer and reference params, two per v128, the result pointers) and 8 float ones.

**The instance block** (one `calloc`, `InstanceBlock`): the vmctx at 0, then the Store,
the FuncRef records, one C import record (abi.CIMPORT_*) per imported function, the
memories (abi.C_MEMORY_*), TableDefs and global cells of the defined memories, tables and globals, the
data and element SegmentDef arrays, and each element segment's items.  A defined memory's
bytes and a defined table's elements are separate `calloc`/`realloc` blocks (they move
when they grow; compiled code reloads bases after every call).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wasmoon_aot.runtime import abi

from ..module_env import ModuleEnv
from ..wasm.module import FuncType
from ..wasm.opcodes import opcode_name

C_TYPES = {"i32": "int", "i64": "long long", "f32": "float", "f64": "double",
           "funcref": "void *", "externref": "void *"}   # v128: the prefix's struct (CApiPlan.c_type)
INT_REGISTERS = 8
FLOAT_REGISTERS = 8
BLOCK_ALIGN = 16
# Builtins with native code in the C API; a module that needs any other is refused.
NATIVE_BUILTINS = ("memory.grow", "memory.grow.indexed", "table.grow", "table.grow64")
# Constant expression operators the native instantiation evaluates.
CONST_OPERATORS = ("i32.const", "i64.const", "f32.const", "f64.const", "v128.const", "ref.null", "ref.func",
                   "global.get", "i32.add", "i32.sub", "i32.mul", "i64.add", "i64.sub", "i64.mul")
FIXED_FUNCTIONS = ("new", "free", "trap_message")


class CApiError(ValueError):
    """The module cannot be a C library (yet): the message says why, in one line."""


@dataclass(frozen=True)
class CFunctionType:
    params: tuple[str, ...]
    results: tuple[str, ...]


@dataclass(frozen=True)
class CExport:
    """One export: `c_name` is its C function's symbol (a global's are c_name + "_get"/"_set"; a
    memory's and a global's c_name + "_ref" too)."""
    wasm_name: str
    kind: str          # "func" | "memory" | "global" | "table"
    index: int         # in its kind's index space
    c_name: str
    type: CFunctionType | None = None   # functions
    valtype: str | None = None          # globals
    mutable: bool = False               # globals


@dataclass(frozen=True)
class CImport:
    """One field of the imports struct, at `offset`."""
    module: str
    name: str
    kind: str          # "func" | "global" | "memory"
    index: int         # in its kind's index space
    field: str
    offset: int
    type: CFunctionType | None = None   # functions
    valtype: str | None = None          # globals


@dataclass(frozen=True)
class InstanceBlock:
    """Byte offsets in the instance block (see the module docstring); lists go by defined item."""
    store: int
    funcrefs: int
    import_records: int
    memories: list[int]
    tables: list[int]
    globals: list[int]
    datas: int
    elems: int
    elem_items: list[int]
    size: int


@dataclass(frozen=True)
class CApiPlan:
    prefix: str
    exports: list[CExport]
    imports: list[CImport]
    imports_size: int
    block: InstanceBlock
    type_ids: list[int]        # by type index: the id call_indirect compares (equal types, equal ids)

    def c_type(self, valtype: str) -> str:
        return f"{self.prefix}_v128" if valtype == "v128" else C_TYPES[valtype]


def c_prefix_for_output(output: Path) -> str:
    """The prefix for an output file: its name without suffix and a leading "lib", as an identifier."""
    stem = output.name.split(".", 1)[0]
    if stem.startswith("lib") and len(stem) > 3:
        stem = stem[3:]
    stem = re.sub(r"[^A-Za-z0-9_]", "_", stem) or "wasm"
    return stem if not stem[0].isdigit() else f"wasm_{stem}"


def plan_c_api(env: ModuleEnv) -> CApiPlan:
    """The C API of `env`'s module under its options' prefix (`c_api`, a C identifier by
    CompileOptions' check), given the builtins its compiled code uses; or CApiError."""
    prefix = env.options.c_api
    _require_supported(env)
    taken = {f"{prefix}_{name}" for name in FIXED_FUNCTIONS}
    exports = [_export(env, exp, prefix, taken) for exp in env.module.exports]
    imports, offset, fields = [], 8, {"env"}
    counters = {"func": 0, "global": 0, "memory": 0}
    for imp in env.module.imports:
        index = counters[imp.kind]
        counters[imp.kind] += 1
        field = _unique(_identifier(f"{imp.module}_{imp.name}"), fields)
        if imp.kind == "func":
            imports.append(CImport(imp.module, imp.name, "func", index, field, offset,
                                   type=_function_type(env, imp.desc, f"import {imp.module}.{imp.name}", "env")))
        elif imp.kind == "global":
            imports.append(CImport(imp.module, imp.name, "global", index, field, offset,
                                   valtype=_value_type(env, imp.desc.valtype, f"import {imp.module}.{imp.name}")))
        else:
            imports.append(CImport(imp.module, imp.name, "memory", index, field, offset))
        offset += 8
    return CApiPlan(prefix, exports, imports, offset, _block(env), _type_ids(env))


def _require_supported(env: ModuleEnv) -> None:
    module, options = env.module, env.options
    if any(not isinstance(t, FuncType) for t in module.types):
        raise CApiError("the C API does not support gc types yet")
    if module.tag_types():
        raise CApiError("the C API does not support exception tags yet")
    for imp in module.imports:
        if imp.kind not in ("func", "global", "memory"):
            raise CApiError(f"the C API cannot import a {imp.kind} yet ({imp.module}.{imp.name})")
    if any(memory.shared for memory in module.memory_types()):
        raise CApiError("the C API does not support shared memories yet")
    if options.guard_pages and env.has_memory32:
        raise CApiError("the C API needs explicit bounds checks (--bounds-checks explicit)")
    if options.consume_fuel or options.epoch_interruption:
        raise CApiError("the C API does not support fuel or epochs yet")
    unsupported = sorted(env.builtins_used - set(NATIVE_BUILTINS))
    if unsupported:
        raise CApiError(f"the C API has no native {unsupported[0]} yet")
    for expr in _constant_expressions(module):
        for code_name in expr:
            if code_name not in CONST_OPERATORS:
                raise CApiError(f"the C API cannot evaluate {code_name} in a constant expression yet")


def _constant_expressions(module):
    exprs = [glob.init for glob in module.globals]
    exprs += [table.init for table in module.tables if table.init is not None]
    exprs += [segment.offset_expr for segment in (*module.datas, *module.elems) if segment.offset_expr]
    exprs += [item for segment in module.elems for item in segment.items]
    return [[opcode_name(code) for code in expr.ops] for expr in exprs]


def _export(env: ModuleEnv, exp, prefix: str, taken: set[str]) -> CExport:
    name = _identifier(exp.name)
    where = f"export {exp.name!r}"
    if exp.kind == "func":
        return CExport(exp.name, "func", exp.index, _unique(f"{prefix}_{name}", taken),
                       type=_function_type(env, env.module.func_type_indices()[exp.index], where, "instance"))
    if exp.kind == "memory":
        c_name = _unique(f"{prefix}_memory_{name}", taken)
        taken.add(c_name + "_ref")
        return CExport(exp.name, "memory", exp.index, c_name)
    if exp.kind == "table":
        return CExport(exp.name, "table", exp.index, _unique(f"{prefix}_table_{name}_size", taken))
    if exp.kind == "global":
        global_type = env.global_types[exp.index]
        c_name = _unique(f"{prefix}_global_{name}", taken)
        taken.update({c_name + "_get", c_name + "_set", c_name + "_ref"})
        return CExport(exp.name, "global", exp.index, c_name,
                       valtype=_value_type(env, global_type.valtype, where), mutable=global_type.mutable)
    raise CApiError(f"the C API cannot export a {exp.kind} yet ({exp.name!r})")


def _function_type(env: ModuleEnv, type_index: int, where: str, first: str) -> CFunctionType:
    """The C signature of function type `type_index`; `first` names the leading pointer argument."""
    functype = env.types[type_index]
    params = tuple(_value_type(env, ty, where) for ty in functype.params)
    results = tuple(_value_type(env, ty, where) for ty in functype.results)
    ints = 1 + sum(2 if ty == "v128" else 1 for ty in params if ty not in ("f32", "f64")) + len(results)
    floats = sum(1 for ty in params if ty in ("f32", "f64"))
    if ints > INT_REGISTERS or floats > FLOAT_REGISTERS:
        raise CApiError(f"{where}: the C API passes every argument in a register: at most {INT_REGISTERS} "
                        f"integer ones ({first}, params, result pointers) and {FLOAT_REGISTERS} float ones")
    return CFunctionType(params, results)


def _value_type(env: ModuleEnv, valtype: str, where: str) -> str:
    represented = env.representation(valtype)
    if represented not in (*C_TYPES, "v128"):
        raise CApiError(f"{where}: the C API has no C type for {valtype} yet")
    return represented


def _identifier(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or name_2, name_3, ... whichever is free; taken."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate


def _type_ids(env: ModuleEnv) -> list[int]:
    first: dict[tuple, int] = {}
    return [first.setdefault((t.params, t.results), index) for index, t in enumerate(env.types)]


def _block(env: ModuleEnv) -> InstanceBlock:
    module = env.module
    offset = 0

    def take(size: int) -> int:
        nonlocal offset
        at = offset
        offset = (offset + size + BLOCK_ALIGN - 1) & -BLOCK_ALIGN
        return at

    take(env.layout.size)   # the vmctx
    store = take(abi.STORE_SIZE)
    funcrefs = take(abi.FUNCREF_SIZE * len(env.func_types))
    import_records = take(abi.CIMPORT_SIZE * env.num_imported_funcs)
    memories = [take(abi.C_MEMORY_SIZE_OF) for _ in module.memories]
    tables = [take(abi.TABLEDEF_SIZE_OF) for _ in module.tables]
    globals_ = [take(abi.GLOBAL_CELL_SIZE) for _ in module.globals]
    datas = take(abi.SEGMENTDEF_SIZE_OF * len(module.datas))
    elems = take(abi.SEGMENTDEF_SIZE_OF * len(module.elems))
    elem_items = [take(8 * len(segment.items)) for segment in module.elems]
    return InstanceBlock(store, funcrefs, import_records, memories, tables, globals_, datas, elems, elem_items,
                         max(offset, BLOCK_ALIGN))
