"""Client-side proxies of memories, tables, globals and tags that live in the worker (same API as native).

Created from Python (`RemoteMemory(1, 2)` makes the memory in the worker of
the default store, `RemoteMemory(1, 2, store=s)` in that of `s`) or attached
to an instance's exports.  Values convert on this side, so
externref objects stay here and only their handles cross; arguments go
through the same checks (checks.py) as the native classes' before they are
sent, so only plain ints cross, and the worker checks them again.  A RemoteMemory
maps the file its memory lives in (memory_sharing.py): `read`, `write`, `size`
and `view()` (live and writable, as a native Memory's) need no request.
"""

from __future__ import annotations

import ctypes
from typing import Any, Iterable

from . import checks
from .global_value import VALUE_TYPES
from .abi import PAGE_SIZE_LOG2, max_memory_pages
from .memory_sharing import MemoryMapping
from .remote_store import default_store
from .table import REF_TYPES
from .values import from_bits, to_bits


def _worker_of(store):
    return (store or default_store()).worker


class _RemoteExtern:
    kind = ""

    @classmethod
    def attach(cls, worker, handle: int, **attributes):
        proxy = cls.__new__(cls)
        proxy.worker, proxy.handle = worker, handle
        proxy.__dict__.update(attributes)
        return proxy

    def _create(self, store, **fields) -> None:
        self.worker = _worker_of(store)
        self.handle = self.worker.request("new_" + self.kind, **fields)

    def _call(self, method: str, *args):
        return self.worker.request("extern", handle=self.handle, method=method, args=list(args))

    def __del__(self):
        # One proxy per handle handed out: the worker forgets the extern when its last proxy goes.
        worker, handle = getattr(self, "worker", None), getattr(self, "handle", None)
        if worker is not None and handle is not None:
            worker.dropped_externs.append(handle)


class RemoteMemory(_RemoteExtern):
    kind = "memory"

    def __init__(self, min_pages: int, max_pages: int | None = None, store: Any = None, is64: bool = False,
                 page_size_log2: int = PAGE_SIZE_LOG2, shared: bool = False) -> None:
        min_pages, max_pages = checks.limits("memory", min_pages, max_pages, max_memory_pages(is64, page_size_log2))
        self.maximum, self.is64, self.page_size_log2 = max_pages, bool(is64), page_size_log2
        self.shared = bool(shared)
        self._create(store, min=min_pages, max=max_pages, is64=self.is64, page_size_log2=page_size_log2,
                     shared=self.shared)

    _mapping: MemoryMapping | None = None

    def _window(self) -> memoryview:
        """All the memory's current bytes, mapped from the worker's file (asked for on first use)."""
        self.worker.check_alive()
        if self._mapping is None:
            self._mapping = MemoryMapping(self.worker.memory_file(self.handle))
        return self._mapping.window()

    @property
    def size(self) -> int:
        return self.data_len >> self.page_size_log2

    @property
    def data_len(self) -> int:
        return len(self._window())

    def grow(self, delta_pages: int) -> int:
        return self._call("grow", checks.count("memory grow delta", delta_pages))

    def read(self, offset: int, length: int) -> bytes:
        window = self._window()
        offset, length = checks.span("memory access", offset, length, len(window))
        return bytes(window[offset:offset + length])

    def write(self, offset: int, data: bytes | bytearray | memoryview) -> None:
        data, window = checks.data(data), self._window()
        offset, length = checks.span("memory access", offset, len(data), len(window))
        window[offset:offset + length] = data

    def view(self) -> memoryview:
        """A live, writable view of the current bytes, as a native Memory's: it keeps the memory alive,
        take a new one after growing to see the new pages; after the worker exits it keeps the last
        bytes, detached."""
        window = self._window()
        if not len(window):
            return window
        pinned = (ctypes.c_char * len(window)).from_buffer(window)
        pinned.memory = self  # the view pins this proxy, so the worker keeps the memory
        return memoryview(pinned).cast("B")

    def __repr__(self) -> str:
        return f"<remote memory {self.handle}>"


class RemoteTable(_RemoteExtern):
    kind = "table"

    def __init__(self, elem_type: str, minimum: int, maximum: int | None = None, init: Any = None,
                 store: Any = None, is64: bool = False) -> None:
        checks.one_of("table element type", elem_type, REF_TYPES)
        minimum, maximum = checks.limits("table", minimum, maximum, checks.U64_MAX if is64 else checks.U32_MAX)
        self.elem_type, self.maximum, self.is64 = elem_type, maximum, bool(is64)
        self._create(store, elem_type=elem_type, min=minimum, max=maximum, init=to_bits(elem_type, init),
                     is64=self.is64)

    @property
    def size(self) -> int:
        return self._call("size")

    def get_bits(self, index: int) -> int:
        return self._call("get_bits", checks.integer("table index", index))

    def set_bits(self, index: int, bits: int) -> None:
        self._call("set_bits", checks.integer("table index", index), checks.raw_bits("table element", bits))

    def get(self, index: int) -> Any:
        return from_bits(self.elem_type, self.get_bits(index))

    def set(self, index: int, value: Any) -> None:
        self.set_bits(index, to_bits(self.elem_type, value))

    def grow(self, delta: int, init: Any = None) -> int:
        return self._call("grow", checks.count("table grow delta", delta), to_bits(self.elem_type, init))

    def __repr__(self) -> str:
        return f"<remote table {self.elem_type} {self.handle}>"


class RemoteGlobal(_RemoteExtern):
    kind = "global"

    def __init__(self, valtype: str, value: Any = None, mutable: bool = False, store: Any = None) -> None:
        self.type, self.mutable = checks.one_of("global value type", valtype, VALUE_TYPES), bool(mutable)
        bits = 0 if value is None else checks.global_value_bits(self.type, value)
        self._create(store, type=valtype, bits=bits, mutable=self.mutable)

    def get_bits(self) -> int:
        return self._call("get_bits")

    def set_bits(self, bits: int) -> None:
        if not self.mutable:
            raise AttributeError("cannot set an immutable global")
        self._call("set_bits", checks.global_bits(self.type, bits))

    @property
    def value(self) -> Any:
        bits = self.get_bits()
        return bits if self.type == "v128" else from_bits(self.type, bits)

    @value.setter
    def value(self, value: Any) -> None:
        self.set_bits(checks.global_value_bits(self.type, value))

    def __repr__(self) -> str:
        return f"<remote global {'mut ' if self.mutable else ''}{self.type} {self.handle}>"


class RemoteTag(_RemoteExtern):
    """A tag in the worker (exceptions.Tag); proxies of one tag compare equal."""
    kind = "tag"

    def __init__(self, params: Iterable[str], store: Any = None) -> None:
        self.params = tuple(params)
        self._create(store, params=list(self.params))

    def __eq__(self, other) -> bool:
        return isinstance(other, RemoteTag) and (other.worker, other.handle) == (self.worker, self.handle)

    def __hash__(self) -> int:
        return hash((id(self.worker), self.handle))

    def __repr__(self) -> str:
        return f"<remote tag {list(self.params)}>"
