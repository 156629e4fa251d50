"""wasi-threads: the `wasi.thread-spawn` import, run in the process that holds the guest's memory.

`link(path, linked)` adds `thread-spawn` to `linked` (the imports of the WASI instance being
made from the artifact at `path`) when the module imports it.  `thread-spawn(start_arg)`
instantiates the same artifact in a new Store with the same imports (the same shared memory,
the same Preview1 host, so descriptors are shared), calls its `wasi_thread_start(tid,
start_arg)` on a new daemon thread and returns `tid` (1, 2, ... below 2**29), or -1 if the
instance cannot be made or the ids are used up.  As in wasmtime, a `proc_exit` in a spawned
thread ends the process with its status and a trap there prints `trap: ...` on stderr and
ends it with TRAP_STATUS, as a trap in `_start` ends `run` (wasmtime: 134 for both); threads
still running when the main `_start` returns are not waited for.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading

from ..errors import Exit, LinkError, Trap
from ..instance import Instance
from ..module import MemoryType, Module
from ..store import Store
from . import TRAP_STATUS

MODULE, NAME, START = "wasi", "thread-spawn", "wasi_thread_start"
MAX_THREAD_ID = (1 << 29) - 1
FAILED = -1


def _end_process(status: int) -> None:
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(status)


class Spawner:
    """`thread-spawn` for one module: instantiates `path` with `imports` once per thread."""

    def __init__(self, path: str, imports: dict) -> None:
        self.path, self.imports = path, imports
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def spawn(self, start_arg: int) -> int:
        with self._lock:
            tid = next(self._ids)
        if tid > MAX_THREAD_ID:
            return FAILED
        store = Store()
        try:
            instance = Instance(self.path, self.imports, store=store)
        except (LinkError, Trap):
            store.close()
            return FAILED
        threading.Thread(target=self._run, args=(instance, tid, start_arg), daemon=True,
                         name=f"wasi-thread-{tid}").start()
        return tid

    @staticmethod
    def _run(instance: Instance, tid: int, start_arg: int) -> None:
        try:
            instance.exports[START](tid, start_arg)
        except Exit as exit_:
            _end_process(exit_.status)
        except Trap as trap:
            print(f"trap: {trap}", file=sys.stderr)
            _end_process(TRAP_STATUS)
        instance.close()
        instance.store.close()


def link(path: str, linked: dict):
    """Add `wasi.thread-spawn` to `linked` if the artifact at `path` imports it and no import module
    `wasi` is given; a module that imports it must import its memory and export `wasi_thread_start`.
    The imported memory when it is given as a plain value (for WASI to use if it is not exported), else None."""
    module = Module(path)
    if MODULE in linked or not any(imp.module == MODULE and imp.name == NAME for imp in module.imports):
        return None
    memory = next((imp for imp in module.imports if isinstance(imp.type, MemoryType)), None)
    if memory is None or START not in {e.name for e in module.exports}:
        raise LinkError(f"a module importing {MODULE}.{NAME} must import its memory and export {START}")
    linked[MODULE] = {NAME: Spawner(path, linked).spawn}
    provided = linked.get(memory.module)
    return provided.get(memory.name) if isinstance(provided, dict) else None
