"""The wait queues of one shared memory: memory.atomic.wait32/wait64 and memory.atomic.notify.

Like a futex table, keyed by byte address in the memory: `wait` compares the
value at the address with the expected one and, when they are equal, sleeps
until a `notify` of that address wakes it or its timeout passes; `notify` wakes
up to `count` of the address's waiters, oldest first, and says how many it
woke.  One lock covers the comparison and the queues, so a notify that follows a
store cannot slip between a waiter's comparison and its sleep.  The builtins
(runtime/builtins.py) check the address first; waiting blocks the calling
thread only (the lock's condition releases the GIL while it sleeps).
"""

from __future__ import annotations

import threading
import time

WOKEN, NOT_EQUAL, TIMED_OUT = 0, 1, 2  # wait's results, as the Wasm operators return them


class _Waiter:
    __slots__ = ("woken",)

    def __init__(self):
        self.woken = False


class Waiters:
    def __init__(self):
        self._condition = threading.Condition()
        self._queues: dict[int, list[_Waiter]] = {}

    def wait(self, address: int, read, expected: int, timeout_ns: int) -> int:
        """Sleep at `address` while read() == expected, at most `timeout_ns` ns (negative: no limit)."""
        deadline = None if timeout_ns < 0 else time.monotonic() + timeout_ns / 1e9
        with self._condition:
            if read() != expected:
                return NOT_EQUAL
            waiter = _Waiter()
            queue = self._queues.setdefault(address, [])
            queue.append(waiter)
            while not waiter.woken:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    queue.remove(waiter)
                    if not queue:
                        del self._queues[address]
                    return TIMED_OUT
                self._condition.wait(left)
            return WOKEN

    def notify(self, address: int, count: int) -> int:
        """Wake up to `count` waiters at `address`; how many were woken."""
        with self._condition:
            queue = self._queues.get(address)
            if not queue:
                return 0
            woken = queue[:count]
            del queue[:count]   # in place: a waiter that times out removes itself from this list
            for waiter in woken:
                waiter.woken = True
            if not queue:
                del self._queues[address]
            self._condition.notify_all()
            return len(woken)
