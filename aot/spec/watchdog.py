"""Kills the runtime worker when one request (a call, an instantiation) runs too long.

One daemon thread serves every guarded request, so guarding costs a lock and a
notify, not a thread per call.  A killed worker makes the pending request fail;
the engine turns that into a TimeoutError and the runtime starts a fresh worker.
"""

from __future__ import annotations

import contextlib
import threading
import time


class Watchdog:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.fired = False
        self._condition = threading.Condition()
        self._deadline: float | None = None
        self._process = None
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def guard(self, process):
        """Kill `process` (anything with .kill(); None guards nothing) if the block outlasts the limit."""
        if process is None:
            yield
            return
        with self._condition:
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="spec-watchdog", daemon=True)
                self._thread.start()
            self.fired = False
            self._process = process
            self._deadline = time.monotonic() + self.seconds
            self._condition.notify()
        try:
            yield
        finally:
            with self._condition:
                self._deadline = None
                self._process = None

    def _watch(self) -> None:
        with self._condition:
            while True:
                if self._deadline is None:
                    self._condition.wait()
                    continue
                remaining = self._deadline - time.monotonic()
                if remaining > 0:
                    self._condition.wait(remaining)
                    continue
                self.fired = True
                self._process.kill()
                self._deadline = None
                self._process = None
