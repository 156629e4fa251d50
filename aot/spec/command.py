"""The `wasmoon-aot spec [FILES...] [--proposals] [--report PATH] [-j N] [--bounds-checks guard|explicit]` subcommand.

As each file finishes it prints a progress line (`[3/65] i32.wast: 460 passed, 0 failed,
2 skipped`), then the file's failures (the report keeps the first twenty) and skip reasons;
then the table and where the JSON report went.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..options import BOUNDS_CHECKS, CompileOptions
from . import paths
from .report import file_totals, format_table, total_failed
from .runner import run_files


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = f"Runs .wast files of the official spec suite; the suite is {paths.SUITE_HELP}."
    parser.add_argument("files", nargs="*", type=Path,
                        help=".wast files (default: every top-level .wast of the suite)")
    parser.add_argument("--proposals", action="store_true",
                        help="run every .wast under the suite's proposals/ instead, named by folder/file "
                             f"(default report: {paths.PROPOSALS_REPORT})")
    parser.add_argument("--report", type=Path, default=None,
                        help=f"where to write the JSON report (default: {paths.DEFAULT_REPORT})")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="parallel processes (default: 1)")
    parser.add_argument("--bounds-checks", choices=BOUNDS_CHECKS, default=BOUNDS_CHECKS[0],
                        help="compile the modules with this bounds_checks option (default: %(default)s)")


def _file_lines(name: str, result: dict, done: int, total: int) -> list[str]:
    """The progress line of one finished file, then its failures and skip reasons."""
    totals = file_totals(result["counts"])
    lines = [f"[{done}/{total}] {name}: {totals['passed']} passed, {totals['failed']} failed, "
             f"{totals['skipped']} skipped"]
    for failure in result["failures"]:
        lines.append(f"  FAIL {name}:{failure['line']} {failure['type']}: {failure['reason']}")
    if totals["failed"] > len(result["failures"]):
        lines.append(f"  ... and {totals['failed'] - len(result['failures'])} more failures (not recorded)")
    for reason, count in result["skip_reasons"].items():
        lines.append(f"  skipped {count}: {reason}")
    return lines


def run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        print(f"wasmoon-aot spec: -j must be at least 1, not {args.jobs}", file=sys.stderr)
        return 2
    if args.proposals:
        folder, report_path = paths.proposals_dir(), args.report or paths.PROPOSALS_REPORT
        files = list(args.files) or paths.proposal_files(folder)
    else:
        folder, report_path = None, args.report or paths.DEFAULT_REPORT
        files = list(args.files) or paths.suite_files()
    if not files:
        print(f"no .wast files found (suite folder: {folder or paths.suite_dir()})")
        return 1
    try:
        finished = []

        def on_file(name: str, result: dict) -> None:
            finished.append(name)
            print("\n".join(_file_lines(name, result, len(finished), len(files))), flush=True)
        report = run_files(files, jobs=args.jobs, root=folder, on_file=on_file,
                           options=CompileOptions.from_args(args))
    except ValueError as error:  # a named file outside the proposals folder
        print(f"error: {error}")
        return 1
    print(format_table(report))
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, indent=1) + "\n")
    print(f"report written to {report_path}")
    return 1 if total_failed(report) else 0

