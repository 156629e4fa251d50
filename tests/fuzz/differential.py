"""Differential fuzzing driver: seeds -> smith modules -> wasmtime vs wasmoon-aot -> summary and regressions.

    python -m fuzz.differential --count 2000 --seed 0      (run from tests/, or PYTHONPATH=tests)
    python -m fuzz.differential --replay tests/fuzz/regressions/123.wasm
    python -m fuzz.differential --count 200 --profile scalar
    python -m fuzz.differential --shrink tests/fuzz/regressions/123.wasm   (minimize with wasm-tools shrink)

A module the compiler declines (UnsupportedFeature) is skipped and counted by
feature.  Anything else that differs is a mismatch: a different result, trap,
global or memory, a compiler exception on a valid module, a runtime error, or a
hang (no answer within the timeout).  A mismatch that repeats when checked
again has its module saved as regressions/<seed>.wasm (<profile>-<seed>.wasm
outside the default profile), which tests/test_fuzz_regressions.py replays;
the summary also goes to build/fuzz-report.json.  --shrink keeps any mismatch, not necessarily the
original one: check the minimized module's replay output.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from wasmoon_aot.aot.wasm import decode_module
from wasmoon_aot.aot.wasm.features import FEATURES, UnsupportedFeature

from .oracle import WasmtimeEngine, export_signatures
from .smith import DEFAULT_PROFILE, PROFILES, generate, wasm_tools, within_profile
from .subject import BOUNDS_CHECKS_ENV, WasmoonEngine
from .trace import calls_before_divergence, diverges, first_difference, make_plan, run_plan, unobserved_count

REGRESSIONS = Path(__file__).parent / "regressions"
REPORT = Path(__file__).resolve().parents[2] / "build" / "fuzz-report.json"
SUBJECT_TIMEOUT_SECONDS = 120


@dataclass
class Result:
    seed: int
    status: str                 # "ran", "skipped", "mismatch", "flaky", "no-module", "harness-error"
    detail: str = ""            # the (first) feature that made it skip, or what differed
    unobserved: int = 0         # global/memory/table reads the runtime could not make
    seconds: float = 0.0
    missing: tuple = ()         # every feature the compiler lacks for this module, when skipped


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


@contextlib.contextmanager
def _deadline(seconds: int):
    """Raise _Timeout in this (main) thread after `seconds`; the runtime retires a worker interrupted mid-request."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_module(seed: int, wasm: bytes) -> Result:
    """Run one module in both engines; `seed` fixes the call arguments."""
    started = time.perf_counter()

    def result(status, detail="", unobserved=0, missing=()):
        return Result(seed, status, detail, unobserved, round(time.perf_counter() - started, 3), tuple(missing))

    subject = WasmoonEngine(wasm)
    try:
        with _deadline(SUBJECT_TIMEOUT_SECONDS):
            subject.compile()
    except UnsupportedFeature as exc:
        return result("skipped", exc.feature, missing=missing_features(wasm))
    except _Timeout:
        return result("mismatch", f"compile: no result within {SUBJECT_TIMEOUT_SECONDS} s")
    except Exception as exc:  # noqa: BLE001 - wasmtime accepts the module, so any compiler failure is a finding
        return result("mismatch", f"compile: {type(exc).__name__}: {exc}")
    plan = make_plan(seed, *export_signatures(wasm))
    expected = run_plan(WasmtimeEngine(wasm), plan)
    if diverges(expected):
        if len(expected) == 1:
            return result("skipped", "start function does not finish")
        plan = calls_before_divergence(plan, expected)
        expected = run_plan(WasmtimeEngine(wasm), plan)
    try:
        with _deadline(SUBJECT_TIMEOUT_SECONDS):
            actual = run_plan(subject, plan)
    except _Timeout:
        return result("mismatch", f"run: no answer within {SUBJECT_TIMEOUT_SECONDS} s (wasmtime finished)")
    difference = first_difference(expected, actual)
    if difference is not None:
        return result("mismatch", difference)
    return result("ran", unobserved=unobserved_count(actual))


def missing_features(wasm: bytes) -> list[str]:
    """All the features the module uses that the compiler does not support yet."""
    return sorted(name for name in decode_module(wasm).features if not FEATURES[name].compile)


