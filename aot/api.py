"""The compiler's Python API, as `wasmoon_aot` exports it: `compile`, `compile_file` and `load`.

`compile(wasm_or_wat, target=..., **options)` returns an artifact's bytes:
the input is a Wasm binary (bytes starting with "\\0asm") or WAT text (str,
or bytes that are not a binary); `target` is one of targets.TARGETS (default:
this machine's), and `options` are `jobs` and the fields of aot/options.py's
CompileOptions (`regalloc`, `consume_fuel`, `epoch_interruption`,
`bounds_checks`, `atomics`).  `compile_file(path, output)`
compiles a .wasm or .wat file, writing `output` if given.  `load(path, ...)`
instantiates an artifact, or a .wasm / .wat compiled through the same
content-addressed cache as `wasmoon-aot run` (cache.py); its keywords beyond
the runtime's `load` are compile options, which are part of the cache key.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from wasmoon_aot import runtime
from .files import write_atomically
from .options import CompileOptions
from .targets import TARGETS, host_target, write_artifact

WASM_MAGIC = b"\0asm"


def _wasm_bytes(wasm_or_wat: bytes | bytearray | str) -> bytes:
    from .wat import wat_to_wasm
    if isinstance(wasm_or_wat, str):
        return wat_to_wasm(wasm_or_wat.encode())
    data = bytes(wasm_or_wat)
    return data if data[:4] == WASM_MAGIC else wat_to_wasm(data)


def _check_target(target: str) -> None:
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}: expected one of {', '.join(TARGETS)}")


def compile(wasm_or_wat: bytes | bytearray | str, target: str | None = None, **options: Any) -> bytes:  # noqa: A001
    """The artifact (ELF .so or Mach-O .dylib bytes, as `target` says) compiled from a Wasm binary or WAT text.
    Raises DecodeError / ValidationError for bad input, UnsupportedFeature for what does not compile yet."""
    from .compiler import compile_bytes
    target = target or host_target()
    _check_target(target)
    jobs = options.pop("jobs", 1)
    compiled = compile_bytes(_wasm_bytes(wasm_or_wat), CompileOptions.from_keywords(**options), jobs=jobs)
    return write_artifact(compiled.image, target)


def compile_file(path: str | os.PathLike, output: str | os.PathLike | None = None, target: str | None = None,
                 **options: Any) -> bytes:
    """`compile` of a .wasm or .wat file; also written (atomically) to `output` if given, whose suffix
    chooses the target when `target` is not given (.dylib: macOS)."""
    from .targets import target_for_output
    if target is None and output is not None:
        target = target_for_output(Path(output))
    data = compile(Path(path).read_bytes(), target, **options)
    if output is not None:
        write_atomically(Path(output), data, 0o755)
    return data


def load(path: str | os.PathLike, imports: dict | None = None, wasi: runtime.WasiConfig | None = None,
         store: runtime.Store | None = None, **options: Any) -> runtime.Instance:
    """Instantiate the artifact at `path`, or a .wasm / .wat compiled (with `options`) through the compile cache."""
    path = Path(path)
    with open(path, "rb") as file:
        head = file.read(4)
    if head == WASM_MAGIC or path.suffix == ".wat":
        from .cli_run import artifact_for
        jobs = options.pop("jobs", 1)
        path = artifact_for(path, CompileOptions.from_keywords(**options), scratch=tempfile.gettempdir(), jobs=jobs)
    elif options:
        raise TypeError(f"compile options given for an artifact that is already compiled: {path}")
    return runtime.load(str(path), imports, wasi=wasi, store=store)
