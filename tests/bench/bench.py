"""`make bench`: our code against Cranelift's (wasmtime), and our compile speed.

For every kernel in tests/bench/kernels (C, built to freestanding wasm32 with
clang) it measures, in one run and on the same emulated AArch64:
  (a) dynamic instructions of the kernel alone: a QEMU TCG plugin counts every
      executed guest instruction of `run(N)` minus `run(0)`, ours and wasmtime's;
  (b) wall time of `run(N)` under qemu, ours and wasmtime's;
  (c) machine code size: our functions against Cranelift's (the function symbols
      of wasmtime's serialized module).
The simd_* kernels are built with -msimd128 and get a geomean of their own
(`--simd` measures only them: `make bench-simd`).
Then the real programs (real_programs.py: zstd, brotli, lz4, xxHash, cmark-gfm,
pycryptodome from their PyPI sdists, each with a driver): dynamic instructions of
`run(N) - run(0)`, ours against Cranelift's, and their geomean (`--programs`
measures only them: `make bench-programs`).
Then compile speed (compile_speed.py): KB of code section per second with 1 and
--jobs jobs, time per pipeline phase, compile time against module size and of
extreme module shapes (deep nesting, a wide br_table, a function over a MiB); and a
large real library, zstd from its PyPI sdist (zstd_case.py): compile time with 1
and --jobs jobs, and ZSTD_compress time, ours / wasmtime's.  Figures are printed
and written to build/bench.json; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import lief

import compile_speed
import real_programs
import zstd_case
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.linker import write_elf

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BUILD = REPO / "build" / "bench"
CACHE = REPO / ".cache"
SYSROOT = Path(os.environ.get("WASMOON_SYSROOT", CACHE / "sysroot"))
WHEELS = CACHE / "wheels-aarch64"
PLUGIN = CACHE / "libinsncount.so"
RUNTIME_DIR = REPO / "runtime"
PYTHON = SYSROOT / "usr" / "bin" / "python3.11"

# Iterations of each kernel's run(N): enough work to dwarf the call itself.
KERNELS = {
    "gemm": 2, "jacobi2d": 6, "lu": 3, "sha256": 4, "chacha20": 600, "poly1305": 40,
    "quicksort": 2, "heapsort": 2, "hashtable": 2, "parser": 100, "bits": 4, "nbody": 5000,
    "mandelbrot": 40,
}
# The SIMD kernels (built with -msimd128: simd_dot and simd_blur auto-vectorised by clang, the
# others written with wasm_simd128.h), with a geomean of their own (`make bench-simd`).
SIMD_KERNELS = {
    "simd_dot": 200, "simd_blur": 10, "simd_luma": 40, "simd_hex": 40, "simd_chacha": 20, "simd_search": 40,
}
ITERATIONS = {**KERNELS, **SIMD_KERNELS}


def build_kernel(name: str) -> Path:
    out = BUILD / f"{name}.wasm"
    source = HERE / "kernels" / f"{name}.c"
    if not out.exists() or out.stat().st_mtime < source.stat().st_mtime:
        BUILD.mkdir(parents=True, exist_ok=True)
        simd = ["-msimd128"] if name in SIMD_KERNELS else []
        subprocess.run(["clang", "--target=wasm32", "-O2", "-mbulk-memory", *simd, "-nostdlib",
                        "-Wl,--no-entry", "-o", str(out), str(source)], check=True)
    return out


def arm64(args: list[str], plugin_out: Path | None = None, runner: str = "arm64_runner.py") -> dict:
    """Run a runner script (arm64_runner.py by default) in the emulated arm64 Python, in a fixed, clean environment
    (instruction counts repeat exactly only then; see FACTS.md)."""
    env = {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(WHEELS),
           "WASMOON_RUNTIME_DIR": str(RUNTIME_DIR)}
    if plugin_out is None:
        command = ["qemu-aarch64-static", "-L", str(SYSROOT)]
    else:
        command = ["qemu-aarch64", "-L", str(SYSROOT), "-plugin", f"{PLUGIN},out={plugin_out}"]
    done = subprocess.run(command + [str(PYTHON), str(HERE / runner)] + args,
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def count_instructions(engine: str, artifact: Path, iterations: int) -> tuple[int, int]:
    """(instructions executed by run(iterations) beyond run(0), the result)."""
    counts = []
    result = None
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "count"
        for n in (iterations, 0):
            report = arm64([engine, str(artifact), str(n)], plugin_out=out)
            result = report["result"] if n else result
            counts.append(int(out.read_text()))
    return counts[0] - counts[1], result


def cranelift_code_size(wasm: Path) -> int:
    serialized = BUILD / (wasm.stem + ".cwasm")
    arm64(["wasmtime", str(wasm), "0", "--serialize", str(serialized)])
    binary = lief.parse(str(serialized))
    return sum(symbol.size for symbol in binary.symbols if "function[" in symbol.name)


def geomean(values) -> float:
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def kernel_figures(name: str, iterations: int) -> dict:
    wasm = build_kernel(name)
    result = compile_bytes(wasm.read_bytes())
    artifact = BUILD / f"{name}.so"
    artifact.write_bytes(write_elf(result.image))
    ours_insns, ours_result = count_instructions("wasmoon", artifact, iterations)
    theirs_insns, theirs_result = count_instructions("wasmtime", wasm, iterations)
    ours_time = arm64(["wasmoon", str(artifact), str(iterations), "--time"])["seconds"]
    theirs_time = arm64(["wasmtime", str(wasm), str(iterations), "--time"])["seconds"]
    ours_size = sum(f["size"] for f in result.metadata["functions"] if f["offset"] is not None)
    theirs_size = cranelift_code_size(wasm)
    return {
        "iterations": iterations, "results_agree": ours_result == theirs_result,
        "insns": ours_insns, "cranelift_insns": theirs_insns, "insns_ratio": ours_insns / theirs_insns,
        "seconds": ours_time, "cranelift_seconds": theirs_time, "time_ratio": ours_time / theirs_time,
        "code_bytes": ours_size, "cranelift_code_bytes": theirs_size, "size_ratio": ours_size / theirs_size,
    }


def programs_section(names: list[str]) -> dict:
    """The real programs (real_programs.py): a row each, then the geomean of the instruction ratios."""
    report = {"programs": {}}
    print(real_programs.HEADER)
    print("-" * len(real_programs.HEADER))
    for name in names:
        report["programs"][name] = figures = real_programs.program_figures(name, count_instructions)
        print(real_programs.format_row(name, figures))
    ratios = [figures["insns_ratio"] for figures in report["programs"].values()]
    report["programs_geomean"] = {"insns_ratio": geomean(ratios), "max_insns_ratio": max(ratios)}
    print("-" * len(real_programs.HEADER))
    print(f"geomean of the instruction ratios {report['programs_geomean']['insns_ratio']:.2f} "
          f"(highest {report['programs_geomean']['max_insns_ratio']:.2f})")
    for name, figures in report["programs"].items():
        print(f"{name} compile {compile_speed.format_phases(figures)}")
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kernels", nargs="*", default=sorted(ITERATIONS))
    parser.add_argument("--jobs", type=int, default=2, help="parallel compile figures with this many jobs")
    parser.add_argument("--simd", action="store_true", help="only the SIMD kernels, and no compile figures")
    parser.add_argument("--programs", nargs="*", metavar="PROGRAM", choices=sorted(real_programs.PROGRAMS),
                        help="only the real programs (all without names), and no compile figures")
    parser.add_argument("--no-compile-speed", action="store_true", help="only the kernel figures, no compile figures")
    args = parser.parse_args(argv)
    BUILD.mkdir(parents=True, exist_ok=True)
    if args.programs is not None:
        report = programs_section(args.programs or sorted(real_programs.PROGRAMS))
        (REPO / "build" / "bench-programs.json").write_text(json.dumps(report, indent=1) + "\n")
        print(f"written to {REPO / 'build' / 'bench-programs.json'}")
        return 0
    if args.simd:
        args.kernels = sorted(SIMD_KERNELS)
    report = {"kernels": {}}
    header = f"{'kernel':<11} {'insns ours':>12} {'cranelift':>12} {'ratio':>6} {'time':>6} {'size':>6}  ok"
    print(header)
    print("-" * len(header))
    for name in args.kernels:
        figures = kernel_figures(name, ITERATIONS[name])
        report["kernels"][name] = figures
        print(f"{name:<11} {figures['insns']:>12} {figures['cranelift_insns']:>12} "
              f"{figures['insns_ratio']:>6.2f} {figures['time_ratio']:>6.2f} {figures['size_ratio']:>6.2f}"
              f"  {'yes' if figures['results_agree'] else 'RESULTS DIFFER'}")
    print("-" * len(header))
    for group, names in (("geomean", [n for n in args.kernels if n in KERNELS]),
                         ("simd_geomean", [n for n in args.kernels if n in SIMD_KERNELS])):
        if not names:
            continue
        figures = [report["kernels"][name] for name in names]
        report[group] = {key: geomean(k[key] for k in figures) for key in ("insns_ratio", "time_ratio", "size_ratio")}
        report[group]["max_insns_ratio"] = max(k["insns_ratio"] for k in figures)
        print(f"{group:<11} {'':>12} {'':>12} {report[group]['insns_ratio']:>6.2f} "
              f"{report[group]['time_ratio']:>6.2f} {report[group]['size_ratio']:>6.2f}"
              f"  (highest insns ratio {report[group]['max_insns_ratio']:.2f})")
    if args.simd or args.no_compile_speed:
        out = REPO / "build" / ("bench-simd.json" if args.simd else "bench-kernels.json")
        out.write_text(json.dumps(report, indent=1) + "\n")
        print(f"written to {out}")
        return 0
    print()
    report.update(programs_section(sorted(real_programs.PROGRAMS)))
    kernel_wasm = [build_kernel(name).read_bytes() for name in args.kernels]
    report["compile"] = [compile_speed.measure(kernel_wasm, jobs) for jobs in (1, args.jobs)]
    print()
    for figures in report["compile"]:
        print(compile_speed.format_speed(f"compile {len(kernel_wasm)} kernels", figures))
    print(compile_speed.format_phases(report["compile"][0]))
    report["compile_scaling"] = compile_speed.scaling()
    print("\ncompile time against module size (synthetic modules, 1 job):")
    print("\n".join(compile_speed.format_scaling(report["compile_scaling"])))
    report["compile_shapes"] = compile_speed.shape_scaling()
    print("\ncompile time of extreme shapes at two sizes (1 job; flat cpu us/unit = linear):")
    print("\n".join(compile_speed.format_shape_scaling(report["compile_shapes"])))
    report["zstd"] = zstd_case.zstd_figures(BUILD, arm64, args.jobs)
    print()
    print("\n".join(zstd_case.format_zstd(report["zstd"])))
    print(compile_speed.format_phases(report["zstd"]["compile"][0]))
    (REPO / "build" / "bench.json").write_text(json.dumps(report, indent=1) + "\n")
    print(f"written to {REPO / 'build' / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
