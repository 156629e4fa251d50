"""What the artifact check costs: verify time against load time, for the 1 MB brotli artifact.

    .venv/bin/python tests/bench/verify_cost.py [--copies N]

Builds brotli.wasm as tests/test_wasi_brotli.py does and compiles it (slow the
first time; the artifact is kept in build/bench, named by the compiler's
fingerprint), then, inside the emulated arm64 Python (verify_runner.py), times
a first `load` of each of N copies (the check included) and the check alone.
Prints both medians and the check's share of the load, which must stay under
5%; also the check's time in this (host) Python, where `run` checks a cache hit.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # wasi_programs and the brotli build recipe

from bench import BUILD, arm64  # noqa: E402
from test_wasi_brotli import _build  # noqa: E402
from wasi_programs import BUILD as WASI_BUILD, SOURCES  # noqa: E402
from wasmoon_aot.aot.compiler import compile_bytes  # noqa: E402
from wasmoon_aot.aot.fingerprint import compiler_fingerprint  # noqa: E402
from wasmoon_aot.linker import write_elf  # noqa: E402
from wasmoon_aot.runtime.integrity import verify_artifact  # noqa: E402

BUDGET = 0.05  # of the load time


def brotli_artifact() -> Path:
    wasm = _build(WASI_BUILD / "brotli.wasm", ["--target=wasm32-wasi", "-D_WASI_EMULATED_PROCESS_CLOCKS",
                                               str(SOURCES / "posix_stubs.c"), "-lwasi-emulated-process-clocks"])
    artifact = BUILD / f"brotli-{compiler_fingerprint()}.so"
    if not artifact.exists():
        BUILD.mkdir(parents=True, exist_ok=True)
        artifact.write_bytes(write_elf(compile_bytes(wasm.read_bytes(), jobs=2).image))
    return artifact


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5)
    args = parser.parse_args()
    artifact = brotli_artifact()
    copies = [artifact.with_name(f"{artifact.name}.{number}") for number in range(args.copies)]
    for copy in copies:
        shutil.copyfile(artifact, copy)
    try:
        emulated = arm64([str(artifact), str(args.copies)], runner="verify_runner.py")
    finally:
        for copy in copies:
            copy.unlink()
    host = []
    for _ in range(args.copies):
        started = time.perf_counter()
        verify_artifact(str(artifact))
        host.append(time.perf_counter() - started)
    share = emulated["verify_seconds"] / emulated["load_seconds"]
    print(f"brotli artifact: {artifact.stat().st_size:,} bytes")
    print(f"worker (arm64 under qemu): load {emulated['load_seconds'] * 1000:.1f} ms (check included), "
          f"check {emulated['verify_seconds'] * 1000:.1f} ms = {share:.1%} of the load (budget {BUDGET:.0%})")
    print(f"host Python: check {statistics.median(host) * 1000:.1f} ms (what `run` spends on a cache hit)")
    return 0 if share < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
