"""Compile-speed figures for `make bench`: KB of Wasm code section per second with
1 and N jobs, time per pipeline phase, and compile time against module size.

Module size is varied with synthetic modules of 100 to 3000 functions drawn from
one fixed mix (memory loops, calls, branches, integer and float arithmetic), so
seconds per KB should stay flat if compile time is linear in module size.
Extreme shapes (shapes.py: 100k nested blocks, loops and ifs, blocks left from
each of 100k levels, a 100k-target br_table, a 16,000-arm switch in a loop, a
function of over a MiB of code, 20k functions) are built at two sizes a factor of four apart: CPU time per unit
should stay flat there too.
Times are wall-clock (perf_counter); with jobs > 1 the phase times are summed
over the workers.

`--limits` (make bench-scaling) builds the issue-16 cases (LIMIT_CASES: a 4,000-arm
switch in a loop, 100,000 nested blocks, a function of over a MiB of code, 100,000
functions) with `wasmoon-aot build --jobs 1`, each in a fresh process, and prints its
CPU seconds (user + system) and peak RSS (os.wait4's rusage of that process alone)
against LIMIT_CPU_SECONDS and LIMIT_MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import shapes
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.wat import wat_to_wasm

CODE_SECTION = 10
SCALING_SIZES = (100, 300, 1000, 3000)
# Extreme shapes (shapes.SHAPES) and the two sizes each is built at; 16,000 straight-line
# steps make one block of well over a MiB of code.
SHAPE_SIZES = {"nested blocks": (25_000, 100_000), "nested exits": (25_000, 100_000),
               "nested loops": (25_000, 100_000),
               "nested ifs": (25_000, 100_000), "br_table targets": (25_000, 100_000),
               "switch arms in a loop": (4_000, 16_000),
               "straight-line steps": (4_000, 16_000), "functions": (5_000, 20_000)}
# Issue 16's cases and the size each is built at, and what one build of each may cost.
LIMIT_CASES = {"switch arms in a loop": 4_000, "nested blocks": 100_000, "straight-line steps": 16_000,
               "functions": 100_000}
LIMIT_CPU_SECONDS, LIMIT_MB = 10.0, 400


def _leb128(data: bytes, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if byte < 0x80:
            return value, at
        shift += 7


def code_section_bytes(data: bytes) -> int:
    """Size of the code section's contents in a Wasm binary (0 if it has none)."""
    at = 8
    while at < len(data):
        section_id = data[at]
        size, at = _leb128(data, at + 1)
        if section_id == CODE_SECTION:
            return size
        at += size
    return 0


def _synthetic_function(k: int, functions: int, rng: random.Random) -> str:
    callee = rng.randrange(functions)
    shift, scale, offset = rng.randrange(1, 31), rng.randrange(3, 999), 4 * rng.randrange(256)
    return f"""(func $f{k} (export "f{k}") (param i32 i32) (result i32) (local i32 i64 f64)
    (local.set 3 (i64.extend_i32_u (local.get 1)))
    (block (loop (br_if 1 (i32.eqz (local.get 0)))
      (local.set 2 (i32.add (local.get 2) (i32.load offset={offset} (i32.and (local.get 0) (i32.const 0xfffc)))))
      (i32.store (i32.and (local.get 2) (i32.const 0xfffc)) (i32.xor (local.get 2) (i32.shl (local.get 0) (i32.const {shift}))))
      (local.set 3 (i64.add (i64.mul (local.get 3) (i64.const {scale})) (i64.extend_i32_s (local.get 2))))
      (local.set 4 (f64.add (f64.mul (local.get 4) (f64.const 0.5)) (f64.convert_i32_s (local.get 0))))
      (if (i32.lt_u (local.get 2) (i32.const {scale * 1000}))
        (then (local.set 2 (i32.rotl (local.get 2) (i32.const {shift}))))
        (else (local.set 2 (i32.sub (local.get 2) (i32.wrap_i64 (local.get 3))))))
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br 0)))
    (if (i32.gt_s (local.get 1) (i32.const 0))
      (then (local.set 2 (i32.add (local.get 2)
                                  (call $f{callee} (i32.and (local.get 2) (i32.const 7)) (i32.sub (local.get 1) (i32.const 1)))))))
    (i32.add (local.get 2) (i32.add (i32.wrap_i64 (i64.shr_u (local.get 3) (i64.const 32)))
                                    (i32.trunc_sat_f64_s (local.get 4)))))"""


