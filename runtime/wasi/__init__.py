"""WASI preview 1 (`wasi_snapshot_preview1`) for loaded artifacts.

`load(path, imports, wasi=WasiConfig(...))` links the WASI imports in the
process that holds the guest's memory (this one on AArch64, the worker
elsewhere); `run_command(instance)` calls `_start` and returns the guest's
exit status (proc_exit raises `Exit`, which it turns into that status).
A module importing wasi-threads' `wasi.thread-spawn` gets it linked too (threads.py).
`TRAP_STATUS` is the exit status of a program that traps.
"""

from typing import Any

from ..errors import Exit
from .config import WasiConfig, parse_preopen

TRAP_STATUS = 2  # a program's exit status when it traps: `_start` under `run`, or a spawned thread


def run_command(instance: Any, entry: str = "_start") -> int:
    """Run a WASI command's entry point; its exit status (0 when it returns normally).  Then (also after a
    trap) the output the guest wrote to stream objects without a file descriptor is in them."""
    try:
        instance.exports[entry]()
    except Exit as exit_:
        return exit_.status
    finally:
        config = getattr(instance, "wasi_config", None)
        if config is not None:
            config.collect_output()
    return 0


__all__ = ["WasiConfig", "Exit", "parse_preopen", "run_command"]