def check_seed(seed: int, profile: str = DEFAULT_PROFILE) -> Result:
    """Generate and check one seed's module; a failure of the harness itself is reported, not raised.

    A mismatch is checked a second time: one that does not repeat is reported as "flaky" (nondeterminism,
    or a compiler file caught mid-edit) and not saved.
    """
    try:
        wasm = generate(seed, profile)
        if wasm is None:
            return Result(seed, "no-module", "smith could not build a module from these bytes")
        if not within_profile(wasm, profile):
            return Result(seed, "harness-error", f"smith made a module outside the {profile} profile (check PROFILES)")
        result = check_module(seed, wasm)
        if result.status == "mismatch" and check_module(seed, wasm).status != "mismatch":
            result.status = "flaky"
        return result
    except Exception:  # noqa: BLE001 - keep the batch going; the summary lists these
        return Result(seed, "harness-error", traceback.format_exc())


def regression_name(seed: int, profile: str) -> str:
    """<seed>.wasm for the default profile, <profile>-<seed>.wasm for others."""
    return f"{seed}.wasm" if profile == DEFAULT_PROFILE else f"{profile}-{seed}.wasm"


def regression_seed(path: Path) -> int:
    """The seed that a saved module's call arguments come from (its file name's last number)."""
    return int(path.name.split(".")[0].rsplit("-", 1)[-1])


def save_regression(seed: int, profile: str) -> Path:
    """Write the seed's module to regressions/ (regenerated: smith is deterministic)."""
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / regression_name(seed, profile)
    path.write_bytes(generate(seed, profile))
    return path


def run_batch(seeds, jobs: int, profile: str = DEFAULT_PROFILE):
    """Yield each seed's Result as it completes, `jobs` modules at a time (each worker has its own runtime worker)."""
    check = functools.partial(check_seed, profile=profile)
    if jobs <= 1:
        yield from map(check, seeds)
        return
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap_unordered(check, seeds)


def summarize(results: list[Result], first_seed: int, count: int, profile: str) -> dict:
    by_status = Counter(r.status for r in results)
    return {
        "profile": profile,
        "seeds": [first_seed, first_seed + count - 1],
        "modules_run": by_status["ran"],
        "skipped_by_feature": dict(Counter(r.detail for r in results if r.status == "skipped").most_common()),
        # how many skipped modules need each missing feature, and how many need it alone
        "needing_feature": dict(Counter(f for r in results for f in r.missing).most_common()),
        "needing_only_feature": dict(Counter(r.missing[0] for r in results if len(r.missing) == 1).most_common()),
        "no_module": by_status["no-module"],
        "harness_errors": {str(r.seed): r.detail for r in results if r.status == "harness-error"},
        "flaky": {str(r.seed): r.detail for r in results if r.status == "flaky"},
        "mismatches": {str(r.seed): r.detail for r in sorted(results, key=lambda r: r.seed) if r.status == "mismatch"},
        "unobserved_reads": sum(r.unobserved for r in results),
        "seconds": round(sum(r.seconds for r in results), 1),
    }


def format_summary(summary: dict) -> str:
    first, last = summary["seeds"]
    lines = [f"differential fuzzing ({summary['profile']}), seeds {first}..{last}: "
             f"{summary['modules_run']} modules run, "
             f"{sum(summary['skipped_by_feature'].values())} skipped, {len(summary['mismatches'])} mismatches, "
             f"{summary['no_module']} seeds without a module"]
    for feature, count in summary["skipped_by_feature"].items():
        lines.append(f"  skipped for {feature}: {count}")
    if summary["needing_feature"]:
        lines.append("  missing features (modules needing each / needing only it): " + ", ".join(
            f"{feature} {count}/{summary['needing_only_feature'].get(feature, 0)}"
            for feature, count in summary["needing_feature"].items()))
    for seed, detail in summary["flaky"].items():
        lines.append(f"  FLAKY (did not repeat) seed {seed}: {detail[:300]}")
    for seed, detail in summary["harness_errors"].items():
        lines.append(f"  HARNESS ERROR seed {seed}: {detail.strip().splitlines()[-1]}")
    if summary["unobserved_reads"]:
        lines.append(f"  global/memory/table reads the runtime cannot make yet: {summary['unobserved_reads']}")
    for seed, detail in summary["mismatches"].items():
        lines.append(f"  MISMATCH seed {seed}: {detail[:300]}")
    return "\n".join(lines)


