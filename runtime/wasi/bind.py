"""Instantiating a WASI command or reactor in the process that will run it.

`instantiate(path, imports, description, fds)` builds the Preview1 host from
a WasiConfig's `describe()` and its open descriptors, links it as
`wasi_snapshot_preview1` (unless the caller supplies that module), and
attaches the instance's exported memory (else a wasi-threads module's imported one); a module
importing `wasi.thread-spawn` gets it from threads.py.  It owns `fds`: if instantiation
fails they are closed before the error propagates.  Used by `load(..., wasi=)` on an
AArch64 host and by the worker elsewhere.
"""

from __future__ import annotations

import weakref

from ..instance import Instance
from . import threads
from .preview1 import MODULE, Preview1


def instantiate(path: str, imports: dict, description: dict, fds: list[int], store=None) -> Instance:
    host = Preview1(description["argv"], description["env"], fds, description["preopens"],
                    description.get("read_only", ()))
    weakref.finalize(host, host.table.close_all)
    linked = dict(imports)
    linked.setdefault(MODULE, host.imports())
    try:
        shared_memory = threads.link(path, linked)
        instance = Instance(path, linked, store=store)
    except BaseException:
        host.close()
        raise
    memory = instance.exports["memory"] if "memory" in instance.exports else shared_memory
    if memory is not None:
        host.attach(memory)
    instance.wasi = host
    return instance
