"""A compile progress bar: functions compiled / total, on a terminal, for builds over a second.

`ProgressBar(stream)` is the callback the compiler's function loop calls with
(done, total).  It draws nothing unless `stream` is a TTY and the build has
been running for DELAY seconds, redraws at most every REDRAW seconds, and
erases its line when the build finishes.
"""

from __future__ import annotations

import time

DELAY = 1.0
REDRAW = 0.1
WIDTH = 30


class ProgressBar:
    def __init__(self, stream, label: str = "compiling"):
        self.stream = stream
        self.label = label
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.last_drawn = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < DELAY or (now - self.last_drawn < REDRAW and done < total):
            return
        self.last_drawn = now
        filled = WIDTH * done // max(total, 1)
        self.stream.write(f"\r{self.label} [{'#' * filled}{' ' * (WIDTH - filled)}] {done}/{total} functions")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.shown = False
