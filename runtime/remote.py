"""The client side of the worker's instances: RemoteInstance and RemoteFunction, mirroring the native API.

Each instance lives in the worker of its store (remote_store.py: isolation,
host calls, the default store).  An instance's handle in the worker is shared
by the RemoteInstance and its functions (`_InstanceTicket`): `close()` closes
it in the worker at once, and when the last of them is garbage the worker is
told with the next request; `RemoteStore.close()` ends the store's worker.
"""

from __future__ import annotations

import os
from typing import Any

from .errors import WorkerError
from .exports import Exports
from .host import Func
from .interrupt import require_epoch_interruption
from .exceptions import WasmException
from .remote_externs import RemoteGlobal, RemoteMemory, RemoteTable, RemoteTag, _RemoteExtern
from .wire import RemoteThrow
from .remote_store import RemoteStore, WorkerProcess, default_store
from .abi import slot_count
from .values import args_to_bits, results_from_bits


class _InstanceTicket:
    """The worker's handle of an instance, shared by the RemoteInstance and its functions: when the last
    goes, the worker is told (with the next request: a finalizer must not talk to it mid-request)."""

    def __init__(self, store: RemoteStore, worker: WorkerProcess, handle: int, options: dict):
        self.store, self.worker, self.handle, self._closed = store, worker, handle, False
        self.options = options  # the artifact's compile options (abi.META_* keys)

    @property
    def closed(self) -> bool:
        return self._closed or self.store.closed

    def close(self) -> None:
        if not self.closed:
            self._closed = True
            if self.worker.alive:
                self.worker.request("close", instance=self.handle)

    def __del__(self):
        if not self.closed:
            self.worker.dropped.append(self.handle)


class RemoteFunction:
    """A Wasm function exported by a RemoteInstance; same interface as a native exported function."""

    def __init__(self, ticket: _InstanceTicket, name: str, params, results):
        self.ticket = ticket
        self.name = name
        self.params = tuple(params)
        self.results = tuple(results)

    def call_bits(self, args: list[int], timeout: float | None = None) -> list[int]:
        if len(args) != slot_count(self.params):
            raise TypeError(f"expected {slot_count(self.params)} argument slots, got {len(args)}")
        if self.ticket.closed:
            raise RuntimeError(f"function {self.name!r} belongs to a closed instance")
        if timeout is not None:
            require_epoch_interruption(self.ticket.options)
            return self.ticket.store.call_with_timeout(timeout, lambda: self.call_bits(args))
        try:
            return self.ticket.worker.request("call", instance=self.ticket.handle, name=self.name,
                                              args=[int(a) for a in args])
        except RemoteThrow as thrown:
            raise _wasm_exception(self.ticket.worker, thrown) from None

    def __call__(self, *args, timeout: float | None = None):
        return results_from_bits(self.results, self.call_bits(args_to_bits(self.params, args), timeout))

    def __repr__(self) -> str:
        return f"<remote wasm function {self.name} {list(self.params)} -> {list(self.results)}>"


def _wasm_exception(worker: WorkerProcess, thrown: RemoteThrow) -> WasmException:
    """The WasmException for an exception that left a request, its tag a proxy of the worker's."""
    return WasmException(RemoteTag.attach(worker, thrown.handle, params=tuple(thrown.params)), bits=thrown.bits)


class RemoteInstance:
    """An instance in its store's worker; `close()` (or leaving a `with` block, or dropping it and its
    exports) frees it there."""

    def __init__(self, path: str, imports: dict | None = None, wasi: Any = None,
                 store: RemoteStore | None = None) -> None:
        self.store = store or default_store()
        self.worker = self.store.worker
        with self.worker._lock:  # host ids are registered here; nothing comes between the fds and the request
            # The whole request is encoded before any fd is sent.
            fields = {"path": os.path.abspath(path), "imports": self._encode_imports(imports or {})}
            if wasi is not None:
                fields["wasi"] = self.worker.send_wasi(wasi)
            try:
                reply = self.worker.request("load", **fields)
            except RemoteThrow as thrown:  # from the start function
                raise _wasm_exception(self.worker, thrown) from None
        self._ticket = _InstanceTicket(self.store, self.worker, reply["instance"], reply["options"])
        self.handle = reply["instance"]
        self.exports = Exports({e["name"]: self._export(e) for e in reply["exports"]})

    @property
    def closed(self) -> bool:
        return self._ticket.closed

    def close(self) -> None:
        self._ticket.close()

    def __enter__(self) -> "RemoteInstance":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _export(self, export: dict):
        kind = export["kind"]
        if kind == "func":
            return RemoteFunction(self._ticket, export["name"], export["params"], export["results"])
        if kind == "memory":
            return RemoteMemory.attach(self.worker, export["handle"], maximum=export["max"], is64=export["is64"],
                                       page_size_log2=export["page_size_log2"])
        if kind == "table":
            return RemoteTable.attach(self.worker, export["handle"], elem_type=export["elem_type"],
                                      maximum=export["max"], is64=export["is64"])
        if kind == "tag":
            return RemoteTag.attach(self.worker, export["handle"], params=tuple(export["params"]))
        return RemoteGlobal.attach(self.worker, export["handle"], type=export["type"], mutable=export["mutable"])

    def _foreign(self, worker: WorkerProcess, kind: str) -> dict:
        if not worker.alive:
            raise WorkerError(f"an imported {kind} was lost with its store's worker (status "
                              f"{worker.process.returncode})")
        return {"foreign": kind}

    def _encode_value(self, value) -> dict:
        if isinstance(value, RemoteFunction):
            if value.ticket.worker is not self.worker:
                return self._foreign(value.ticket.worker, "function")
            return {"func": [value.ticket.handle, value.name]}
        if isinstance(value, _RemoteExtern):
            if value.worker is not self.worker:
                return self._foreign(value.worker, value.kind)
            return {"extern": value.handle}
        if isinstance(value, Func):  # its caller's exports are this instance's, once the worker has made it
            value = value.bound_to(self, lambda instance: getattr(instance, "exports", None))
        if callable(value):
            return {"host": self.worker.register_host(value)}
        return {"unlinkable": type(value).__name__}

    def _encode_imports(self, imports) -> dict:
        encoded = {}
        for module, provider in imports.items():
            if isinstance(provider, RemoteInstance):
                encoded[module] = {"names": {name: self._encode_value(f) for name, f in provider.exports.items()}}
            elif hasattr(provider, "items"):
                encoded[module] = {"names": {name: self._encode_value(v) for name, v in provider.items()}}
            else:  # provides nothing: its imports are unknown, as on the native path
                encoded[module] = {"names": {}}
        return encoded
