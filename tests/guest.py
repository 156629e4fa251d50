"""Test helpers for small guests written in WAT: compile one to an artifact, and run a Python
script in the arm64 Python itself, where `load()` instantiates in-process as on an AArch64 host
(no worker: the native path of the runtime)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wasmoon_aot.runtime import emulator


# A counter with a memory, and a module importing its bump: the neighbours of the store and isolation tests.
COUNTER_WAT = """
(module
  (memory (export "memory") 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "bump") (result i32)
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (global.get $n)))
"""

IMPORTER_WAT = """
(module
  (import "m" "bump" (func $bump (result i32)))
  (func (export "twice") (result i32) (drop (call $bump)) (call $bump)))
"""


def wat_artifact(path: Path, text: str | bytes, check: bool | None = None, **options) -> str:
    """Compile WAT `text` (with the allocation checker if `check`; `options` are CompileOptions
    fields, e.g. regalloc, consume_fuel) into the ELF artifact `path`; returns the path as a string."""
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.options import CompileOptions
    from wasmoon_aot.aot.wat import wat_to_wasm
    from wasmoon_aot.linker import write_elf
    source = text.encode() if isinstance(text, str) else text
    path.write_bytes(write_elf(compile_bytes(wat_to_wasm(source), CompileOptions(**options), check).image))
    return str(path)


def compile_wat(tmp_path: Path, text: str, name: str = "probe") -> str:
    """The ELF artifact of WAT `text`, written into tmp_path beside its source `{name}.wat`
    (skips if the compiler lacks a feature)."""
    from wasmoon_aot.aot.wasm.features import UnsupportedFeature
    (tmp_path / f"{name}.wat").write_text(text)
    try:
        return wat_artifact(tmp_path / f"{name}.so", text)
    except UnsupportedFeature as exc:
        pytest.skip(str(exc))


def run_in_process(tmp_path: Path, script: str, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run `script` (with argv[1:] = args) in the AArch64 Python: this one on an AArch64 host,
    the emulated arm64 CPython elsewhere, with `wasmoon_aot.runtime` importable from this tree."""
    package = tmp_path / "site" / "wasmoon_aot"
    if not package.exists():
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "runtime").symlink_to(emulator.RUNTIME_DIR)
    command = [sys.executable] if emulator.runs_natively() else emulator.worker_command()[:-2]
    return subprocess.run([*command, "-c", script, *args], capture_output=True, text=True, timeout=timeout,
                          env={**emulator.worker_environment(), "PYTHONPATH": str(tmp_path / "site")})
