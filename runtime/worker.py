"""The worker: runs the runtime inside the AArch64 Python and serves its client over stdin/stdout.

Requests it serves: `load` (path, imports, optional WASI description whose
stdio and preopen fds arrive just before over wasi.fd_passing's socket, bound
to the request by a ticket; closed on any failure)
-> instance handle, its exports and the artifact's compile options
(functions by signature; memories, tables and globals by extern handle);
`call` (instance, export, raw argument slots) -> raw result slots;
`new_memory` / `new_table` / `new_global` -> extern handle; `extern` (handle,
method, args) -> the result of one operation on a memory, table or global
(through the public methods, which check their arguments; a memory's `share`
(ticket) sends its file over that socket, memory_sharing.py); `close`
(instance) closes an instance now.  Any request may carry `drop`: handles of
instances the client no longer uses (closed before the request is served),
and `drop_externs`: one entry per extern proxy the client let go (each
handle handed out counts once, and the worker forgets the extern when its
count reaches zero).  Funcref bits sent to the client pin their instance's
state until the worker exits (instance.py's lifetime rule).
Host functions stay in the client: the worker calls them with a `host_call`
request and waits, serving nested requests meanwhile; only the main thread talks to the client,
so a wasi-threads thread (wasi/threads.py) calling one traps.
Its own prints go to stderr so stdout carries only protocol lines.
It exits as soon as its client dies: a thread waits for stdin (the protocol
pipe, whose write end only the client holds) to hang up, which it does even
while the main thread is busy in Wasm code.  (Not PR_SET_PDEATHSIG: that fires
when the client *thread* that started the worker ends.)
"""

from __future__ import annotations

import os
import select
import sys
import threading

from . import abi, gc_heap, lifetime
from .abi import PAGE_SIZE_LOG2, TrapCode
from .channel import Channel
from .exceptions import Tag, WasmException
from .global_value import Global
from .instance import ExportedFunction, Instance
from .memory import Memory
from .memory_sharing import share_memories
from .store import ForeignImport
from .table import Table
from .values import slot_values
from .wasi import bind as wasi_bind
from .wasi import fd_passing
from .wire import RemoteHostException, encode_error


class _Unlinkable:
    """Stands for an import value the client could not send (always an incompatible import type)."""


class RemoteHostFunction:
    """A client-side Python callable, as seen by the worker's import linking."""

    def __init__(self, channel: Channel, host_id: int, tags: dict):
        self.channel = channel
        self.host_id = host_id
        self.tags = tags  # the worker's externs by handle: a host function throws with one of its tags

    def host_binding(self, params, results):
        def call_bits(args):
            if threading.current_thread() is not threading.main_thread():  # only it serves the channel
                raise RuntimeError("a spawned thread (wasi-threads) cannot call a host function of the client")
            _pin_funcrefs(params, args)
            reply = self.channel.request("host_call", host=self.host_id, params=list(params),
                                         results=list(results), args=list(args))
            if "ok" in reply:
                return reply["ok"]
            err = reply["err"]
            if err.get("type") == "exception":
                raise WasmException(self.tags[err["tag"]], bits=err["bits"])
            raise RemoteHostException(err.get("id", 0), err.get("message", "host function failed"))
        return call_bits


def _pin_funcrefs(types, slots) -> None:
    """Values about to go to the client (raw slots): each funcref pins its instance, and each
    gc object stays alive from then on (gc_heap.pin: the client's handles are not counted)."""
    for ty, bits in zip(types, slot_values(types, slots)):
        if lifetime.holds_funcrefs(ty):
            lifetime.pin(bits)
        elif gc_heap.may_be_object(ty, bits):
            gc_heap.pin(bits)


def _pinned(extern, bits: int) -> int:
    """`bits` read from `extern`, about to go to the client: a funcref pins its instance."""
    valtype = getattr(extern, "elem_type", None) or getattr(extern, "type", None)
    if lifetime.holds_funcrefs(valtype):
        lifetime.pin(bits)
    elif gc_heap.may_be_object(valtype, bits):
        gc_heap.pin(bits)
    return bits


# (extern class, method) -> operation(extern, *args): the public methods, which check their arguments
_EXTERN_METHODS = {
    (Memory, "grow"): Memory.grow,
    (Memory, "share"): lambda memory, ticket: fd_passing.send_to_client(memory.backing.fd, ticket),
    (Table, "size"): lambda table: table.size,
    (Table, "get_bits"): lambda table, index: _pinned(table, table.get_bits(index)),
    (Table, "set_bits"): Table.set_bits,
    (Table, "grow"): Table.grow_bits,
    (Global, "get_bits"): lambda cell: _pinned(cell, cell.get_bits()),
    (Global, "set_bits"): Global.set_bits,
}


