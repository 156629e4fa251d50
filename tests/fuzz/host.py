"""The host functions smith modules may import, identical in both engines, and the log of their calls.

Modules may import any of IMPORTS_WAT's functions (smith's --available-imports).
Each is a pure function of its arguments (integers only, so no float ever
passes through a Python float), and every call is logged as
(name, masked arguments); the trace compares the log after each export call,
so the order and arguments of host calls are checked too.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from pathlib import Path

HOST_MODULE = "host"
IMPORTS_WAT = f"""(module
  (import "{HOST_MODULE}" "mix32" (func (param i32) (result i32)))
  (import "{HOST_MODULE}" "mix64" (func (param i64) (result i64)))
  (import "{HOST_MODULE}" "pair" (func (param i32 i64) (result i64 i32)))
  (import "{HOST_MODULE}" "note" (func (param i32)))
  (import "{HOST_MODULE}" "tick" (func)))"""
_M32 = (1 << 32) - 1
_M64 = (1 << 64) - 1


def _mix32(x):
    return ((x & _M32) * 0x9E3779B1 + 0x7F4A7C15) & _M32


def _mix64(x):
    return ((x & _M64) * 0x9E3779B97F4A7C15 + 1) & _M64


def _pair(a, b):
    return (_mix64(b) ^ (a & _M32)) & _M64, _mix32(a + 1)


# name -> (params, results, implementation)
HOST_FUNCTIONS = {
    "mix32": (("i32",), ("i32",), _mix32),
    "mix64": (("i64",), ("i64",), _mix64),
    "pair": (("i32", "i64"), ("i64", "i32"), _pair),
    "note": (("i32",), (), lambda x: None),
    "tick": ((), (), lambda: None),
}
_MASKS = {"i32": _M32, "i64": _M64}


class HostLog:
    """The host functions bound to one engine instance, recording their calls."""

    def __init__(self):
        self.calls: list[tuple] = []

    def function(self, name: str):
        """The Python callable for import `name` (its results as Python ints, signed or not)."""
        params, _, implementation = HOST_FUNCTIONS[name]

        def host(*args):
            masked = [a & _MASKS[ty] for ty, a in zip(params, args)]
            self.calls.append((name, masked))
            return implementation(*masked)
        return host

    def take(self) -> list[tuple]:
        calls, self.calls = self.calls, []
        return calls


def imports_module_path(wasm_tools: str) -> Path:
    """A binary of IMPORTS_WAT for smith's --available-imports (in the temp folder, named by its content)."""
    digest = hashlib.sha256(IMPORTS_WAT.encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"wasmoon-fuzz-imports-{digest}.wasm"
    if not path.exists():
        binary = subprocess.run([wasm_tools, "parse", "-"], input=IMPORTS_WAT.encode(), capture_output=True,
                                check=True).stdout
        scratch = path.with_suffix(f".{os.getpid()}.tmp")
        scratch.write_bytes(binary)
        scratch.replace(path)   # atomic: parallel workers may race here
    return path
