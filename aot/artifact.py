"""The artifact's contents beside the code: the metadata the runtime reads, and the Image around them.

`build` assembles the metadata dict under the keys runtime/abi.py declares
(META_* at the top level, ENTRY_* inside its entries), from the module and the text layout, frames it behind
METADATA_SYMBOL, puts the data segments' bytes after it behind DATA_SYMBOL and
names the text's symbols, for a linker writer (ELF or Mach-O) to write.  With a C API plan
(compile option c_api), the ISA's C library (its code, data and symbols) follows the text and the rodata.
Value types are spelled without type indices (aot/wasm/subtyping.portable_spelling), as
runtime/abi.py's value_kind comment says.  runtime/artifact.py is the reader.
"""

from __future__ import annotations

from wasmoon_aot.linker import Image, Symbol, TextRef
from wasmoon_aot.runtime import abi

from .capi import CApiError, CApiPlan
from .fingerprint import compiler_fingerprint
from .isa import TextLayout, backend_for
from .module_env import ModuleEnv
from .wasm.module import FuncType, Module, StructType
from .wasm.subtyping import portable_spelling
from .wasm.opcodes import opcode_name

RODATA_ALIGN = 16   # the data segments' bytes start on this boundary after the metadata


def _type_dict(module, index: int, spell) -> dict:
    """Type `index`, its typed references spelled by `spell` (subtyping.portable_spelling): a
    function type's params and results; a struct or array type (gc) has none of those but its
    fields or element.  Those, and function types declared with gc's rec or sub, have their
    spelling (which decides their equality) and their declared supertype."""
    kind = module.types[index]
    if isinstance(kind, FuncType):
        entry = {abi.ENTRY_PARAMS: list(map(spell, kind.params)), abi.ENTRY_RESULTS: list(map(spell, kind.results))}
        sub = module.subtypes[index]
        group = [i for i, other in enumerate(module.subtypes) if other.rec_group == sub.rec_group]
        if sub.supertypes or not sub.final or len(group) > 1:  # gc's declarations: equal by spelling
            entry[abi.ENTRY_SUPERTYPE] = (sub.supertypes or (None,))[0]
            entry[abi.ENTRY_CANON] = spell(f"(ref {index})")[5:-1]
        return entry
    entry = {abi.ENTRY_PARAMS: [], abi.ENTRY_RESULTS: [], abi.ENTRY_CANON: spell(f"(ref {index})")[5:-1],
             abi.ENTRY_SUPERTYPE: (module.subtypes[index].supertypes or (None,))[0]}
    if isinstance(kind, StructType):
        entry[abi.ENTRY_FIELDS] = [[spell(f.storage), f.mutable] for f in kind.fields]
    else:
        entry[abi.ENTRY_ELEMENT] = [spell(kind.element.storage), kind.element.mutable]
    return entry


def _const_expr(expr) -> list:
    """A constant expression as [[operator name, immediate], ...] for the runtime (v128.const's
    16 bytes as a list of ints)."""
    return [[opcode_name(code), list(imm) if isinstance(imm, bytes) else imm]
            for code, imm in zip(expr.ops, expr.imms)]


def _import_dict(imp, spell) -> dict:
    entry = {abi.ENTRY_MODULE: imp.module, abi.ENTRY_NAME: imp.name, abi.ENTRY_KIND: imp.kind}
    desc = imp.desc
    if imp.kind == "func":
        entry[abi.ENTRY_TYPE] = desc
        if imp.exact:
            entry[abi.ENTRY_EXACT] = True
    elif imp.kind == "memory":
        entry.update(_memory_dict(desc))
    elif imp.kind == "table":
        entry.update({abi.ENTRY_ELEM_TYPE: spell(desc.elem_type), **_limits(desc)})
    elif imp.kind == "global":
        entry.update({abi.ENTRY_TYPE: spell(desc.valtype), abi.ENTRY_MUTABLE: desc.mutable})
    elif imp.kind == "tag":
        entry[abi.ENTRY_TYPE] = desc
    return entry