def _fuzz(first_seed: int, count: int, jobs: int, profile: str, save: bool) -> int:
    results = []
    for result in run_batch(range(first_seed, first_seed + count), jobs, profile):
        results.append(result)
        if result.status == "mismatch":
            print(f"seed {result.seed}: MISMATCH {result.detail[:300]}", flush=True)
            if save:
                print(f"  saved {save_regression(result.seed, profile)}", flush=True)
        if len(results) % 100 == 0:
            print(f"... {len(results)}/{count}", flush=True)
    summary = summarize(results, first_seed, count, profile)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps({"summary": summary, "results": [asdict(r) for r in results]}, indent=1) + "\n")
    print(format_summary(summary))
    print(f"report: {REPORT}")
    return 1 if summary["mismatches"] or summary["flaky"] or summary["harness_errors"] else 0


def _replay(paths) -> int:
    failed = 0
    for path in map(Path, paths):
        result = check_module(regression_seed(path), path.read_bytes())
        print(f"{path}: {result.status} {result.detail}")
        failed += result.status == "mismatch"
    return 1 if failed else 0


def _shrink(source: Path, attempts: int) -> int:
    """Minimize a saved mismatch to a module that still mismatches: writes NAME.min.wasm beside it, prints its WAT."""
    seed = regression_seed(source)
    target = source.with_name(source.name.split(".")[0] + ".min.wasm")
    predicate = source.with_name(f".predicate-{seed}.sh")
    predicate.write_text(f"#!/bin/sh\nPYTHONPATH={Path(__file__).parents[1]} exec {sys.executable} "
                         f"-m fuzz.differential --interesting \"$1\" --as-seed {seed}\n")
    predicate.chmod(0o755)
    try:
        shrunk = subprocess.run([wasm_tools(), "shrink", "--attempts", str(attempts), str(predicate), str(source),
                                 "-o", str(target)])
    finally:
        predicate.unlink()
    if shrunk.returncode != 0:
        return shrunk.returncode
    print(subprocess.run([wasm_tools(), "print", str(target)], capture_output=True, text=True).stdout)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz.differential", description=__doc__.split("\n")[0])
    parser.add_argument("--count", "-n", type=int, default=100, help="how many seeds")
    parser.add_argument("--seed", type=int, default=0, help="the first seed")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", choices=sorted(PROFILES), default=DEFAULT_PROFILE,
                        help="which smith configuration (see fuzz/smith.py)")
    parser.add_argument("--no-save", action="store_true", help="do not write mismatches to regressions/")
    parser.add_argument("--bounds-checks", choices=("guard", "explicit"),
                        help="compile with this bounds_checks option (default: $%s, else guard)" % BOUNDS_CHECKS_ENV)
    parser.add_argument("--replay", nargs="+", metavar="WASM",
                        help="re-check saved modules (seed = the file name's last number)")
    parser.add_argument("--shrink", metavar="WASM", help="minimize a saved mismatch (regressions/SEED.wasm)")
    parser.add_argument("--attempts", type=int, default=100, help="--shrink: wasm-tools shrink attempts")
    parser.add_argument("--interesting", metavar="WASM", help=argparse.SUPPRESS)   # wasm-tools shrink predicate
    parser.add_argument("--as-seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bounds_checks:
        os.environ[BOUNDS_CHECKS_ENV] = args.bounds_checks   # the spawned workers inherit it
    if args.interesting:
        return 0 if check_module(args.as_seed, Path(args.interesting).read_bytes()).status == "mismatch" else 1
    if args.replay:
        return _replay(args.replay)
    if args.shrink is not None:
        return _shrink(Path(args.shrink), args.attempts)
    return _fuzz(args.seed, args.count, args.jobs, args.profile, not args.no_save)


if __name__ == "__main__":
    sys.exit(main())
