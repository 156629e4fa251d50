"""Where AArch64 code can run: natively, or in the arm64 CPython under qemu-user.

Finds the sysroot (env WASMOON_SYSROOT, default <repo>/.cache/sysroot next to
this package) and builds the worker's command line: a `-c` bootstrap that
registers a bare `wasmoon_aot` package and loads `wasmoon_aot.runtime` from
this directory, so nothing needs installing in the sysroot.
"""

from __future__ import annotations

import os
import platform
import shutil

RUNTIME_DIR = os.path.dirname(os.path.abspath(__file__))
QEMU = "qemu-aarch64-static"

_BOOTSTRAP = """\
import importlib.util, sys, types
package = types.ModuleType("wasmoon_aot")
package.__path__ = []
sys.modules["wasmoon_aot"] = package
spec = importlib.util.spec_from_file_location(
    "wasmoon_aot.runtime", {init!r}, submodule_search_locations=[{directory!r}])
runtime = importlib.util.module_from_spec(spec)
sys.modules["wasmoon_aot.runtime"] = runtime
spec.loader.exec_module(runtime)
from wasmoon_aot.runtime.worker import main
main()
"""


class EmulatorUnavailable(RuntimeError):
    """AArch64 code cannot run here: no qemu or no arm64 sysroot."""


def runs_natively() -> bool:
    return platform.machine().lower() in ("aarch64", "arm64")


def sysroot() -> str:
    path = os.environ.get("WASMOON_SYSROOT") or os.path.join(os.path.dirname(RUNTIME_DIR), ".cache", "sysroot")
    if not os.path.exists(os.path.join(path, "usr", "bin", "python3.11")):
        raise EmulatorUnavailable(
            f"no arm64 Python sysroot at {path}: run `make setup` (or set WASMOON_SYSROOT)")
    return path


def worker_command() -> list[str]:
    root = sysroot()
    qemu = shutil.which(QEMU)
    if qemu is None:
        raise EmulatorUnavailable(f"{QEMU} not found on PATH: run `make setup`")
    bootstrap = _BOOTSTRAP.format(init=os.path.join(RUNTIME_DIR, "__init__.py"), directory=RUNTIME_DIR)
    # -P: the client's working directory must not shadow stdlib modules (a `random.so` there would)
    return [qemu, "-L", root, os.path.join(root, "usr", "bin", "python3.11"), "-P", "-c", bootstrap]


def worker_environment() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP")}
    env["PYTHONUNBUFFERED"] = "1"
    return env