def synthetic_module(functions: int, seed: int = 7) -> bytes:
    """A module of `functions` functions of the fixed mix (deterministic for a seed)."""
    rng = random.Random(seed)
    body = "\n  ".join(_synthetic_function(k, functions, rng) for k in range(functions))
    return wat_to_wasm(f"(module (memory 1)\n  {body})".encode())


def _cpu_seconds() -> float:
    """User + system time of this process and of its finished children (the workers)."""
    usages = (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def measure(modules: list[bytes], jobs: int = 1, keep=None) -> dict:
    """Compile the modules one after another: total code-section KB per second (wall clock),
    the CPU seconds spent (all processes; on a loaded machine wall time overstates it) and
    phase times.  `keep(result)`, if given, receives each CompileResult."""
    code_bytes = sum(code_section_bytes(data) for data in modules)
    phases: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    for data in modules:
        result = compile_bytes(data, jobs=jobs)
        for phase, seconds in result.phase_seconds.items():
            phases[phase] = phases.get(phase, 0.0) + seconds
        if keep is not None:
            keep(result)
    elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
    return {"jobs": jobs, "code_bytes": code_bytes, "seconds": elapsed, "cpu_seconds": cpu,
            "kb_per_second": code_bytes / 1024 / elapsed, "kb_per_cpu_second": code_bytes / 1024 / cpu,
            "phase_seconds": phases}


def scaling(sizes=SCALING_SIZES) -> list[dict]:
    """Compile time against module size (one job): seconds and seconds per KB of code, wall
    clock and CPU (the steadier of the two on a shared machine)."""
    rows = []
    for functions in sizes:
        figures = measure([synthetic_module(functions)])
        kilobytes = figures["code_bytes"] / 1024
        rows.append({"functions": functions, "code_bytes": figures["code_bytes"], "seconds": figures["seconds"],
                     "seconds_per_kb": figures["seconds"] / kilobytes, "cpu_seconds": figures["cpu_seconds"],
                     "cpu_seconds_per_kb": figures["cpu_seconds"] / kilobytes})
    return rows


def format_speed(label: str, figures: dict) -> str:
    return (f"{label:<24} jobs={figures['jobs']}: {figures['code_bytes'] / 1024:8.1f} KB of code in "
            f"{figures['seconds']:6.2f}s = {figures['kb_per_second']:6.1f} KB/s "
            f"({figures['kb_per_cpu_second']:.1f} KB per CPU second)")


def format_phases(figures: dict) -> str:
    total = sum(figures["phase_seconds"].values())
    return "phases: " + ", ".join(f"{phase} {seconds:.2f}s ({100 * seconds / total:.0f}%)"
                                  for phase, seconds in figures["phase_seconds"].items())


def format_scaling(rows: list[dict]) -> list[str]:
    lines = [f"{'functions':>9} {'code KB':>9} {'seconds':>8} {'s/KB':>7} {'cpu s':>8} {'cpu s/KB':>8}"]
    lines += [f"{row['functions']:>9} {row['code_bytes'] / 1024:>9.1f} {row['seconds']:>8.2f} "
              f"{row['seconds_per_kb']:>7.3f} {row['cpu_seconds']:>8.2f} {row['cpu_seconds_per_kb']:>8.3f}"
              for row in rows]
    return lines



def shape_scaling(sizes=SHAPE_SIZES) -> list[dict]:
    """Build time of each extreme shape at each of its sizes (one job): wall and CPU
    seconds, CPU microseconds per unit of size, and the size of the largest function."""
    rows = []
    for name, counts in sizes.items():
        for size in counts:
            data = shapes.SHAPES[name](size)
            largest = []
            figures = measure([data], keep=lambda result: largest.append(
                max(f["size"] for f in result.metadata["functions"])))
            rows.append({"shape": name, "size": size, "seconds": figures["seconds"],
                         "cpu_seconds": figures["cpu_seconds"], "largest_function": largest[0],
                         "cpu_us_per_unit": 1e6 * figures["cpu_seconds"] / size})
    return rows


def format_shape_scaling(rows: list[dict]) -> list[str]:
    lines = [f"{'shape':<20} {'size':>7} {'seconds':>8} {'cpu s':>7} {'cpu us/unit':>11} {'largest function':>16}"]
    lines += [f"{row['shape']:<20} {row['size']:>7} {row['seconds']:>8.2f} {row['cpu_seconds']:>7.2f} "
              f"{row['cpu_us_per_unit']:>11.1f} {row['largest_function'] / 1024:>13.1f} KB" for row in rows]
    return lines


def build_cost(data: bytes, check: bool = False) -> dict:
    """CPU seconds and peak MB of `wasmoon-aot build --jobs 1` of `data`, in a fresh process
    (with the allocation checker if `check`)."""
    cli = Path(sys.executable).with_name("wasmoon-aot")
    env = {**os.environ, "WASMOON_REGALLOC_CHECK": "1" if check else "0"}
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "case.wasm"
        source.write_bytes(data)
        process = subprocess.Popen([str(cli), "build", "--jobs", "1", "-o", str(Path(scratch) / "case.so"),
                                    str(source)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise SystemExit(f"wasmoon-aot build failed: {stderr.decode().strip()}")
    return {"cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}   # KB on Linux


def limits(cases=LIMIT_CASES, check: bool = False) -> list[dict]:
    """build_cost of each case, and whether it is within LIMIT_CPU_SECONDS and LIMIT_MB."""
    rows = []
    for name, size in cases.items():
        cost = build_cost(shapes.SHAPES[name](size), check)
        rows.append({"shape": name, "size": size, **cost,
                     "within": cost["cpu_seconds"] < LIMIT_CPU_SECONDS and cost["peak_mb"] < LIMIT_MB})
    return rows


def format_limits(rows: list[dict]) -> list[str]:
    lines = [f"{'case':<22} {'size':>7} {'cpu s':>7} {'peak MB':>8}  within {LIMIT_CPU_SECONDS:g} s, {LIMIT_MB} MB"]
    lines += [f"{row['shape']:<22} {row['size']:>7} {row['cpu_seconds']:>7.2f} {row['peak_mb']:>8.0f}  "
              f"{'yes' if row['within'] else 'NO'}" for row in rows]
    return lines


def main(argv=None) -> int:
    """`python tests/bench/compile_speed.py [SHAPE...]`: the extreme shapes' table alone;
    with --limits, the issue-16 cases against their limits (exit 1 if one is over)."""
    parser = argparse.ArgumentParser(description="Compile time of extreme module shapes at two sizes")
    parser.add_argument("shapes", nargs="*", metavar="SHAPE",
                        help=f"any of: {', '.join(SHAPE_SIZES)} (default: all)")
    parser.add_argument("--limits", action="store_true",
                        help=f"build each of {', '.join(LIMIT_CASES)} in a fresh process with --jobs 1: "
                             f"CPU seconds and peak MB against {LIMIT_CPU_SECONDS:g} s and {LIMIT_MB} MB")
    parser.add_argument("--check", action="store_true", help="with --limits: run the allocation checker too")
    args = parser.parse_args(argv)
    known = LIMIT_CASES if args.limits else SHAPE_SIZES
    unknown = [name for name in args.shapes if name not in known]
    if unknown:
        parser.error(f"unknown shape {unknown[0]!r}")
    names = args.shapes or list(known)
    if args.limits:
        rows = limits({name: LIMIT_CASES[name] for name in names}, args.check)
        print("\n".join(format_limits(rows)))
        return 0 if all(row["within"] for row in rows) else 1
    print("\n".join(format_shape_scaling(shape_scaling({name: SHAPE_SIZES[name] for name in names}))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
