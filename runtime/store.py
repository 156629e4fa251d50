"""Stores, and the one ctypes callback through which Wasm calls Python.

A `Store` owns the small native block that every vmctx and HostFunc record of
its instances points at (entry stack pointer, stack limit, last trap code and
pc, fuel left, epoch interrupt word; layout in abi.py).  Fuel and epoch
deadlines (set_fuel, get_fuel, set_epoch_deadline) come from
interrupt.StoreLimits, shared with the remote store.  As in wasmtime, every instance, and every memory, table
and global it links, belongs to exactly one store, and instances of different
stores are never linked together: a trap unwinds to the entry recorded in the
store of the code that trapped, so a call chain must stay inside one store.
`load()` without `store=` uses the process's default store.  `close()` (or
leaving a `with Store() as store:` block) closes and frees every instance of
the store (the lifetime rule is in instance.py's docstring).

Host functions are registered under integer ids, process-wide; the host
trampolines in artifacts call `callback(host_id, values)`, which dispatches to
the bound function, writes results in place and returns 0, or records the
exception (per thread) and returns a trap code so the trampoline unwinds to the
innermost entry.  Every such call (an imported Python function, WASI, a builtin)
adds one to the store's STORE_HOST_CALLS word: `host_calls()` (interrupt.StoreLimits)
reads it, on the remote path straight from the shared block.

The block holds one chain of entries, so one thread at a time may run a
store's code: calls take the store's `lock` (reentrant, for host functions
calling back in); threads in different stores run in parallel.
"""

from __future__ import annotations

import ctypes
import itertools
import threading
from typing import Any

from . import abi
from .interrupt import StoreLimits
from .shared_block import inherited_block
from .errors import BuiltinTrap, Trap
from .exceptions import WasmException, unwind
from .lifetime import StoreLifetime

HOST_CALLBACK_TYPE = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_int64, ctypes.POINTER(ctypes.c_uint64))

# host id -> (call_bits, number of params, number of results, the calling store's STORE_HOST_CALLS word)
_host_functions: dict[int, tuple] = {}
_host_ids = itertools.count(1)  # next() is atomic: threads instantiating at once get distinct ids
_pending = threading.local()  # .exception: what a host function raised in this thread's trapping call


def register_host_function(call_bits, num_params: int, num_results: int, counter: ctypes.c_uint64) -> int:
    """Register `call_bits(list[int]) -> list[int]`, each call counted in `counter` (the store's
    STORE_HOST_CALLS word); returns its host id."""
    host_id = next(_host_ids)
    _host_functions[host_id] = (call_bits, num_params, num_results, counter)
    return host_id


def unregister_host_function(host_id: int) -> None:
    _host_functions.pop(host_id, None)


def _dispatch(host_id: int, values) -> int:
    try:
        call_bits, num_params, num_results, counter = _host_functions[host_id]
        counter.value += 1
        results = call_bits(values[:num_params])
        if len(results) != num_results:
            raise TypeError(f"host function produced {len(results)} results, expected {num_results}")
        for slot, bits in enumerate(results):
            values[slot] = bits
        return 0
    except BuiltinTrap as trap:
        return trap.code
    except WasmException as exn:  # thrown by exn.throw or a host function: into Wasm's handler if any
        if unwind(exn, ctypes.addressof(values.contents)):
            return 0
        _pending.exception = exn
        return int(abi.TrapCode.UNCAUGHT_EXCEPTION)
    except BaseException as exc:  # noqa: BLE001 - every exception must become a trap, never unwind through Wasm
        _pending.exception = exc
        return int(exc.code) if isinstance(exc, Trap) else int(abi.TrapCode.HOST_EXCEPTION)


HOST_CALLBACK = HOST_CALLBACK_TYPE(_dispatch)
HOST_CALLBACK_ADDRESS = ctypes.cast(HOST_CALLBACK, ctypes.c_void_p).value


def take_pending_exception() -> BaseException | None:
    """The exception a host function raised during the call that just trapped, if any."""
    exc = getattr(_pending, "exception", None)
    _pending.exception = None
    return exc


class Store(StoreLimits):
    """A native store block; the instances created in it and the externs they link belong to it."""

    def __init__(self, block: Any = None) -> None:
        """A new block, or `block`: a worker's store, shared with its client (which keeps
        the epoch deadline; see interrupt.py)."""
        self._block = ctypes.create_string_buffer(abi.STORE_SIZE) if block is None else block
        self.address = ctypes.addressof(ctypes.c_char.from_buffer(self._block))
        self._init_limits(own_deadline=block is None)
        self.lifetime = StoreLifetime(self)  # its instances' states, and freeing them (lifetime.py)
        self.closed = False
        self.lock = threading.RLock()  # held while this thread runs the store's code

    def close(self) -> None:
        """Close and free every instance of the store; it takes no new ones."""
        self.lifetime.close()
        self.closed = True

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _word(self, offset: int) -> int:
        return ctypes.c_uint64.from_buffer(self._block, offset).value

    def trap_pc(self) -> int:
        return self._word(abi.STORE_TRAP_PC)

    def trap_callers(self) -> list[int]:
        """The return addresses the trap stub recorded above the trapping frame, innermost first."""
        end = min(self._word(abi.STORE_TRAP_FRAMES_END), abi.STORE_SIZE)
        return [self._word(offset) for offset in range(abi.STORE_TRAP_FRAMES, end, 8)]

    def claim(self, extern: Any) -> bool:
        """Make `extern` (a Memory, Table or Global) belong to this store if it belongs to none yet;
        whether it belongs to this store now."""
        if extern.store is None:
            extern.store = self
        return extern.store is self

    def __repr__(self) -> str:
        return f"<store {self.address:#x}>"


class ForeignImport:
    """An import value that belongs to another store (on the remote path: to another worker)."""


_default_store: Store | None = None


def default_store() -> Store:
    """The store `load()` uses when given none (in a worker: the block its client shares)."""
    global _default_store
    if _default_store is None or _default_store.closed:
        _default_store = Store(inherited_block())
    return _default_store
