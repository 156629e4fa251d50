"""Instances of loaded artifacts: linking, native state, segment initialisation, exports, calls, freeing.

Instantiation follows Wasm 2.0: link every import (LinkError "unknown import"
/ "incompatible import type"), create the defined memories, tables, globals
(initialisers in order) and tags (exceptions.py), the FuncRef records (an imported function's
carries its own type, which an exact import must equal) and canonical type ids, fill the
vmctx (layout in abi.py), then apply the element segments and the data
segments in order (an out-of-bounds one raises Trap and leaves the effects of
earlier ones, even on imported tables and memories) and run the start function.
Every call from Python goes through the artifact's entry trampoline for the
callee's type: `entry(vmctx, code, values)`; a nonzero return is a trap,
raised as `Trap`.

Lifetime.  An `Instance` is a handle on an `InstanceState`: the native state
(vmctx, FuncRef records, type ids, host-call records) plus the memories,
tables and globals it links and the states whose functions it imports.  The
store keeps every state; the handle and the exported functions taken from it
share a lease, and the instance *closes* when `close()` is called, its `with`
block ends, or the last of them is garbage.  A closed instance's exports
refuse calls (RuntimeError), its WASI files are closed, and its state is
*freed* (host-call records unregistered, buffers dropped, so its memories
are unmapped unless something else holds them) as soon as nothing of the
store reaches it.  A closed state stays, fully working, while
  - a state the store keeps imports one of its functions (its import slots
    point at this code and vmctx), or
  - a funcref into its FuncRef records is held by a table or global that a
    kept state links or that Python created and still holds, by a kept
    state's element segments, or by a live Python `FuncRef` (on the remote path, a funcref once sent to the client pins
    its state until the store closes: the worker cannot see the client's
    FuncRef objects go), or
  - a call is running in the store (freeing waits for the outermost to return);
the kept states are the open ones and, transitively, those these rules reach
from them (lifetime.py).  Freeing a state resets every remaining reference
into it (in a table or global that nothing kept links, e.g. one held only by
Python) to null, so a later call through it traps "uninitialized element"
instead of jumping into freed memory.  `Store.close()` closes and frees all.
The dlopen'ed artifact itself stays loaded: instances of one file share it.

A call starts only with Python stack to spare (headroom.py), so nesting
through host functions ends in a "call stack exhausted" trap, never in a
RecursionError inside the runtime; one thread at a time runs a store's code
(its block holds one chain of entries).
"""

from __future__ import annotations

import ctypes
import weakref
from typing import Any

from . import abi, lifetime
from .interrupt import require_epoch_interruption
from .artifact import Artifact, locate_pc, open_artifact
from .builtins import Builtins
from .gc_heap import GcBuiltins, canonical_ids, constant_new, heap_of, is_subtype_id
from .constexpr import evaluate
from .errors import BuiltinTrap, Frame, LinkError, Trap, propagates
from .exceptions import Tag, WasmException
from .exports import Exports
from .global_value import Global
from .headroom import ensure_headroom
from .host import Func
from .linking import match_global, match_memory, match_table, require_guard_pages
from .memory import Memory
from .segments import DataSegments, ElemSegments
from .store import (HOST_CALLBACK_ADDRESS, ForeignImport, Store, default_store, register_host_function,
                    take_pending_exception, unregister_host_function)
from .table import Table
from .values import args_to_bits, from_bits, results_from_bits, returned_to_bits, slot_values

_ENTRY_TYPE = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_U32 = (1 << 32) - 1
_U64 = (1 << 64) - 1


class _Lease:
    """Shared by an Instance handle and its exported functions: the instance closes when the last goes."""

    __slots__ = ("__weakref__",)


