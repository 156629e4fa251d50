"""Where the spec harness finds things: the repo root, the suite and its caches."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO_ROOT / "build"
CACHE_DIR = BUILD_DIR / "spec-cache"
SO_CACHE_DIR = CACHE_DIR / "so"
RESULTS_DIR = BUILD_DIR / "spec-results"
DEFAULT_REPORT = BUILD_DIR / "spec-report.json"
PROPOSALS_REPORT = BUILD_DIR / "spec-proposals-report.json"


def suite_dir() -> Path:
    """$WASM_TESTSUITE (relative paths are taken from the repo root), default ../shared/wasm-testsuite."""
    path = Path(os.environ.get("WASM_TESTSUITE", "../shared/wasm-testsuite"))
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def suite_files(directory: Path | None = None) -> list[Path]:
    """Every top-level .wast file of the suite, sorted by name (subfolders are ignored)."""
    directory = suite_dir() if directory is None else directory
    return sorted(directory.glob("*.wast"))


def proposals_dir() -> Path:
    return suite_dir() / "proposals"


def proposal_files(directory: Path | None = None) -> list[Path]:
    """Every .wast file under the suite's proposals/ folder (one subfolder per proposal), sorted."""
    directory = proposals_dir() if directory is None else directory
    return sorted(directory.rglob("*.wast"))
