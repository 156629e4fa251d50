"""The `wasmoon-aot spec [FILES...] [--report PATH] [-j N] [--bounds-checks guard|explicit]` subcommand."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import paths
from .report import format_table, total_failed
from .runner import run_files


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", type=Path,
                        help=".wast files (default: every top-level .wast of $WASM_TESTSUITE)")
    parser.add_argument("--report", type=Path, default=paths.DEFAULT_REPORT,
                        help="where to write the JSON report (default: %(default)s)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="parallel processes (default: 1)")
    parser.add_argument("--bounds-checks", choices=("guard", "explicit"), default="guard",
                        help="compile the modules with this bounds_checks option (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    files = list(args.files) or paths.suite_files()
    if not files:
        print(f"no .wast files found (suite folder: {paths.suite_dir()})")
        return 1
    report = run_files(files, jobs=args.jobs, bounds_checks=args.bounds_checks)
    print(format_table(report))
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=1) + "\n")
    print(f"report written to {args.report}")
    return 1 if total_failed(report) else 0

