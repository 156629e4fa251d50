"""The compiler's fingerprint: its package version plus a digest of every source that shapes an artifact.

The compile cache keys entries by it, the spec harness keys its artifacts by
it, and the compiler writes it into every artifact's integrity record.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_fingerprint: str | None = None


def _source_files():
    aot_dir = Path(__file__).resolve().parent
    linker_dir = aot_dir.parent / "linker"
    runtime_dir = aot_dir.parent / "runtime"
    for folder in (aot_dir, linker_dir):  # the spec harness shapes no artifact
        yield from sorted(p for p in folder.rglob("*.py") if "spec" not in p.relative_to(folder).parts)
    yield runtime_dir / "abi.py"
    yield runtime_dir / "integrity.py"


def compiler_fingerprint() -> str:
    """`<version>-<16 hex digits>`: changes whenever code generation may."""
    global _fingerprint
    if _fingerprint is None:
        from wasmoon_aot import __version__ as version
        digest = hashlib.sha256(version.encode())
        root = Path(__file__).resolve().parent.parent
        for path in _source_files():
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(path.read_bytes())
        _fingerprint = f"{version}-{digest.hexdigest()[:16]}"
    return _fingerprint
