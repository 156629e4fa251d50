"""Fuel and epoch interruption on the runtime side: the engine's epoch, store deadlines, timeouts.

Compiled code (built with consume_fuel / epoch_interruption) reads two words of
its Store block: STORE_FUEL, the fuel left, which it keeps in a register and
writes back around calls; and STORE_INTERRUPT, which it tests at every function
entry and loop header (one load and one branch), trapping with "interrupt" when
it is nonzero.  The runtime keeps STORE_INTERRUPT equal to "the engine's epoch
has reached this store's deadline": `increment_epoch()` re-evaluates every live
store's deadline (a walk over the live stores), `set_epoch_deadline()` its own.  So the engine-wide epoch is
a plain integer of the process that owns the stores, and ticking it from any
thread, while another is inside Wasm, is a store to a word compiled code reads
(ctypes releases the GIL while Wasm runs; an aligned 64-bit store is seen whole).

On the remote path the store block of a worker is a MAP_SHARED mapping of an
unlinked file the client creates (remote_store.py passes the descriptor to the
worker): qemu-user maps guest memory onto host memory, so the client's
RemoteStore reads and writes the very words the worker's code uses, with no
request, even while its thread waits for a call to return.  The deadline and
the epoch then live in the client; the worker's store leaves the word alone.

`timeout=` on a call: for the call's duration the store's deadline does not
apply, and a timer sets only this store's interrupt word when the time is up;
afterwards the deadline applies again.  Other stores see nothing.

StoreLimits also reads STORE_HOST_CALLS, the count of calls the store's code made into Python
(store.py's callback adds one per call), the same way: `store.host_calls()`.

As in wasmtime, a new store has 0 fuel and deadline 0 (already reached), so
code built with either option traps at its first check until `set_fuel` /
`set_epoch_deadline` say otherwise; code built without them never reads these
words.
"""

from __future__ import annotations

import ctypes
import threading
import weakref

from . import abi

NEVER = (1 << 64) - 1
MAX_FUEL = (1 << 63) - 1

_lock = threading.Lock()   # guards _epoch and every deadline's word
_epoch = 0
_deadlines: "weakref.WeakSet[EpochDeadline]" = weakref.WeakSet()


def increment_epoch() -> None:
    """Advance the engine's epoch by one: stores whose deadline it reaches trap at their next check."""
    global _epoch
    with _lock:
        _epoch += 1
        for deadline in list(_deadlines):
            deadline.update()


class EpochDeadline:
    """One store's deadline, mirrored into the interrupt word its code tests."""

    def __init__(self, word: ctypes.c_uint64):
        self._word = word
        self._deadline = 0
        self._timed = False     # inside a timeout= call: the deadline does not apply
        self._timed_out = False
        with _lock:
            _deadlines.add(self)
            self.update()

    def update(self) -> None:
        """Rewrite the interrupt word (with _lock held)."""
        reached = self._timed_out if self._timed else _epoch >= self._deadline
        self._word.value = int(reached)

    def set_ticks(self, ticks: int) -> None:
        ticks = int(ticks)
        if ticks < 0:
            raise ValueError(f"epoch deadline ticks must be >= 0, not {ticks}")
        with _lock:
            self._deadline = min(_epoch + ticks, NEVER)
            self.update()

    def _timed_call(self, timed: bool, timed_out: bool = False) -> None:
        with _lock:
            self._timed, self._timed_out = timed, timed_out
            self.update()

    def call_with_timeout(self, seconds: float, call):
        """`call()`, interrupted when `seconds` have passed."""
        if not seconds > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {seconds!r}")
        if self._timed:
            raise RuntimeError("a timeout= call is already running in this store")
        self._timed_call(True)
        timer = threading.Timer(seconds, self._timed_call, (True, True))
        timer.daemon = True
        timer.start()
        try:
            return call()
        finally:
            timer.cancel()
            timer.join()
            self._timed_call(False)


class StoreLimits:
    """Fuel, epoch deadline and count of calls into Python of a store, through its block (mixed
    into Store and RemoteStore).

    The class sets `_block` (a writable buffer of abi.STORE_SIZE bytes) and calls
    `_init_limits()`; `own_deadline=False` is for a worker's store, whose client
    keeps the deadline."""

    def _init_limits(self, own_deadline: bool = True) -> None:
        self._fuel = ctypes.c_int64.from_buffer(self._block, abi.STORE_FUEL)
        self.host_call_counter = ctypes.c_uint64.from_buffer(self._block, abi.STORE_HOST_CALLS)
        interrupt = ctypes.c_uint64.from_buffer(self._block, abi.STORE_INTERRUPT)
        self._deadline = EpochDeadline(interrupt) if own_deadline else None

    def set_fuel(self, fuel: int) -> None:
        """Fuel for code built with consume_fuel: each Wasm operator executed costs one
        (nop, drop, block, loop, end and else are free); it traps when the fuel runs out."""
        fuel = int(fuel)
        if not 0 <= fuel <= MAX_FUEL:
            raise ValueError(f"fuel must be in [0, 2**63), not {fuel}")
        self._fuel.value = fuel

    def host_calls(self) -> int:
        """How many calls the store's Wasm code has made into Python (host functions, WASI and
        the runtime's builtins, such as memory.grow) since the store was made."""
        return self.host_call_counter.value

    def get_fuel(self) -> int:
        """Fuel left (0 once exhausted)."""
        return max(0, self._fuel.value)

    def set_epoch_deadline(self, ticks: int) -> None:
        """Code built with epoch_interruption traps once the engine's epoch reaches now + `ticks`."""
        self._deadline.set_ticks(ticks)

    def call_with_timeout(self, seconds: float, call):
        """`call()` (a call into this store), trapping with "interrupt" after `seconds`."""
        return self._deadline.call_with_timeout(seconds, call)


def require_epoch_interruption(meta: dict) -> None:
    """A timeout needs epoch checks in the code: refuse artifacts built without them."""
    if not meta.get(abi.META_EPOCH_INTERRUPTION):
        raise ValueError("timeout= needs an artifact built with --epoch-interruption")