class ExportedFunction:
    """A callable Wasm function: Python values in, Python values out (`call_bits` for raw slots)."""

    def __init__(self, state: "InstanceState", func_index: int, code: int, vmctx: int):
        self.state = state
        self.lease = state.lease()
        self.func_index = func_index
        self.params, self.results = state.artifact.function_type(func_index)
        self.code = code
        self.vmctx = vmctx
        type_index = state.artifact.functions[func_index]["type"]
        self._entry = _ENTRY_TYPE(state.artifact.entry_trampoline(type_index))
        self._arg_slots, self._result_slots = abi.slot_count(self.params), abi.slot_count(self.results)
        self._slots = max(self._arg_slots, self._result_slots, 1)

    def call_bits(self, args: list[int], timeout: float | None = None) -> list[int]:
        """Raw argument slots in, raw result slots out (a v128 takes two: abi.value_slots)."""
        if len(args) != self._arg_slots:
            raise TypeError(f"expected {self._arg_slots} argument slots, got {len(args)}")
        state = self.state
        if not state.open:
            raise RuntimeError(f"function {self.func_index} belongs to a closed instance")
        if timeout is not None:
            require_epoch_interruption(state.artifact.meta)
            return state.store.call_with_timeout(timeout, lambda: self.call_bits(args))
        ensure_headroom()  # the host callback must never find Python's stack exhausted
        values = (ctypes.c_uint64 * self._slots)(*args)
        store = state.store
        with store.lock:
            store.lifetime.enter()
            shadow_top = heap_of(store).shadow_top()
            try:
                code = self._entry(self.vmctx, self.code, values)
            finally:
                heap_of(store).reset_shadow_top(shadow_top)  # a trap leaves the frames it unwound
                store.lifetime.leave()
            if code:
                raise_trap(code, store)
        return values[:self._result_slots]

    def __call__(self, *args, timeout: float | None = None):
        """`timeout` (seconds, artifacts built with epoch_interruption): trap with "interrupt" after that."""
        return results_from_bits(self.results, self.call_bits(args_to_bits(self.params, args), timeout))

    def __repr__(self) -> str:
        return f"<wasm function {self.func_index} {list(self.params)} -> {list(self.results)}>"


def raise_trap(code: int, in_store: Store):
    """Raise the Trap for entry return `code`, located by the pc the trap stub recorded in `in_store`."""
    cause = take_pending_exception()
    if propagates(cause) or isinstance(cause, WasmException):
        raise cause
    trap_pc = in_store.trap_pc()
    callers = in_store.trap_callers()
    if callers[:1] == [trap_pc]:  # a host function's trap: its trampoline's frame record returns to trap_pc
        callers = callers[1:]
    frames = []
    for pc in [trap_pc, *callers]:
        artifact, func_index, wasm_offset = locate_pc(pc)
        frames.append(Frame(func_index, artifact.function_name(func_index) if func_index is not None else None,
                            wasm_offset))
    if code == abi.TrapCode.STACK_OVERFLOW:  # at the entry of the function that would not fit: no operator
        frames[0] = Frame(frames[0].func_index, frames[0].func_name, None)
    trap = Trap(code, frames[0].func_index, frames[0].func_name, frames[0].wasm_offset, frames)
    if cause is not None:
        raise trap from cause
    raise trap


def python_host_binding(function, params, results):
    """`call_bits` for a Python callable taking and returning Python values."""
    def call_bits(args):
        returned = function(*(from_bits(ty, bits) for ty, bits in zip(params, slot_values(params, args))))
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


class Instance:
    """An instance of an artifact (an Artifact, or the path of one) with the given imports,
    in `store` (default: the process's default store): a handle on its InstanceState.
    `close()` (or leaving a `with` block, or dropping every handle and export) closes it."""

    def __init__(self, artifact: Any, imports: dict | None = None, store: Store | None = None) -> None:
        self._lease = lease = _Lease()
        self.state = InstanceState(artifact, imports, store, lease)
        self.store, self.artifact = self.state.store, self.state.artifact
        self.exports = self.state.exports()
        self._close = weakref.finalize(lease, self.state.close)
        self._close.atexit = False

    @property
    def closed(self) -> bool:
        return not self.state.open

    def close(self) -> None:
        """Close the instance: its exports refuse calls; its native state goes when nothing reaches it."""
        self._close()

    def __enter__(self) -> "Instance":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def wasi(self) -> Any:
        return self.state.wasi

    @wasi.setter
    def wasi(self, host: Any) -> None:
        self.state.wasi = host

    def __repr__(self) -> str:
        return f"<instance of {self.artifact.path}{' (closed)' if self.closed else ''}>"


