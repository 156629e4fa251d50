"""The content-addressed compile cache behind `wasmoon-aot run prog.wasm`.

An artifact is stored under `$XDG_CACHE_HOME/wasmoon-aot` (default
`~/.cache/wasmoon-aot`) as `<key><suffix>`, where the key is the SHA-256 of the
input bytes, the compile flags, and the compiler's fingerprint: its package
version and a hash of the compiler, linker and ABI sources, so any change to
code generation misses the cache instead of serving stale machine code.
Entries are written atomically (temp file + rename); concurrent runs of the
same input at worst compile twice.  Every hit is checked as the loader checks
it (runtime/integrity.py), so a truncated or corrupt entry is rebuilt, and an
unwritable cache costs one warning line, not the run.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from wasmoon_aot.runtime.emulator import user_cache_dir
from wasmoon_aot.runtime.errors import ArtifactError
from wasmoon_aot.runtime.integrity import verify_artifact
from .files import write_atomically
from .fingerprint import compiler_fingerprint


def cache_dir() -> Path:
    return Path(user_cache_dir())


def cache_key(source: bytes, flags: dict) -> str:
    digest = hashlib.sha256()
    digest.update(hashlib.sha256(source).digest())
    digest.update(json.dumps(flags, sort_keys=True).encode())
    digest.update(compiler_fingerprint().encode())
    return digest.hexdigest()


def cached_artifact(source: bytes, flags: dict, suffix: str, build,
                    fallback_dir: Path | None = None) -> tuple[Path, bool]:
    """The cached artifact for `source` compiled with `flags`, and whether it was already there.

    On a miss, `build()` returns the artifact's bytes, which are stored first.
    An entry that fails the loader's own check (runtime/integrity.py) is a miss.
    When the cache cannot be written, one warning line goes to stderr and the
    artifact goes to `fallback_dir` instead (without one, the OSError stands)."""
    path = cache_dir() / (cache_key(source, flags) + suffix)
    try:
        verify_artifact(str(path))
        return path, True
    except (OSError, ArtifactError):
        pass  # missing, unreadable, truncated or corrupt: built again
    data = build()
    try:
        write_atomically(path, data, 0o755)
    except OSError as error:
        if fallback_dir is None:
            raise
        print(f"wasmoon-aot: warning: cannot write the compile cache {cache_dir()} "
              f"({error.strerror or error}); the artifact goes to a temporary directory", file=sys.stderr)
        path = Path(fallback_dir) / path.name
        write_atomically(path, data, 0o755)
    return path, False
