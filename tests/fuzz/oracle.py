"""The oracle: one module instantiated in wasmtime and driven with raw bits through its C API.

wasmtime's high-level `Func.__call__` converts floats through Python floats and
loses NaN payloads, so calls go through `wasmtime_func_call` with
`wasmtime_val_t` slots whose union is written and read as raw bytes; globals
are read the same way.  References, typed and gc ones included, travel as null in, null-or-not out.
An exception that leaves a call is taken from the store and reported as the outcome
("exception", name of the exported tag, [payload bits as trace.value_bits masks them]).
Every call (and instantiation) gets ORACLE_FUEL units of wasmtime fuel; running
out is reported as the outcome ("diverges",): the code may loop forever, so
the driver compares only what came before.
"""

from __future__ import annotations

import ctypes

import wasmtime
from wasmtime import _ffi as ffi
from wasmtime._func import enter_wasm

from wasmoon_aot.aot.wasm.decode import decode_module
from wasmoon_aot.aot.wasm.subtyping import portable_spelling
from wasmoon_aot.runtime.abi import TRAP_MESSAGES, TrapCode, value_kind
from wasmoon_aot.runtime.abi import TABLE_MAX_ELEMENTS

from .host import HOST_FUNCTIONS, HOST_MODULE, HostLog

ORACLE_FUEL = 1_000_000
_KINDS = {"i32": 0, "i64": 1, "f32": 2, "f64": 3, "v128": 4, "funcref": 5, "externref": 6, "anyref": 7}
_EXNREF_KIND = 8   # WASMTIME_EXNREF (the Python wrapper names no constant for it)
_EXN_TYPES = ("exnref", "nullexnref", "(ref exn)", "(ref null exn)", "(ref noexn)", "(ref null noexn)")
_REFERENCE_KINDS = {5, 6, 7, _EXNREF_KIND}
_SLOT_BYTES = {0: 4, 1: 8, 2: 4, 3: 8, 4: 16}   # wasmtime writes only the value's own width
_TRAP_MESSAGES = {
    "UNREACHABLE": "unreachable",
    "INTEGER_OVERFLOW": "integer overflow",
    "INTEGER_DIVISION_BY_ZERO": "integer divide by zero",
    "BAD_CONVERSION_TO_INTEGER": "invalid conversion to integer",
    "MEMORY_OUT_OF_BOUNDS": "out of bounds memory access",
    "TABLE_OUT_OF_BOUNDS": "out of bounds table access",
    "BAD_SIGNATURE": "indirect call type mismatch",
    "INDIRECT_CALL_TO_NULL": "uninitialized element",
    "NULL_REFERENCE": "null reference",
    "STACK_OVERFLOW": "call stack exhausted",
    "ARRAY_OUT_OF_BOUNDS": "out of bounds array access",
    "CAST_FAILURE": "cast failure",
    "ALLOCATION_TOO_LARGE": TRAP_MESSAGES[TrapCode.ALLOCATION_TOO_LARGE],   # no spec message: the runtime's
    "HEAP_MISALIGNED": TRAP_MESSAGES[TrapCode.UNALIGNED_ATOMIC],
}


def export_signatures(wasm: bytes):
    """Exported functions [(name, params, results)], globals [(name, type)], memory and table names, in order.
    Read with the project's decoder: wasmtime's C API cannot name a v128 type (wasm_valtype_kind aborts).
    A type index is spelled as the compiler spells it (portable_spelling), which says whether it is a function
    type or a struct or array type (so abi.value_kind knows which hierarchy its references belong to)."""
    module = decode_module(wasm)
    spell = portable_spelling(module)
    global_types = module.global_types()
    functions, globals_, memories, tables = [], [], [], []
    for export in module.exports:
        if export.kind == "func":
            ty = module.func_type(export.index)
            functions.append((export.name, tuple(map(spell, ty.params)), tuple(map(spell, ty.results))))
        elif export.kind == "global":
            globals_.append((export.name, spell(global_types[export.index].valtype)))
        elif export.kind == "memory":
            memories.append(export.name)
        elif export.kind == "table":
            tables.append(export.name)
    return functions, globals_, memories, tables


