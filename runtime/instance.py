"""Instances of loaded artifacts: linking, native state, segment initialisation, exports, calls.

Instantiation follows Wasm 2.0: link every import (LinkError "unknown import"
/ "incompatible import type"), create the defined memories, tables and globals
(initialisers in order), the FuncRef records and canonical type ids, fill the
vmctx (layout in abi.py), then apply the element segments and the data
segments in order (an out-of-bounds one raises Trap and leaves the effects of
earlier ones, even on imported tables and memories) and run the start function.

Instances are never freed: their FuncRef records (and through them their
vmctx, memory and tables) may be referenced from any table or global of the
process once created.  Every call from Python goes through the artifact's
entry trampoline for the callee's type: `entry(vmctx, code, values)`; a
nonzero return is a trap, raised as `Trap`.  A call starts only with Python
stack to spare (headroom.py), so nesting through host functions ends in a
"call stack exhausted" trap, never in a RecursionError inside the runtime.
"""

from __future__ import annotations

import ctypes

from . import abi
from .artifact import Artifact, locate_pc, open_artifact
from .builtins import Builtins
from .constexpr import evaluate
from .errors import LinkError, Trap
from .exports import Exports
from .global_value import Global
from .headroom import ensure_headroom
from .linking import match_global, match_memory, match_table
from .memory import Memory
from .segments import DataSegments, ElemSegments
from .store import HOST_CALLBACK_ADDRESS, ForeignImport, Store, default_store, register_host_function, take_pending_exception
from .table import Table
from .type_ids import canonical_type_id
from .values import args_to_bits, from_bits, results_from_bits, returned_to_bits

_ENTRY_TYPE = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_U32 = (1 << 32) - 1

_live_instances: list["Instance"] = []


class ExportedFunction:
    """A callable Wasm function: Python values in, Python values out (`call_bits` for raw slots)."""

    def __init__(self, instance: "Instance", func_index: int, code: int, vmctx: int):
        self.instance = instance
        self.func_index = func_index
        self.params, self.results = instance.artifact.function_type(func_index)
        self.code = code
        self.vmctx = vmctx
        type_index = instance.artifact.functions[func_index]["type"]
        self._entry = _ENTRY_TYPE(instance.artifact.entry_trampoline(type_index))
        self._slots = max(len(self.params), len(self.results), 1)

    def call_bits(self, args: list[int]) -> list[int]:
        if len(args) != len(self.params):
            raise TypeError(f"expected {len(self.params)} arguments, got {len(args)}")
        ensure_headroom()  # the host callback must never find Python's stack exhausted
        values = (ctypes.c_uint64 * self._slots)(*args)
        store = self.instance.store
        with store.lock:
            code = self._entry(self.vmctx, self.code, values)
            if code:
                raise_trap(code, store)
        return values[:len(self.results)]

    def __call__(self, *args):
        return results_from_bits(self.results, self.call_bits(args_to_bits(self.params, args)))

    def __repr__(self) -> str:
        return f"<wasm function {self.func_index} {list(self.params)} -> {list(self.results)}>"


def raise_trap(code: int, in_store: Store):
    """Raise the Trap for entry return `code`, located by the pc the trap stub recorded in `in_store`."""
    cause = take_pending_exception()
    if isinstance(cause, Trap):
        raise cause
    artifact, func_index, wasm_offset = locate_pc(in_store.trap_pc())
    name = artifact.function_name(func_index) if func_index is not None else None
    trap = Trap(code, func_index, name, wasm_offset)
    if cause is not None:
        raise trap from cause
    raise trap


def python_host_binding(function, params, results):
    """`call_bits` for a Python callable taking and returning Python values."""
    def call_bits(args):
        returned = function(*(from_bits(ty, bits) for ty, bits in zip(params, args)))
        return returned_to_bits(results, returned)
    return call_bits


def _lookup(imports, module: str, name: str):
    provider = imports.get(module)
    if provider is None:
        raise LinkError("unknown import", module, name)
    if isinstance(provider, Instance):
        provider = provider.exports
    try:
        return provider[name]
    except (KeyError, TypeError):
        raise LinkError("unknown import", module, name) from None


def _host_record(in_store: Store, call_bits, num_params: int, num_results: int):
    """A HostFunc record in `in_store` dispatching to `call_bits` through the host callback."""
    record = ctypes.create_string_buffer(abi.HOSTFUNC_SIZE)
    ctypes.c_uint64.from_buffer(record, abi.HOSTFUNC_STORE).value = in_store.address
    ctypes.c_uint64.from_buffer(record, abi.HOSTFUNC_CALLBACK).value = HOST_CALLBACK_ADDRESS
    ctypes.c_int64.from_buffer(record, abi.HOSTFUNC_ID).value = register_host_function(
        call_bits, num_params, num_results)
    return record