def _table_dict(table, spell) -> dict:
    """A defined table; its initial value only when it has one (else null)."""
    entry = {abi.ENTRY_ELEM_TYPE: spell(table.type.elem_type), **_limits(table.type)}
    if table.init is not None:
        entry[abi.ENTRY_INIT] = _const_expr(table.init)
    return entry


def _memory_dict(memory) -> dict:
    """A memory's limits, its page size when it is not the default (custom-page-sizes), and whether it
    is shared (only when it is)."""
    entry = _limits(memory)
    if memory.page_size_log2 != abi.PAGE_SIZE_LOG2:
        entry[abi.ENTRY_PAGE_SIZE_LOG2] = memory.page_size_log2
    if memory.shared:
        entry[abi.ENTRY_SHARED] = True
    return entry


def _limits(limits) -> dict:
    """A memory's or table's limits, and whether it is 64-bit (only when it is: older entries stay as they were)."""
    entry = {abi.ENTRY_MIN: limits.min, abi.ENTRY_MAX: limits.max}
    if limits.is64:
        entry[abi.ENTRY_IS64] = True
    return entry


def _segments(module: Module, spell) -> tuple[list, list, bytes]:
    """Metadata for data and element segments, and the data bytes they point into."""
    data = bytearray()
    datas = []
    for segment in module.datas:
        datas.append({abi.ENTRY_MODE: segment.mode, abi.ENTRY_MEMORY: segment.memory,
                      abi.ENTRY_OFFSET: _const_expr(segment.offset_expr) if segment.offset_expr else None,
                      abi.ENTRY_BYTES: [len(data), len(segment.data)]})
        data += segment.data
    elems = [{abi.ENTRY_MODE: segment.mode, abi.ENTRY_TABLE: segment.table,
              abi.ENTRY_ELEM_TYPE: spell(segment.elem_type),
              abi.ENTRY_OFFSET: _const_expr(segment.offset_expr) if segment.offset_expr else None,
              abi.ENTRY_ITEMS: [_const_expr(item) for item in segment.items]}
             for segment in module.elems]
    return datas, elems, bytes(data)


def _functions(module: Module, layout: TextLayout) -> list[dict]:
    types, num_imported = module.func_type_indices(), module.num_imported_funcs
    imported = [_function_dict(type_index, None, 0, module.names.get(index))
                for index, type_index in enumerate(types[:num_imported])]
    defined = [_function_dict(type_index, offset, size, module.names.get(num_imported + index))
               for index, (type_index, offset, size)
               in enumerate(zip(types[num_imported:], layout.function_offsets, layout.function_sizes))]
    return imported + defined


def _function_dict(type_index: int, offset: int | None, size: int, name: str | None) -> dict:
    return {abi.ENTRY_TYPE: type_index, abi.ENTRY_OFFSET: offset, abi.ENTRY_SIZE: size, abi.ENTRY_NAME: name}


def _metadata(env: ModuleEnv, layout: TextLayout, datas: list, elems: list, spell) -> dict:
    """The metadata dict of `env`'s module compiled into `layout` (datas and elems from `_segments`),
    its types spelled by `spell`."""
    module = env.module
    meta = {
        abi.META_TYPES: [_type_dict(module, index, spell) for index in range(len(module.types))],
        abi.META_IMPORTS: [_import_dict(imp, spell) for imp in module.imports],
        abi.META_FUNCTIONS: _functions(module, layout),
        abi.META_MEMORIES: [_memory_dict(memory) for memory in module.memories],
        abi.META_TABLES: [_table_dict(table, spell) for table in module.tables],
        abi.META_GLOBALS: [{abi.ENTRY_TYPE: spell(glob.type.valtype), abi.ENTRY_MUTABLE: glob.type.mutable,
                            abi.ENTRY_INIT: _const_expr(glob.init)} for glob in module.globals],
        abi.META_EXPORTS: [{abi.ENTRY_NAME: exp.name, abi.ENTRY_KIND: exp.kind, abi.ENTRY_INDEX: exp.index}
                           for exp in module.exports],
        abi.META_START: module.start,
        abi.META_DATAS: datas,
        abi.META_ELEMS: elems,
        abi.META_ENTRY_TRAMPOLINES: layout.entry_trampolines,
        abi.META_HOST_TRAMPOLINES: layout.host_trampolines,
        abi.META_BUILTIN_TRAMPOLINES: layout.builtin_trampolines,
        abi.META_TRAP_SITES: layout.trap_sites,
        abi.META_VMCTX: env.layout.counts(),
    }
    if module.tags:
        meta[abi.META_TAGS] = [{abi.ENTRY_TYPE: type_index} for type_index in module.tags]
    if layout.landing_sites:
        meta[abi.META_LANDING_SITES] = layout.landing_sites
    meta.update(env.options.metadata(env.has_memory32))
    if layout.fault_sites:                     # its accesses rely on them
        meta[abi.META_FAULT_SITES] = layout.fault_sites
    return meta


