"""The engine-wide epoch counter, and per-call timeouts built on store deadlines.

Code compiled with epoch_interruption compares the counter with its store's
deadline (abi.STORE_EPOCH_DEADLINE) at every function entry and loop header
and traps with "interrupt" once epoch >= deadline.  `increment_epoch()` may be
called from any thread, also while another thread is inside Wasm: ctypes
releases the GIL while compiled code runs, and an aligned 64-bit store is seen
whole by the reader.

Where the counter lives: one process-wide u64.  On an AArch64 host it is a
plain ctypes cell.  On other hosts the Wasm code runs in one arm64 worker per
store (runtime/remote.py), and the client must be able to tick while it waits
for a reply, so the counter is an 8-byte file mapped MAP_SHARED by the client
and by every worker (qemu-user maps guest memory onto host memory, so a store
by the client is a store the guest reads).  The client creates the file on
first use and hands its path to the workers it starts in
$WASMOON_EPOCH_FILE (see `worker_environment`); a worker maps that file.

`call_with_timeout` implements `f(..., timeout=seconds)`: for the call's
duration the store's deadline is "never", and a timer moves only that store's
deadline to the current epoch when the time is up (the next check traps); the
previous deadline is restored after the call, so other stores, and this store's
later calls, see no change.
"""

from __future__ import annotations

import atexit
import ctypes
import mmap
import os
import tempfile
import threading

from . import abi
from .emulator import runs_natively

ENV_VARIABLE = "WASMOON_EPOCH_FILE"
NEVER = (1 << 64) - 1

_lock = threading.Lock()
_cell = None           # the ctypes.c_uint64 holding the epoch
_mapping = None        # the mmap behind _cell, when shared through a file
_shared_path: str | None = None


def _map(path: str) -> None:
    global _cell, _mapping
    with open(path, "r+b") as file:
        _mapping = mmap.mmap(file.fileno(), 8)
    _cell = ctypes.c_uint64.from_buffer(_mapping)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _counter() -> ctypes.c_uint64:
    """The counter, set up on first use (see the module docstring for where it lives)."""
    global _cell, _shared_path
    with _lock:
        if _cell is None:
            inherited = os.environ.get(ENV_VARIABLE)
            if inherited:
                _map(inherited)
            elif runs_natively():
                _cell = ctypes.c_uint64(0)
            else:
                fd, _shared_path = tempfile.mkstemp(prefix="wasmoon-epoch-")
                os.write(fd, bytes(8))
                os.close(fd)
                atexit.register(_remove, _shared_path)
                _map(_shared_path)
        return _cell


def counter_address() -> int:
    """Address of the counter, which every Store block records for compiled code."""
    return ctypes.addressof(_counter())


def current_epoch() -> int:
    return _counter().value


def increment_epoch() -> None:
    """Advance the engine's epoch by one: stores whose deadline it reaches trap at their next check."""
    cell = _counter()
    with _lock:
        cell.value = (cell.value + 1) & NEVER


def worker_environment() -> dict:
    """What a worker process needs in its environment to share this process's counter."""
    _counter()
    return {ENV_VARIABLE: _shared_path} if _shared_path else {}


def deadline_after(ticks: int) -> int:
    """The deadline `ticks` epochs from now (saturating: never past NEVER)."""
    if ticks < 0:
        raise ValueError(f"epoch deadline ticks must be >= 0, not {ticks}")
    return min(current_epoch() + int(ticks), NEVER)


def require_epoch_interruption(meta: dict) -> None:
    """A timeout needs epoch checks in the code: refuse artifacts built without them."""
    if not meta.get(abi.META_EPOCH_INTERRUPTION):
        raise ValueError("timeout= needs an artifact built with --epoch-interruption")


def call_with_timeout(store, seconds: float, call):
    """`call()` with `store`'s deadline moved to now after `seconds` (so it traps with
    "interrupt" at its next check); the deadline the store had is restored afterwards."""
    if not seconds > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {seconds!r}")
    saved = store.epoch_deadline()
    store.set_raw_epoch_deadline(NEVER)
    timer = threading.Timer(seconds, lambda: store.set_raw_epoch_deadline(current_epoch()))
    timer.daemon = True
    timer.start()
    try:
        return call()
    finally:
        timer.cancel()
        timer.join()
        store.set_raw_epoch_deadline(saved)