class Instance:
    """An instance of an artifact (an Artifact, or the path of one) with the given imports,
    in `store` (default: the process's default store)."""

    def __init__(self, artifact, imports=None, store: Store | None = None):
        if not isinstance(artifact, Artifact):
            artifact = open_artifact(artifact)
        self.artifact = artifact
        self.store = store or default_store()
        meta = artifact.meta
        self.layout = abi.VMContextLayout.from_metadata(meta)
        self._vmctx = ctypes.create_string_buffer(self.layout.size)
        self.vmctx = ctypes.addressof(self._vmctx)
        self._set_word(abi.VMCTX_STORE, self.store.address)
        self._keep_alive = []  # host records and exporting instances
        self.memories: list[Memory] = []
        self.tables: list[Table] = []
        self.globals: list[Global] = []
        self._link_imports(imports or {})
        self._init_function_refs()
        self.memories += [self._own(Memory(m["min"], m.get("max"))) for m in meta.get("memories", ())]
        self.tables += [self._own(Table(t["elem_type"], t["min"], t.get("max"))) for t in meta.get("tables", ())]
        for g in meta.get("globals", ()):
            self.globals.append(self._own(Global.with_bits(g["type"], self._constant(g["init"]), g["mutable"])))
        self._init_vmctx_pointers()
        datas = DataSegments(artifact.data_address, meta.get("datas", ()))
        elems = ElemSegments([[self._constant(item) for item in e["items"]] for e in meta.get("elems", ())])
        self._bind_builtins(Builtins(self.memories[0] if self.memories else None, self.tables, datas, elems))
        self.exports = Exports({e["name"]: self._export(e) for e in meta["exports"]})
        _live_instances.append(self)
        self._apply_elems(elems, meta.get("elems", ()))
        self._apply_datas(datas, meta.get("datas", ()))
        if meta.get("start") is not None:
            self._function(meta["start"]).call_bits([])

    # --- vmctx ----------------------------------------------------------------------

    def _set_word(self, offset: int, value: int) -> None:
        ctypes.c_uint64.from_buffer(self._vmctx, offset).value = value

    def _slot(self, func_index: int):
        base = self.layout.import_slot(func_index)
        return (ctypes.c_uint64.from_buffer(self._vmctx, base + abi.IMPORT_SLOT_CODE),
                ctypes.c_uint64.from_buffer(self._vmctx, base + abi.IMPORT_SLOT_VMCTX))

    def _init_function_refs(self) -> None:
        """The canonical type id array and one FuncRef record per function of the index space."""
        artifact = self.artifact
        type_ids = [canonical_type_id(params, results) for params, results in artifact.types]
        self._type_ids = (ctypes.c_uint32 * max(len(type_ids), 1))(*type_ids)
        self._set_word(abi.VMCTX_TYPE_IDS, ctypes.addressof(self._type_ids))
        count = len(artifact.functions)
        self._funcrefs = ctypes.create_string_buffer(abi.FUNCREF_SIZE * max(count, 1))
        self.funcrefs_address = ctypes.addressof(self._funcrefs)
        self._set_word(abi.VMCTX_FUNCREFS, self.funcrefs_address)
        for index, function in enumerate(artifact.functions):
            if index < artifact.num_imported_funcs:
                code, vmctx = (word.value for word in self._slot(index))
            else:
                code, vmctx = artifact.function_address(index), self.vmctx
            record = abi.FUNCREF_SIZE * index
            ctypes.c_uint64.from_buffer(self._funcrefs, record + abi.FUNCREF_CODE).value = code
            ctypes.c_uint64.from_buffer(self._funcrefs, record + abi.FUNCREF_VMCTX).value = vmctx
            ctypes.c_uint32.from_buffer(self._funcrefs, record + abi.FUNCREF_TYPE_ID).value = \
                type_ids[function["type"]]

    def _init_vmctx_pointers(self) -> None:
        if self.memories:
            self._set_word(abi.VMCTX_MEMORY, self.memories[0].def_address)
        if len(self.tables) != self.layout.num_tables or len(self.globals) != self.layout.num_globals:
            raise ValueError("artifact metadata disagrees with its vmctx counts")
        for index, table in enumerate(self.tables):
            self._set_word(self.layout.table(index), table.def_address)
        for index, cell in enumerate(self.globals):
            self._set_word(self.layout.global_(index), cell.cell_address)

    def _bind_builtins(self, builtins: Builtins) -> None:
        for name, offset in self.artifact.meta.get("builtin_trampolines", {}).items():
            _, params, results = abi.BUILTINS[abi.BUILTIN_INDEX[name]]
            record = _host_record(self.store, builtins.binding(name), len(params), len(results))
            self._keep_alive.append(record)
            slot = self.layout.builtin_slot(name)
            self._set_word(slot + abi.IMPORT_SLOT_CODE, self.artifact.text_base + offset)
            self._set_word(slot + abi.IMPORT_SLOT_VMCTX, ctypes.addressof(record))

    # --- initialisation ---------------------------------------------------------------

    def funcref(self, func_index: int) -> int:
        """The funcref value (FuncRef record address) of function `func_index`."""
        return self.funcrefs_address + abi.FUNCREF_SIZE * func_index

    def _constant(self, expr) -> int:
        return evaluate(expr, lambda index: self.globals[index].get_bits(), self.funcref)

    def _apply_elems(self, elems: ElemSegments, segments) -> None:
        for index, segment in enumerate(segments):
            if segment["mode"] == "active":
                offset = self._constant(segment["offset"]) & _U32
                if not elems.init(self.tables[segment["table"]], index, offset, 0, len(elems.items[index])):
                    raise Trap(abi.TrapCode.TABLE_OUT_OF_BOUNDS)
            if segment["mode"] != "passive":
                elems.drop(index)

    def _apply_datas(self, datas: DataSegments, segments) -> None:
        for index, segment in enumerate(segments):
            if segment["mode"] != "active":
                continue
            offset = self._constant(segment["offset"]) & _U32
            if not datas.init(self.memories[segment.get("memory", 0)], index, offset, 0, datas.lengths[index]):
                raise Trap(abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
            datas.drop(index)

    # --- exports ------------------------------------------------------------------------

    def _export(self, export: dict):
        kind, index = export["kind"], export["index"]
        if kind == "func":
            return self._function(index)
        if kind == "memory":
            return self.memories[index]
        if kind == "table":
            return self.tables[index]
        if kind == "global":
            return self.globals[index]
        raise ValueError(f"cannot export a {kind}")

    def _function(self, func_index: int) -> ExportedFunction:
        if func_index < self.artifact.num_imported_funcs:
            code, vmctx = self._slot(func_index)
            return ExportedFunction(self, func_index, code.value, vmctx.value)
        return ExportedFunction(self, func_index, self.artifact.function_address(func_index), self.vmctx)

    # --- imports --------------------------------------------------------------------------

    def _own(self, extern):
        self.store.claim(extern)
        return extern

    def _check_store(self, imp: dict, value) -> None:
        """LinkError unless import `value` belongs to this instance's store (an extern that belongs to
        none is claimed by it)."""
        if isinstance(value, ExportedFunction):
            same = value.instance.store is self.store
        elif isinstance(value, (Memory, Table, Global)):
            same = self.store.claim(value)
        else:
            same = not isinstance(value, ForeignImport)
        if not same:
            raise LinkError("import belongs to another store", imp["module"], imp["name"])

    def _link_imports(self, imports) -> None:
        func_index = 0
        for imp in self.artifact.meta["imports"]:
            value = _lookup(imports, imp["module"], imp["name"])
            self._check_store(imp, value)
            kind = imp["kind"]
            if kind == "func":
                self._link_function(imp, func_index, value)
                func_index += 1
            elif kind == "memory":
                self.memories.append(match_memory(imp, value))
            elif kind == "table":
                self.tables.append(match_table(imp, value))
            elif kind == "global":
                self.globals.append(match_global(imp, value))
            else:
                raise LinkError(f"unsupported import kind {kind}", imp["module"], imp["name"])

    def _link_function(self, imp: dict, func_index: int, value) -> None:
        params, results = self.artifact.types[imp["type"]]
        code, vmctx = self._slot(func_index)
        if isinstance(value, ExportedFunction):
            if (value.params, value.results) != (params, results):
                raise LinkError("incompatible import type", imp["module"], imp["name"])
            code.value, vmctx.value = value.code, value.vmctx
            self._keep_alive.append(value.instance)
        elif callable(value) or hasattr(value, "host_binding"):
            binder = getattr(value, "host_binding", None)
            call_bits = binder(params, results) if binder else python_host_binding(value, params, results)
            record = _host_record(self.store, call_bits, len(params), len(results))
            self._keep_alive.append(record)
            code.value = self.artifact.host_trampoline(imp["type"])
            vmctx.value = ctypes.addressof(record)
        else:
            raise LinkError("incompatible import type", imp["module"], imp["name"])