def _engine() -> wasmtime.Engine:
    config = wasmtime.Config()
    config.wasm_simd = True   # only the "simd" fuzz profile makes modules that use it
    config.wasm_relaxed_simd = False
    config.wasm_threads = True   # only the "threads" fuzz profile makes modules that use them
    config.shared_memory = True
    config.wasm_gc = True   # only the "gc" fuzz profile makes modules that use it
    config.wasm_exceptions = True   # only the "exceptions" fuzz profile makes modules that use them
    # only the "wasm3" and "gc" fuzz profiles make modules that use function references, only "wasm3" the other three
    config.wasm_tail_call = True
    config.wasm_function_references = True
    config.wasm_multi_memory = True
    config.wasm_memory64 = True
    config.wasm_wide_arithmetic = True   # only the "wide-arithmetic" fuzz profile makes modules that use them
    config.wasm_custom_page_sizes = True  # only the "custom-page-sizes" profile makes modules that use them
    config.consume_fuel = True
    return wasmtime.Engine(config)


_ENGINE = _engine()


def _write_slot(slot, ty: str, bits: int) -> None:
    # a typed reference travels as the funcref or externref it is; wasmtime keeps exnref a kind of its own
    slot.kind = _EXNREF_KIND if ty in _EXN_TYPES else _KINDS[value_kind(ty)]
    ctypes.memset(ctypes.addressof(slot.of), 0, ctypes.sizeof(slot.of))
    if slot.kind not in _REFERENCE_KINDS:
        size = _SLOT_BYTES[slot.kind]
        ctypes.memmove(ctypes.addressof(slot.of), (bits & (1 << 8 * size) - 1).to_bytes(size, "little"), size)


def _read_slot(slot) -> int:
    if slot.kind in _REFERENCE_KINDS:
        return 0 if slot.of.funcref.store_id == 0 else 1   # every reference leads with store_id
    return int.from_bytes(ctypes.string_at(ctypes.addressof(slot.of), _SLOT_BYTES[slot.kind]), "little")


def _trap_outcome(trap: wasmtime.Trap) -> tuple:
    code = trap.trap_code
    if code is not None and code.name == "OUT_OF_FUEL":
        return ("diverges",)
    if code is None:
        return ("error", f"wasmtime trap without a code: {trap.message}")
    return ("trap", _TRAP_MESSAGES.get(code.name, code.name.lower()))


def _check(error) -> None:
    if error:
        raise wasmtime.WasmtimeError._from_ptr(error)