def build(env: ModuleEnv, layout: TextLayout, c_api: CApiPlan | None = None) -> tuple[Image, dict]:
    """The format-neutral Image of `env`'s module compiled into `layout`, and its metadata dict;
    with `c_api`, the Image is that C library too."""
    spell = portable_spelling(env.module)
    datas, elems, data_bytes = _segments(env.module, spell)
    meta = _metadata(env, layout, datas, elems, spell)
    blob = abi.pack_metadata(meta)
    data_start = (len(blob) + RODATA_ALIGN - 1) & -RODATA_ALIGN
    rodata = blob + b"\0" * (data_start - len(blob)) + data_bytes
    symbols = [Symbol(abi.TEXT_SYMBOL, "text", 0, len(layout.text)),
               Symbol(abi.TRAP_SYMBOL, "text", *layout.trap_stub),
               Symbol(abi.METADATA_SYMBOL, "rodata", 0, len(blob), kind="object"),
               Symbol(abi.DATA_SYMBOL, "rodata", data_start, len(data_bytes), kind="object")]
    for index, function in enumerate(meta[abi.META_FUNCTIONS]):
        if function[abi.ENTRY_OFFSET] is not None:
            symbols.append(Symbol(f"wasm_function_{index}", "text", function[abi.ENTRY_OFFSET],
                                  function[abi.ENTRY_SIZE]))
    image = Image(text=layout.text, rodata=rodata, symbols=symbols, compiler=compiler_fingerprint())
    if c_api is not None:
        _add_c_library(env, c_api, layout, image, data_start)
    if layout.guard_handler is not None:   # the handler and the data word it finds the registry through
        image.data = bytes(8)
        symbols += [Symbol(abi.GUARD_HANDLER_SYMBOL, "text", layout.guard_handler, len(layout.text) - layout.guard_handler),
                    Symbol(abi.GUARD_SLOT_SYMBOL, "data", 0, 8, kind="object")]
        image.text_refs.append(TextRef(layout.guard_handler, "data", 0))
    return image, meta


def _add_c_library(env: ModuleEnv, plan: CApiPlan, layout: TextLayout, image: Image, data_start: int) -> None:
    """Append the code and data of the C API `plan` (the ISA's) to `image`, whose data segments'
    bytes are at rodata+`data_start`."""
    make = backend_for().c_library
    if make is None:
        raise CApiError("this ISA has no C API yet")
    text_offset = (len(image.text) + RODATA_ALIGN - 1) & -RODATA_ALIGN
    rodata_offset = (len(image.rodata) + RODATA_ALIGN - 1) & -RODATA_ALIGN
    library = make(env, plan, layout, text_offset, rodata_offset, data_start)
    image.text = image.text.ljust(text_offset, b"\0") + library.text
    image.rodata = image.rodata.ljust(rodata_offset, b"\0") + library.rodata
    image.symbols += library.symbols
    image.text_refs += library.text_refs
    image.pointers += library.pointers
    image.imports += library.imports
