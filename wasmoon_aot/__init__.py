"""wasmoon-aot: the package that holds `aot` (the compiler), `runtime` and `linker`, and the Python API.

`import wasmoon_aot` gives the compiler's entry points (`compile`, `compile_file`,
and `load`, which also takes a .wasm or .wat: aot/api.py) and the runtime's public
names (runtime/__init__.py: `Store`, `Instance`, `Memory`, `Module`, `Func`, `Caller`,
`WasiConfig`, `Trap` ...).  Each name is imported on first use, so importing
`wasmoon_aot.runtime` or the compiler pays for nothing else (docs/PYTHON.md).

`__version__` is the installed distribution's version, which pyproject.toml alone states.
(The runtime's qemu worker registers a bare `wasmoon_aot` of its own and never reads this.)
"""

from __future__ import annotations

import importlib
from importlib import metadata
from typing import TYPE_CHECKING, Any

try:
    __version__ = metadata.version("wasmoon-aot")
except metadata.PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "unknown"

_COMPILER_NAMES = ("compile", "compile_file", "load")
_COMPILER_ERRORS = {"DecodeError": ".aot.wasm.errors", "ValidationError": ".aot.wasm.errors",
                    "UnsupportedFeature": ".aot.wasm.features"}
_RUNTIME_NAMES = ("Caller", "Exit", "ExportType", "Func", "FuncRef", "FuncType", "Global", "GlobalType",
                  "ImportType", "Instance", "LinkError", "Memory", "MemoryType", "Module", "Store", "Table",
                  "TableType", "Tag", "TagType", "Trap", "TrapCode", "ArtifactError", "Frame",
                  "WasiConfig", "WasmException", "WorkerError", "increment_epoch", "run_command")

if TYPE_CHECKING:
    from .aot.api import compile, compile_file, load
    from .aot.wasm.errors import DecodeError, ValidationError
    from .aot.wasm.features import UnsupportedFeature
    from .runtime import (ArtifactError, Caller, Exit, ExportType, Frame, Func, FuncRef, FuncType, Global,
                          GlobalType, ImportType, Instance, LinkError, Memory, MemoryType, Module, Store, Table,
                          TableType, Tag, TagType, Trap, TrapCode, WasiConfig, WasmException, WorkerError,
                          increment_epoch, run_command)


def __getattr__(name: str) -> Any:
    if name in _COMPILER_NAMES:
        module = ".aot.api"
    elif name in _COMPILER_ERRORS:
        module = _COMPILER_ERRORS[name]
    elif name in _RUNTIME_NAMES:
        module = ".runtime"
    else:
        raise AttributeError(f"module 'wasmoon_aot' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = ["__version__", *_COMPILER_NAMES, *_COMPILER_ERRORS, *_RUNTIME_NAMES]
