"""The large real library of `make bench`: zstd from its PyPI sdist (built by
frontend.zstd_module: lib/ as a wasm32-wasi library module with no imports).

Compile time with 1 and N jobs, then a runtime figure: ZSTD_compress of 1 MB of
text-like data at level 3, in ours and in wasmtime (the aarch64 wheel), both in
the same emulated arm64 Python (zstd_runner.py), timing the call only; the
fastest of RUNS runs of each engine.
"""

from __future__ import annotations

import compile_speed
from frontend import ZSTD_VERSION, zstd_module
from wasmoon_aot.linker import write_elf

INPUT_BYTES = 1 << 20
LEVEL = 3
RUNS = 3  # per engine; the fastest is kept


def zstd_figures(build_dir, arm64, jobs: int = 2) -> dict:
    """`arm64(args, runner=...)` runs a runner script in the emulated arm64 Python."""
    data = zstd_module()
    wasm = build_dir / f"zstd-{ZSTD_VERSION}.wasm"
    wasm.write_bytes(data)
    artifact = build_dir / f"zstd-{ZSTD_VERSION}.so"
    compile_figures = [compile_speed.measure([data], jobs=1),
                       compile_speed.measure([data], jobs, keep=lambda r: artifact.write_bytes(write_elf(r.image)))]
    args = [str(INPUT_BYTES), str(LEVEL)]
    ours = _fastest(arm64, ["wasmoon", str(artifact), *args])
    theirs = _fastest(arm64, ["wasmtime", str(wasm), *args])
    return {"version": ZSTD_VERSION, "module_bytes": len(data), "compile": compile_figures,
            "input_bytes": INPUT_BYTES, "level": LEVEL, "compressed_bytes": ours["compressed"],
            "results_agree": (ours["compressed"], ours["crc32"]) == (theirs["compressed"], theirs["crc32"]),
            "seconds": ours["seconds"], "cranelift_seconds": theirs["seconds"],
            "time_ratio": ours["seconds"] / theirs["seconds"]}


def _fastest(arm64, args: list[str]) -> dict:
    """The fastest of RUNS runs (one process each): the wall time on a shared machine varied by
    up to 1.8x from run to run, and the least disturbed run is the one to compare."""
    reports = [arm64(args, runner="zstd_runner.py") for _ in range(RUNS)]
    if len({(r["compressed"], r["crc32"]) for r in reports}) != 1:
        raise SystemExit(f"zstd_runner {args[0]}: the runs compressed differently")
    return min(reports, key=lambda r: r["seconds"])


def format_zstd(figures: dict) -> list[str]:
    lines = [f"zstd {figures['version']} (PyPI sdist, {figures['module_bytes']:,} B of Wasm):"]
    lines += ["  " + compile_speed.format_speed("compile", c) for c in figures["compile"]]
    lines.append(f"  ZSTD_compress {figures['input_bytes'] >> 10} KB level {figures['level']} -> "
                 f"{figures['compressed_bytes']:,} B: ours {figures['seconds']:.3f}s, wasmtime "
                 f"{figures['cranelift_seconds']:.3f}s, ratio {figures['time_ratio']:.2f} "
                 f"({'same output' if figures['results_agree'] else 'OUTPUTS DIFFER'})")
    return lines