class WasmtimeEngine:
    """The trace engine (see trace.run_plan) backed by wasmtime."""

    def __init__(self, wasm: bytes):
        self.store = wasmtime.Store(_ENGINE)
        # A table declaring no maximum grows no further than in wasmoon-aot's runtime: past it, table.grow
        # returns -1 in both (unlimited, wasmtime would try to allocate the table and fail with an error).
        self.store.set_limits(table_elements=TABLE_MAX_ELEMENTS)
        self.module = wasmtime.Module(_ENGINE, wasm)
        self.signatures = {name: (params, results) for name, params, results in export_signatures(wasm)[0]}
        self.instance = None
        self.host = HostLog()

    def _imports(self) -> list:
        imports = []
        for imp in self.module.imports:
            if imp.module != HOST_MODULE or imp.name not in HOST_FUNCTIONS:
                raise ValueError(f"the fuzzer provides no import {imp.module}.{imp.name}")
            imports.append(wasmtime.Func(self.store, imp.type, self.host.function(imp.name)))
        return imports

    def host_calls(self) -> list:
        return self.host.take()

    def instantiate(self) -> tuple:
        self.store.set_fuel(ORACLE_FUEL)
        try:
            self.instance = wasmtime.Instance(self.store, self.module, self._imports())
        except wasmtime.Trap as trap:
            return _trap_outcome(trap)
        except wasmtime.WasmtimeError as exc:   # an exception from the start function comes as an error
            if ffi.wasmtime_context_has_exception(self.store._context()):
                return self._exception_outcome()
            return ("error", f"wasmtime: {exc}")
        return ("ok",)

    def call(self, name: str, args: list[int]) -> tuple:
        func = self.instance.exports(self.store)[name]
        params, results = self.signatures[name]
        arg_slots = (ffi.wasmtime_val_t * max(1, len(params)))()
        for slot, ty_name, bits in zip(arg_slots, params, args):
            _write_slot(slot, ty_name, bits)
        result_slots = (ffi.wasmtime_val_t * max(1, len(results)))()
        self.store.set_fuel(ORACLE_FUEL)
        try:
            with enter_wasm(self.store) as trap:
                error = ffi.wasmtime_func_call(self.store._context(), ctypes.byref(func._func), arg_slots,
                                               len(params), result_slots, len(results), trap)
                if error:
                    raise wasmtime.WasmtimeError._from_ptr(error)
        except wasmtime.Trap as trap:
            if ffi.wasmtime_context_has_exception(self.store._context()):
                return self._exception_outcome()
            return _trap_outcome(trap)
        except wasmtime.WasmtimeError as exc:
            return ("error", f"wasmtime: {exc}")
        values = [_read_slot(result_slots[i]) for i in range(len(results))]
        for i in range(len(results)):
            ffi.wasmtime_val_unroot(ctypes.byref(result_slots[i]))
        return ("ok", values)

    def _exception_outcome(self) -> tuple:
        """The pending exception, taken from the store: ("exception", its tag's export name or None, payload
        bits)."""
        context = self.store._context()
        exn = ffi.wasmtime_exnref_t()
        ffi.wasmtime_context_take_exception(context, ctypes.byref(exn))
        try:
            tag = ffi.wasmtime_tag_t()
            _check(ffi.wasmtime_exnref_tag(context, ctypes.byref(exn), ctypes.byref(tag)))
            # no instance, hence no exports, when a start function threw
            exports = self.instance.exports(self.store).items() if self.instance else ()
            names = [name for name, item in exports
                     if isinstance(item, wasmtime.Tag) and ffi.wasmtime_tag_eq(context, ctypes.byref(item._tag),
                                                                              ctypes.byref(tag))]
            payload = []
            for index in range(ffi.wasmtime_exnref_field_count(context, ctypes.byref(exn))):
                field = ffi.wasmtime_val_t()
                _check(ffi.wasmtime_exnref_field(context, ctypes.byref(exn), index, ctypes.byref(field)))
                payload.append(_read_slot(field))
                ffi.wasmtime_val_unroot(ctypes.byref(field))
        finally:
            ffi.wasmtime_exnref_unroot(ctypes.byref(exn))
        return ("exception", names[0] if names else None, payload)

    def global_bits(self, name: str) -> int:
        glob = self.instance.exports(self.store)[name]
        slot = ffi.wasmtime_val_t()
        ffi.wasmtime_global_get(self.store._context(), ctypes.byref(glob._global), ctypes.byref(slot))
        bits = _read_slot(slot)
        ffi.wasmtime_val_unroot(ctypes.byref(slot))
        return bits

    def memory_bytes(self, name: str) -> bytes:
        memory = self.instance.exports(self.store)[name]
        if isinstance(memory, wasmtime.SharedMemory):   # not tied to the store: no read(store)
            return ctypes.string_at(memory.data_ptr(), memory.data_len())
        return bytes(memory.read(self.store))

    def table_elements(self, name: str, count: int) -> tuple[int, list[int]]:
        table = self.instance.exports(self.store)[name]
        size = table.size(self.store)
        return size, [self._element_bits(table, index) for index in range(min(size, count))]

    def _element_bits(self, table, index: int) -> int:
        """0 or 1 as _read_slot gives it (wasmtime's Table.get cannot convert an exnref)."""
        slot = ffi.wasmtime_val_t()
        ffi.wasmtime_table_get(self.store._context(), ctypes.byref(table._table), index, ctypes.byref(slot))
        bits = _read_slot(slot)
        ffi.wasmtime_val_unroot(ctypes.byref(slot))
        return bits
