"""Instances of loaded artifacts: vmctx allocation, import linking, exports, calls.

An Instance owns its vmctx (zeroed, Store pointer first, one slot per imported
function) and the HostFunc records of its Python imports.  Every call from
Python goes through the artifact's entry trampoline for the callee's type:
`entry(vmctx, code, values)`; a nonzero return is a trap, raised as `Trap`.
"""

from __future__ import annotations

import ctypes

from . import abi, store
from .artifact import Artifact, locate_pc, open_artifact
from .errors import LinkError, Trap
from .exports import Exports
from .values import args_to_bits, from_bits, results_from_bits, returned_to_bits

_ENTRY_TYPE = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


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
        values = (ctypes.c_uint64 * self._slots)(*args)
        code = self._entry(self.vmctx, self.code, values)
        if code:
            raise_trap(code)
        return values[:len(self.results)]

    def __call__(self, *args):
        return results_from_bits(self.results, self.call_bits(args_to_bits(self.params, args)))

    def __repr__(self) -> str:
        return f"<wasm function {self.func_index} {list(self.params)} -> {list(self.results)}>"


def raise_trap(code: int):
    """Raise the Trap for entry return `code`, located by the pc the trap stub recorded."""
    cause = store.take_pending_exception()
    if isinstance(cause, Trap):
        raise cause
    artifact, func_index, wasm_offset = locate_pc(store.trap_pc())
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


class Instance:
    """An instance of an artifact (an Artifact, or the path of one) with the given imports."""

    def __init__(self, artifact, imports=None):
        if not isinstance(artifact, Artifact):
            artifact = open_artifact(artifact)
        self.artifact = artifact
        meta = artifact.meta
        self.layout = abi.VMContextLayout.from_metadata(meta)
        self._vmctx = ctypes.create_string_buffer(self.layout.size)
        self.vmctx = ctypes.addressof(self._vmctx)
        ctypes.c_uint64.from_buffer(self._vmctx, abi.VMCTX_STORE).value = store.STORE_ADDRESS
        self._host_records = []
        self._link_imports(imports or {})
        exports = {}
        for export in meta["exports"]:
            if export["kind"] == "func":
                exports[export["name"]] = self._function(export["index"])
        self.exports = Exports(exports)
        if meta.get("start") is not None:
            self._function(meta["start"]).call_bits([])

    def _slot(self, func_index: int):
        base = self.layout.import_slot(func_index)
        return (ctypes.c_uint64.from_buffer(self._vmctx, base + abi.IMPORT_SLOT_CODE),
                ctypes.c_uint64.from_buffer(self._vmctx, base + abi.IMPORT_SLOT_VMCTX))

    def _function(self, func_index: int) -> ExportedFunction:
        if func_index < self.artifact.num_imported_funcs:
            code, vmctx = self._slot(func_index)
            return ExportedFunction(self, func_index, code.value, vmctx.value)
        return ExportedFunction(self, func_index, self.artifact.function_address(func_index), self.vmctx)

    def _link_imports(self, imports) -> None:
        func_index = 0
        for imp in self.artifact.meta["imports"]:
            if imp["kind"] != "func":
                raise LinkError(f"unsupported import kind {imp['kind']}", imp["module"], imp["name"])
            value = _lookup(imports, imp["module"], imp["name"])
            params, results = self.artifact.types[imp["type"]]
            code, vmctx = self._slot(func_index)
            if isinstance(value, ExportedFunction):
                if (value.params, value.results) != (params, results):
                    raise LinkError("incompatible import type", imp["module"], imp["name"])
                code.value, vmctx.value = value.code, value.vmctx
                self._host_records.append(value.instance)  # keep the exporter alive
            elif callable(value) or hasattr(value, "host_binding"):
                binder = getattr(value, "host_binding", None)
                call_bits = binder(params, results) if binder else python_host_binding(value, params, results)
                record = ctypes.create_string_buffer(abi.HOSTFUNC_SIZE)
                ctypes.c_uint64.from_buffer(record, abi.HOSTFUNC_STORE).value = store.STORE_ADDRESS
                ctypes.c_uint64.from_buffer(record, abi.HOSTFUNC_CALLBACK).value = store.HOST_CALLBACK_ADDRESS
                ctypes.c_int64.from_buffer(record, abi.HOSTFUNC_ID).value = store.register_host_function(
                    call_bits, len(params), len(results))
                self._host_records.append(record)
                code.value = self.artifact.host_trampoline(imp["type"])
                vmctx.value = ctypes.addressof(record)
            else:
                raise LinkError("incompatible import type", imp["module"], imp["name"])
            func_index += 1
