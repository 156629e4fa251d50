"""`make bench-interrupt`: what fuel metering and epoch checks cost on the bench kernels.

Each kernel of tests/bench/kernels is compiled three ways: options off,
--epoch-interruption, --consume-fuel; the QEMU plugin counts the executed AArch64
instructions of `run(N)` minus `run(0)` for each (as bench.py does), and the
table gives the counts and the ratios to "off".  The instrumented runs get all
the fuel and epoch ticks they can use (arm64_runner.py --interruptible), so they
do the same work.  Figures are printed and written to build/bench-interrupt.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench import BUILD, KERNELS, REPO, arm64, build_kernel, geomean
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.linker import write_elf

MODES = {"off": {}, "epoch": {"epoch_interruption": True}, "fuel": {"consume_fuel": True}}


def count(artifact: Path, iterations: int) -> tuple[int, int]:
    """(instructions of run(iterations) beyond run(0), its result)."""
    counts, result = [], None
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "count"
        for n in (iterations, 0):
            report = arm64(["wasmoon", str(artifact), str(n), "--interruptible"], plugin_out=out)
            result = report["result"] if n else result
            counts.append(int(out.read_text()))
    return counts[0] - counts[1], result


def kernel_counts(name: str) -> dict:
    wasm = build_kernel(name).read_bytes()
    figures = {}
    for mode, options in MODES.items():
        artifact = BUILD / f"{name}.{mode}.so"
        artifact.write_bytes(write_elf(compile_bytes(wasm, CompileOptions(**options)).image))
        figures[mode], figures[f"{mode}_result"] = count(artifact, KERNELS[name])
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kernels", nargs="*", default=sorted(KERNELS))
    args = parser.parse_args(argv)
    BUILD.mkdir(parents=True, exist_ok=True)
    header = f"{'kernel':<11} {'off':>12} {'epoch':>12} {'ratio':>6} {'fuel':>12} {'ratio':>6}  ok"
    print(header)
    print("-" * len(header))
    report = {}
    for name in args.kernels:
        k = report[name] = kernel_counts(name)
        same = k["off_result"] == k["epoch_result"] == k["fuel_result"]
        print(f"{name:<11} {k['off']:>12} {k['epoch']:>12} {k['epoch'] / k['off']:>6.3f} "
              f"{k['fuel']:>12} {k['fuel'] / k['off']:>6.3f}  {'yes' if same else 'RESULTS DIFFER'}")
    epoch = geomean(k["epoch"] / k["off"] for k in report.values())
    fuel = geomean(k["fuel"] / k["off"] for k in report.values())
    print("-" * len(header))
    print(f"{'geomean':<11} {'':>12} {'':>12} {epoch:>6.3f} {'':>12} {fuel:>6.3f}")
    (REPO / "build" / "bench-interrupt.json").write_text(
        json.dumps({"kernels": report, "geomean": {"epoch": epoch, "fuel": fuel}}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
