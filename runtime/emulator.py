"""Where AArch64 code can run: natively, or in the arm64 CPython under qemu-user.

Finds what the worker needs in a provisioned root (`setup_roots()`: a checkout's
`.cache`, which `make setup` fills, then the user's `$XDG_CACHE_HOME/wasmoon-aot`,
which `wasmoon-aot setup` fills): the arm64 sysroot `<root>/sysroot` (or env
WASMOON_SYSROOT) and `<root>/bin/qemu-aarch64-static` (or the one on PATH). It
builds the worker's command line: a `-c` bootstrap that registers a bare
`wasmoon_aot` package and loads `wasmoon_aot.runtime` from this directory, so
nothing needs installing in the sysroot.
"""

from __future__ import annotations

import os
import platform
import shutil

RUNTIME_DIR = os.path.dirname(os.path.abspath(__file__))
QEMU = "qemu-aarch64-static"
SYSROOT_PYTHON = os.path.join("usr", "bin", "python3.11")
SETUP_COMMAND = "wasmoon-aot setup"

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


def user_cache_dir() -> str:
    """`$XDG_CACHE_HOME/wasmoon-aot` (default `~/.cache/wasmoon-aot`): compile cache and `wasmoon-aot setup`."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "wasmoon-aot")


def setup_roots() -> list[str]:
    """Where a provisioned sysroot and qemu may live, first match wins: a checkout's `.cache`, then the user's."""
    return [os.path.join(os.path.dirname(RUNTIME_DIR), ".cache"), user_cache_dir()]


def sysroot() -> str:
    override = os.environ.get("WASMOON_SYSROOT")
    candidates = [override] if override else [os.path.join(root, "sysroot") for root in setup_roots()]
    for path in candidates:
        if os.path.exists(os.path.join(path, SYSROOT_PYTHON)):
            return path
    raise EmulatorUnavailable(
        f"no arm64 Python sysroot at {' or '.join(candidates)}: run `{SETUP_COMMAND}`"
        + (" (or unset WASMOON_SYSROOT)" if override else ""))


def qemu() -> str:
    """The provisioned qemu-aarch64-static beside a sysroot root, else the one on PATH."""
    for root in setup_roots():
        path = os.path.join(root, "bin", QEMU)
        if os.access(path, os.X_OK):
            return path
    found = shutil.which(QEMU)
    if found is None:
        folders = " nor ".join(os.path.join(root, "bin") for root in setup_roots())
        raise EmulatorUnavailable(f"{QEMU} is neither in {folders} nor on PATH: run `{SETUP_COMMAND}`")
    return found


def worker_command() -> list[str]:
    root = sysroot()
    emulator = qemu()
    bootstrap = _BOOTSTRAP.format(init=os.path.join(RUNTIME_DIR, "__init__.py"), directory=RUNTIME_DIR)
    # -P: the client's working directory must not shadow stdlib modules (a `random.so` there would)
    return [emulator, "-L", root, os.path.join(root, SYSROOT_PYTHON), "-P", "-c", bootstrap]


def worker_environment() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP")}
    env["PYTHONUNBUFFERED"] = "1"
    return env
