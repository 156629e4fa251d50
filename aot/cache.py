"""The content-addressed compile cache behind `wasmoon-aot run prog.wasm`.

An artifact is stored under `$XDG_CACHE_HOME/wasmoon-aot` (default
`~/.cache/wasmoon-aot`) as `<key><suffix>`, where the key is the SHA-256 of the
input bytes, the compile flags, and the compiler's fingerprint: its package
version and a hash of the compiler, linker and ABI sources, so any change to
code generation misses the cache instead of serving stale machine code.
Entries are written atomically (temp file + rename); concurrent runs of the
same input at worst compile twice.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .files import write_atomically

_fingerprint: str | None = None


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "wasmoon-aot"


def _source_files():
    aot_dir = Path(__file__).resolve().parent
    linker_dir = aot_dir.parent / "linker"
    abi_file = aot_dir.parent / "runtime" / "abi.py"
    for folder in (aot_dir, linker_dir):  # the spec harness shapes no artifact
        yield from sorted(p for p in folder.rglob("*.py") if "spec" not in p.relative_to(folder).parts)
    yield abi_file


def compiler_fingerprint() -> str:
    """The package version plus a digest of every source file that shapes an artifact."""
    global _fingerprint
    if _fingerprint is None:
        from importlib import metadata
        try:
            version = metadata.version("wasmoon-aot")
        except metadata.PackageNotFoundError:
            version = "unknown"
        digest = hashlib.sha256(version.encode())
        root = Path(__file__).resolve().parent.parent
        for path in _source_files():
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(path.read_bytes())
        _fingerprint = f"{version}-{digest.hexdigest()[:16]}"
    return _fingerprint


def cache_key(source: bytes, flags: dict) -> str:
    digest = hashlib.sha256()
    digest.update(hashlib.sha256(source).digest())
    digest.update(json.dumps(flags, sort_keys=True).encode())
    digest.update(compiler_fingerprint().encode())
    return digest.hexdigest()


def cached_artifact(source: bytes, flags: dict, suffix: str, build) -> tuple[Path, bool]:
    """The cached artifact for `source` compiled with `flags`, and whether it was already there.

    On a miss, `build()` returns the artifact's bytes, which are stored first."""
    path = cache_dir() / (cache_key(source, flags) + suffix)
    if path.is_file():
        return path, True
    write_atomically(path, build(), 0o755)
    return path, False
