"""Ctrl-C against `wasmoon-aot build --jobs 2`, at random moments near the end of a build.

The interrupt lands mid-compile in tests/test_artifact_integrity.py; this campaign aims
at the last part of a build, when ranges come back and the workers are told to stop,
where multiprocessing.Pool's terminate() once hung (aot/forked.py says why).  It builds
a module of FUNCTIONS functions once to time it, then RUNS times sends SIGINT to the
build's process group (as a terminal's Ctrl-C does) at a moment drawn from
[LOW, HIGH] x that time.  Each build must end within HANG_SECONDS, either
interrupted (exit 130, the one line `wasmoon-aot build: interrupted`, no file left
behind) or finished (the signal came as it ended: exit 0, or killed by SIGINT once
Python has restored the default handler at exit, with the whole artifact written:
the same bytes as the uninterrupted build's).

    .venv/bin/python tests/interrupt_stress.py [--runs 40] [--seed 1]   (make interrupt-stress)

Exit status 1 if any build hung or ended otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FUNCTIONS = 4000
LOW, HIGH = 0.7, 1.05
HANG_SECONDS = 30
INTERRUPTED = (130, b"wasmoon-aot build: interrupted\n")


def module_text(functions: int) -> str:
    body = "(i64.mul (local.get 0) " * 80 + "(local.get 0)" + ")" * 80
    return "(module " + "".join(f'(func (export "f{k}") (param i64) (result i64) {body})'
                                for k in range(functions)) + ")"


def start_build(source: Path, output: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "wasmoon_aot.aot.cli", "build", str(source), "-o", str(output),
                             "-j", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "big.wat"
        source.write_text(module_text(FUNCTIONS))
        out_dir = Path(scratch) / "out"
        out_dir.mkdir()
        started = time.monotonic()
        build = start_build(source, out_dir / "big.so")
        build.communicate()
        whole = time.monotonic() - started
        if build.returncode:
            print(f"the uninterrupted build failed (exit {build.returncode})")
            return 1
        expected = (out_dir / "big.so").read_bytes()
        print(f"uninterrupted build: {whole:.2f} s")
        interrupted = finished = bad = 0
        for run in range(args.runs):
            for leftover in out_dir.iterdir():
                leftover.unlink()
            delay = rng.uniform(LOW * whole, HIGH * whole)
            build = start_build(source, out_dir / "big.so")
            time.sleep(delay)
            if build.poll() is not None:
                finished += 1
                build.communicate()
                continue
            os.killpg(build.pid, signal.SIGINT)
            sent = time.monotonic()
            try:
                _, err = build.communicate(timeout=HANG_SECONDS)
            except subprocess.TimeoutExpired:
                os.killpg(build.pid, signal.SIGKILL)
                build.communicate()
                bad += 1
                print(f"run {run}: SIGINT at {delay:.2f} s: still running {HANG_SECONDS} s later (hung)")
                continue
            left = sorted(path.name for path in out_dir.iterdir())
            if (build.returncode, err) == INTERRUPTED and not left:
                interrupted += 1
                print(f"run {run}: SIGINT at {delay:.2f} s: exit 130 in {time.monotonic() - sent:.2f} s")
            elif build.returncode in (0, -signal.SIGINT) and left == ["big.so"] \
                    and (out_dir / "big.so").read_bytes() == expected:
                finished += 1
                print(f"run {run}: SIGINT at {delay:.2f} s: the build had finished (exit {build.returncode})")
            else:
                bad += 1
                print(f"run {run}: SIGINT at {delay:.2f} s: exit {build.returncode}, stderr {err!r}, left {left}")
    print(f"{interrupted} interrupted, {finished} finished first, {bad} hung or ended otherwise")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