class Worker:
    def __init__(self, reader, writer):
        self.channel = Channel(reader, writer, self.serve)
        self.channel.encode_error = self._encode_error
        self.instances = {}
        self.externs = {}  # handle -> Memory | Table | Global, while the client holds a proxy of it
        self._extern_handles = {}  # id(extern) -> handle
        self._extern_proxies = {}  # handle -> how many proxies of it the client holds
        self._next_handle = 0

    def serve(self, message: dict):
        for handle in message.get("drop", ()):
            self._close(handle)
        for handle in message.get("drop_externs", ()):
            self._release_extern(handle)
        op = message["op"]
        if op == "call":
            function = self._instance(message["instance"]).exports[message["name"]]
            results = function.call_bits(message["args"])
            _pin_funcrefs(function.results, results)
            return results
        if op == "close":
            return self._close(message["instance"])
        if op == "extern":
            extern = self.externs.get(message["handle"])
            if extern is None:
                raise ValueError(f"no extern with handle {message['handle']} (its last proxy is gone)")
            operation = _EXTERN_METHODS.get((type(extern), message["method"]))
            if operation is None:
                raise ValueError(f"no operation {message['method']!r} on {extern!r}")
            return operation(extern, *message["args"])
        if op == "load":
            return self._load(message["path"], message["imports"], message.get("wasi"))
        if op == "new_memory":
            return self._extern_handle(Memory(message["min"], message["max"], is64=message.get("is64", False),
                                              page_size_log2=message.get("page_size_log2", PAGE_SIZE_LOG2),
                                              shared=message.get("shared", False)))
        if op == "new_table":
            return self._extern_handle(Table.with_bits(message["elem_type"], message["min"], message["max"],
                                                       message["init"], message.get("is64", False)))
        if op == "new_global":
            return self._extern_handle(Global.with_bits(message["type"], message["bits"], message["mutable"]))
        if op == "new_tag":
            return self._extern_handle(Tag(message["params"]))
        if op == "ping":
            return TrapCode.OK.name
        raise ValueError(f"unknown request {op!r}")

    def _instance(self, handle: int) -> Instance:
        instance = self.instances.get(handle)
        if instance is None:
            raise RuntimeError(f"instance {handle} is closed")
        return instance

    def _close(self, handle: int) -> None:
        instance = self.instances.pop(handle, None)
        if instance is not None:
            instance.close()

    def _extern_handle(self, extern) -> int:
        """The handle of `extern` for one new client proxy."""
        handle = self._extern_handles.get(id(extern))
        if handle is None:
            self._next_handle += 1
            handle = self._extern_handles[id(extern)] = self._next_handle
            self.externs[handle] = extern
        self._extern_proxies[handle] = self._extern_proxies.get(handle, 0) + 1
        return handle

    def _release_extern(self, handle: int) -> None:
        """One proxy of `handle` is gone; forget the extern with the last."""
        left = self._extern_proxies.pop(handle, 0) - 1
        if left > 0:
            self._extern_proxies[handle] = left
        elif handle in self.externs:
            del self._extern_handles[id(self.externs.pop(handle))]

    def _import_value(self, encoded):
        if "func" in encoded:
            handle, name = encoded["func"]
            return self._instance(handle).exports[name]
        if "host" in encoded:
            return RemoteHostFunction(self.channel, encoded["host"], self.externs)
        if "extern" in encoded:
            return self.externs[encoded["extern"]]
        if "foreign" in encoded:
            return ForeignImport()
        return _Unlinkable()

    def _encode_error(self, exc: BaseException) -> dict:
        """A Wasm exception crosses with a handle of its tag (a proxy's, as for an exported tag)."""
        if isinstance(exc, WasmException):
            return {"type": "exception", "tag": self._extern_handle(exc.tag), "params": list(exc.tag.params),
                    "bits": exc.bits}
        return encode_error(exc)

    def _describe_export(self, name: str, value) -> dict:
        if isinstance(value, ExportedFunction):
            return {"name": name, "kind": "func", "params": list(value.params), "results": list(value.results)}
        described = {"name": name, "handle": self._extern_handle(value)}
        if isinstance(value, Memory):
            return {**described, "kind": "memory", "max": value.maximum, "is64": value.is64,
                    "page_size_log2": value.page_size_log2}
        if isinstance(value, Table):
            return {**described, "kind": "table", "elem_type": value.elem_type, "max": value.maximum,
                    "is64": value.is64}
        if isinstance(value, Tag):
            return {**described, "kind": "tag", "params": list(value.params)}
        return {**described, "kind": "global", "type": value.type, "mutable": value.mutable}

    def _load(self, path: str, encoded_imports: dict, wasi: dict | None = None) -> dict:
        fds = fd_passing.receive(wasi["fds"], wasi["ticket"]) if wasi else []
        try:
            imports = {}
            for module, provider in encoded_imports.items():
                imports[module] = {name: self._import_value(v) for name, v in provider["names"].items()}
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        instance = Instance(path, imports) if wasi is None else wasi_bind.instantiate(path, imports, wasi, fds)
        self._next_handle += 1
        handle = self._next_handle
        self.instances[handle] = instance
        exports = [self._describe_export(name, value) for name, value in instance.exports.items()]
        return {"instance": handle, "exports": exports, "options": abi.compile_options(instance.artifact.meta)}


def _exit_with_client() -> None:
    poller = select.poll()
    poller.register(0, select.POLLHUP)  # not POLLIN: requests waiting to be read do not wake us
    while not poller.poll():
        pass
    os._exit(0)


def main() -> None:
    threading.Thread(target=_exit_with_client, name="exit-with-client", daemon=True).start()
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    share_memories()
    Worker(sys.stdin.buffer, protocol_out).channel.serve_forever()


if __name__ == "__main__":
    main()