class InstanceState:
    """The native state of an instance and everything it links (see the module docstring's lifetime rule)."""

    def __init__(self, artifact, imports, store: Store | None, lease: _Lease):
        self.open = True
        self.wasi = None  # a WASI host to close with the instance
        self.pinned = False  # a funcref of it went where nobody can tell when it is gone (the worker's client)
        self.python_refs = weakref.WeakSet()  # live FuncRef objects pointing into it
        self.lease = weakref.ref(lease)  # the handle's: exported functions share it
        self._host_ids: list[int] = []
        self._keep_alive = []  # host records
        self._imported: list[InstanceState] = []  # states whose functions it imports
        self._elems = self._datas = None
        self.funcrefs_address = None
        try:
            self._instantiate(artifact, imports, store)
        except BaseException:
            self.close()
            raise

    def _instantiate(self, artifact, imports, store) -> None:
        if not isinstance(artifact, Artifact):
            artifact = open_artifact(artifact)
        self.artifact = artifact
        self.store = store or default_store()
        if self.store.closed:
            raise RuntimeError("cannot instantiate in a closed store")
        meta = artifact.meta
        self.layout = abi.VMContextLayout.from_metadata(meta)
        self._vmctx = ctypes.create_string_buffer(self.layout.size)
        self.vmctx = ctypes.addressof(self._vmctx)
        self._set_word(abi.VMCTX_STORE, self.store.address)
        self.memories: list[Memory] = []
        self.tables: list[Table] = []
        self.globals: list[Global] = []
        self.tags: list[Tag] = []
        self.type_ids = canonical_ids(artifact.meta[abi.META_TYPES])
        self._import_type_ids: dict[int, int] = {}  # imported function -> its own type's id, when known
        self._link_imports(imports or {})
        self._init_function_refs()
        guard = bool(meta.get(abi.META_GUARD_PAGES))
        self.memories += [self._own(Memory(m[abi.ENTRY_MIN], m.get(abi.ENTRY_MAX), is64=m.get(abi.ENTRY_IS64, False),
                                           page_size_log2=m.get(abi.ENTRY_PAGE_SIZE_LOG2, abi.PAGE_SIZE_LOG2),
                                           guard=guard, shared=m.get(abi.ENTRY_SHARED, False)))
                          for m in meta.get(abi.META_MEMORIES, ())]
        require_guard_pages(meta, self.memories)
        self.tags += [Tag(artifact.types[t[abi.ENTRY_TYPE]][0], self.type_ids[t[abi.ENTRY_TYPE]])
                      for t in meta.get(abi.META_TAGS, ())]
        self.tables += [self._own(self._table(t)) for t in meta.get(abi.META_TABLES, ())]
        for g in meta.get(abi.META_GLOBALS, ()):
            self.globals.append(self._own(Global.with_bits(g[abi.ENTRY_TYPE], self._constant(g[abi.ENTRY_INIT]),
                                                           g[abi.ENTRY_MUTABLE])))
        self._init_vmctx_pointers()
        self._datas = datas = DataSegments(artifact.data_address, meta.get(abi.META_DATAS, ()))
        self._set_word(self.layout.datas, datas.def_address)
        self._elems = elems = ElemSegments([[self._constant(item) for item in e[abi.ENTRY_ITEMS]]
                                            for e in meta.get(abi.META_ELEMS, ())])
        self._set_word(self.layout.elems, elems.def_address)
        self._bind_builtins(Builtins(self.memories, self.tables,
                                     GcBuiltins(heap_of(self.store), self.type_ids, datas, elems),
                                     self.tags, self.store.address))
        self._apply_elems(elems, meta.get(abi.META_ELEMS, ()))
        self._apply_datas(datas, meta.get(abi.META_DATAS, ()))
        if meta.get(abi.META_START) is not None:
            self._function(meta[abi.META_START]).call_bits([])

    def exports(self) -> Exports:
        """A new exports namespace (its functions share the handle's lease)."""
        return Exports({e[abi.ENTRY_NAME]: self._export(e) for e in self.artifact.meta[abi.META_EXPORTS]})

    # --- lifetime (lifetime.py decides; see the module docstring) -------------------------

    def close(self, collect: bool = True) -> None:
        if not self.open:
            return
        self.open = False
        if self.wasi is not None:
            self.wasi.close()  # the guest's files and stdio
        store = getattr(self, "store", None)
        if store is None or self not in store.lifetime.states:
            self.free()  # never adopted: nothing can reach its funcrefs
        elif collect:
            store.lifetime.collect()

    def is_root(self) -> bool:
        return self.open or self.pinned or len(self.python_refs) > 0

    def imported_states(self) -> list["InstanceState"]:
        return self._imported

    def externs(self) -> list:
        return [*self.memories, *self.tables, *self.globals]

    def segment_bits(self) -> list[tuple[str, list[int]]]:
        """(element type, reference bits) of each element segment."""
        if not self._elems:
            return []
        return [(e[abi.ENTRY_ELEM_TYPE], self._elems.items(index))
                for index, e in enumerate(self.artifact.meta.get(abi.META_ELEMS, ()))]

    def segment_funcrefs(self) -> set[int]:
        return {bits for _, items in self.segment_bits() for bits in items}

    def free(self) -> None:
        """Drop the native state (the caller has reset every reference into its FuncRef records)."""
        if self.funcrefs_address is not None:
            lifetime.unregister(self.funcrefs_address)
        for host_id in self._host_ids:
            unregister_host_function(host_id)
        self._host_ids, self._keep_alive, self._imported, self._elems, self._datas = [], [], [], None, None
        self.memories, self.tables, self.globals = [], [], []
        self._vmctx = self._funcrefs = self._type_ids = None

    def _host_record(self, call_bits, num_params: int, num_results: int) -> int:
        """The address of a HostFunc record in this instance's store dispatching to `call_bits`."""
        record = ctypes.create_string_buffer(abi.HOSTFUNC_SIZE)
        host_id = register_host_function(call_bits, num_params, num_results, self.store.host_call_counter)
        self._host_ids.append(host_id)
        self._keep_alive.append(record)
        ctypes.c_uint64.from_buffer(record, abi.HOSTFUNC_STORE).value = self.store.address
        ctypes.c_uint64.from_buffer(record, abi.HOSTFUNC_CALLBACK).value = HOST_CALLBACK_ADDRESS
        ctypes.c_int64.from_buffer(record, abi.HOSTFUNC_ID).value = host_id
        return ctypes.addressof(record)

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
        type_ids = self.type_ids
        self._type_ids = (ctypes.c_uint32 * max(len(type_ids), 1))(*type_ids)
        self._set_word(abi.VMCTX_TYPE_IDS, ctypes.addressof(self._type_ids))
        count = len(artifact.functions)
        self._funcrefs = ctypes.create_string_buffer(abi.FUNCREF_SIZE * max(count, 1))
        self.funcrefs_address = ctypes.addressof(self._funcrefs)
        self._set_word(abi.VMCTX_FUNCREFS, self.funcrefs_address)
        lifetime.register(self, self.funcrefs_address, abi.FUNCREF_SIZE * max(count, 1))
        self.store.lifetime.adopt(self)
        for index, function in enumerate(artifact.functions):
            if index < artifact.num_imported_funcs:
                code, vmctx = (word.value for word in self._slot(index))
            else:
                code, vmctx = artifact.function_address(index), self.vmctx
            record = abi.FUNCREF_SIZE * index
            ctypes.c_uint64.from_buffer(self._funcrefs, record + abi.FUNCREF_CODE).value = code
            ctypes.c_uint64.from_buffer(self._funcrefs, record + abi.FUNCREF_VMCTX).value = vmctx
            ctypes.c_uint32.from_buffer(self._funcrefs, record + abi.FUNCREF_TYPE_ID).value = \
                self._import_type_ids.get(index, type_ids[function[abi.ENTRY_TYPE]])

    def _init_vmctx_pointers(self) -> None:
        if len(self.tables) != self.layout.num_tables or len(self.globals) != self.layout.num_globals or \
                len(self.memories) > self.layout.num_memories:
            raise ValueError("artifact metadata disagrees with its vmctx counts")
        for index, memory in enumerate(self.memories):
            self._set_word(self.layout.memory(index), memory.def_address)
        for index, table in enumerate(self.tables):
            self._set_word(self.layout.table(index), table.def_address)
        for index, cell in enumerate(self.globals):
            self._set_word(self.layout.global_(index), cell.cell_address)

    def _bind_builtins(self, builtins: Builtins) -> None:
        for name, offset in self.artifact.meta.get(abi.META_BUILTIN_TRAMPOLINES, {}).items():
            params, results = abi.BUILTIN_SIGNATURES[name]
            record = self._host_record(builtins.binding(name), abi.slot_count(params), abi.slot_count(results))
            slot = self.layout.builtin_slot(name)
            self._set_word(slot + abi.IMPORT_SLOT_CODE, self.artifact.text_base + offset)
            self._set_word(slot + abi.IMPORT_SLOT_VMCTX, record)

    # --- initialisation ---------------------------------------------------------------

    def _table(self, entry: dict) -> Table:
        """A defined table, filled with its initial value if it has one (Wasm 3.0), else null."""
        elem_type, minimum, maximum = entry[abi.ENTRY_ELEM_TYPE], entry[abi.ENTRY_MIN], entry.get(abi.ENTRY_MAX)
        is64 = entry.get(abi.ENTRY_IS64, False)
        if abi.ENTRY_INIT not in entry:
            return Table(elem_type, minimum, maximum, is64=is64)
        return Table.with_bits(elem_type, minimum, maximum, self._constant(entry[abi.ENTRY_INIT]), is64)

    def funcref(self, func_index: int) -> int:
        """The funcref value (FuncRef record address) of function `func_index`."""
        return self.funcrefs_address + abi.FUNCREF_SIZE * func_index

    def _constant(self, expr) -> int:
        """The bits of a constant expression; a gc allocation that cannot be made traps instantiation."""
        try:
            return evaluate(expr, lambda index: self.globals[index].get_bits(), self.funcref,
                            lambda name, imm, stack: constant_new(heap_of(self.store), self.type_ids, name, imm,
                                                                  stack))
        except BuiltinTrap as trap:
            raise Trap(trap.code) from None

    def _apply_elems(self, elems: ElemSegments, segments) -> None:
        for index, segment in enumerate(segments):
            if segment[abi.ENTRY_MODE] == "active":
                table = self.tables[segment[abi.ENTRY_TABLE]]
                offset = self._constant(segment[abi.ENTRY_OFFSET]) & (_U64 if table.is64 else _U32)
                if not elems.init(table, index, offset, 0, elems.length(index)):
                    raise Trap(abi.TrapCode.TABLE_OUT_OF_BOUNDS)
            if segment[abi.ENTRY_MODE] != "passive":
                elems.drop(index)

    def _apply_datas(self, datas: DataSegments, segments) -> None:
        for index, segment in enumerate(segments):
            if segment[abi.ENTRY_MODE] != "active":
                continue
            memory = self.memories[segment.get(abi.ENTRY_MEMORY, 0)]
            offset = self._constant(segment[abi.ENTRY_OFFSET]) & (_U64 if memory.is64 else _U32)
            if not datas.init(memory, index, offset, 0, datas.length(index)):
                raise Trap(abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
            datas.drop(index)

    # --- exports ------------------------------------------------------------------------

    def _export(self, export: dict):
        kind, index = export[abi.ENTRY_KIND], export[abi.ENTRY_INDEX]
        if kind == "func":
            return self._function(index)
        if kind == "memory":
            return self.memories[index]
        if kind == "table":
            return self.tables[index]
        if kind == "global":
            return self.globals[index]
        if kind == "tag":
            return self.tags[index]
        raise ValueError(f"cannot export a {kind}")

    def _function(self, func_index: int) -> ExportedFunction:
        if func_index < self.artifact.num_imported_funcs:
            code, vmctx = self._slot(func_index)
            return ExportedFunction(self, func_index, code.value, vmctx.value)
        return ExportedFunction(self, func_index, self.artifact.function_address(func_index), self.vmctx)

    # --- imports --------------------------------------------------------------------------

    def _own(self, extern):
        self.store.claim(extern)
        lifetime.defined_by_instance(extern)
        return extern

    def _check_store(self, imp: dict, value) -> None:
        """LinkError unless import `value` belongs to this instance's store (an extern that belongs to
        none is claimed by it).  A shared memory links into any store of the process: threads, each
        with a store of its own, share it (its base never moves, its size only grows)."""
        if isinstance(value, ExportedFunction):
            same = value.state.store is self.store
        elif isinstance(value, (Memory, Table, Global)):
            same = self.store.claim(value) or (isinstance(value, Memory) and value.shared)
        else:
            same = not isinstance(value, ForeignImport)
        if not same:
            raise LinkError("import belongs to another store", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])

    def _link_imports(self, imports) -> None:
        func_index = 0
        for imp in self.artifact.meta[abi.META_IMPORTS]:
            value = _lookup(imports, imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])
            self._check_store(imp, value)
            kind = imp[abi.ENTRY_KIND]
            if kind == "func":
                self._link_function(imp, func_index, value)
                func_index += 1
            elif kind == "memory":
                self.memories.append(match_memory(imp, value))
            elif kind == "table":
                self.tables.append(match_table(imp, value))
            elif kind == "global":
                self.globals.append(match_global(imp, value))
            elif kind == "tag":
                if not isinstance(value, Tag) or value.type_id != self.type_ids[imp[abi.ENTRY_TYPE]]:
                    raise LinkError("incompatible import type", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])
                self.tags.append(value)
            else:
                raise LinkError(f"unsupported import kind {kind}", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])

    def _link_function(self, imp: dict, func_index: int, value) -> None:
        params, results = self.artifact.types[imp[abi.ENTRY_TYPE]]
        code, vmctx = self._slot(func_index)
        if isinstance(value, ExportedFunction):
            # The function's own type (its FuncRef record's), not the one a module that re-exports
            # an import declared: an exact import matches only that one.
            record = value.state.funcrefs_address + abi.FUNCREF_SIZE * value.func_index
            own_type = ctypes.c_uint32.from_address(record + abi.FUNCREF_TYPE_ID).value
            expected = self.type_ids[imp[abi.ENTRY_TYPE]]
            if not (own_type == expected if imp.get(abi.ENTRY_EXACT) else is_subtype_id(own_type, expected)):
                raise LinkError("incompatible import type", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])
            self._import_type_ids[func_index] = own_type
            if not value.state.open:
                raise LinkError("import from a closed instance", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])
            code.value, vmctx.value = value.code, value.vmctx
            self._imported.append(value.state)
        elif isinstance(value, Func) or callable(value) or hasattr(value, "host_binding"):
            if isinstance(value, Func):
                value = value.bound_to(self, InstanceState.exports)
            binder = getattr(value, "host_binding", None)
            call_bits = binder(params, results) if binder else python_host_binding(value, params, results)
            code.value = self.artifact.host_trampoline(imp[abi.ENTRY_TYPE])
            vmctx.value = self._host_record(call_bits, abi.slot_count(params), abi.slot_count(results))
        else:
            raise LinkError("incompatible import type", imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME])
