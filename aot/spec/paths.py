"""Where the spec harness finds things: the suite, and its report and caches under ./build.

Everything is relative to the current directory (never to the installed package), so an
installed `wasmoon-aot spec` writes beside the user and `make spec` into the checkout's build/.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..wasm.dialect import WASM3, Dialect

BUILD_DIR = Path.cwd() / "build"
CACHE_DIR = BUILD_DIR / "spec-cache"
SO_CACHE_DIR = CACHE_DIR / "so"
RESULTS_DIR = BUILD_DIR / "spec-results"
DEFAULT_REPORT = BUILD_DIR / "spec-report.json"
PROPOSALS_REPORT = BUILD_DIR / "spec-proposals-report.json"


SUITE_HELP = "$WASM_TESTSUITE, a folder of .wast files (default: ../shared/wasm-testsuite, from the current directory)"


def suite_dir() -> Path:
    """The folder SUITE_HELP describes."""
    return Path(os.environ.get("WASM_TESTSUITE", "../shared/wasm-testsuite")).resolve()


def suite_files(directory: Path | None = None) -> list[Path]:
    """Every top-level .wast file of the suite, sorted by name (subfolders are ignored)."""
    directory = suite_dir() if directory is None else directory
    return sorted(directory.glob("*.wast"))


def proposals_dir() -> Path:
    return suite_dir() / "proposals"


# The proposal folders whose tests assert rules of the older spec they were forked from
# (aot/wasm/dialect.py); every other file is validated by Wasm 3.0's.
PROPOSAL_DIALECTS = {
    "threads": Dialect(single_memory=True, single_table=True, u32_text_limits=True),
    "custom-descriptors": Dialect(unrelated_casts=True),
}


def dialect_for(path: Path) -> Dialect:
    """The validation rules of the .wast file at `path`: its proposal folder's, else Wasm 3.0's."""
    try:
        folder = path.resolve().relative_to(proposals_dir().resolve()).parts[0]
    except ValueError:
        return WASM3
    return PROPOSAL_DIALECTS.get(folder, WASM3)


def proposal_files(directory: Path | None = None) -> list[Path]:
    """Every .wast file under the suite's proposals/ folder (one subfolder per proposal), sorted."""
    directory = proposals_dir() if directory is None else directory
    return sorted(directory.rglob("*.wast"))
