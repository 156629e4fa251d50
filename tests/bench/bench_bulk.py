"""`make bench-bulk`: bulk memory operations and calls into Python, ours against wasmtime's.

Each case is a WAT module whose `run(N)` does one operation N times in a loop, run under the same
qemu by arm64_runner.py, as bench.py runs its kernels:
  copy16_param   memory.copy of 16 bytes, the count read from memory (not a constant): the
                 memmove routine's path (aot/isa/aarch64/routines.py)
  copy16_const   memory.copy of a constant 16 bytes: the inline path
  fill16_param   memory.fill of 16 bytes, the count from memory: the memset routine
  copy4k_param   memory.copy of 4 KiB (the routine's 16-byte loop)
  grow0          memory.grow 0: still a runtime builtin, one call into Python each
  clock          WASI clock_time_get: one call into Python each
For each: wall time of run(N), ours and wasmtime's, and their ratio; the dynamic AArch64
instructions of run(N) minus run(0) (the QEMU insncount plugin) per iteration, ours and
wasmtime's; and the calls into Python our store counted (store.host_calls()), with calls per
second for the cases that make them.  Figures are printed and written to build/bench-bulk.json;
nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench import BUILD, REPO, arm64
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf

# The loop of every case: `body` runs N times with $i counting up; run returns a checksum.
LOOP = """
(module
  {imports}
  (memory (export "memory") 2)
  (data (i32.const 0) "\\10\\00\\00\\00\\00\\10\\00\\00")   ;; 16 at 0, 4096 at 4
  (func (export "run") (param $n i32) (result i32)
    (local $i i32) (local $len i32) (local $big i32)
    (local.set $len (i32.load (i32.const 0)))
    (local.set $big (i32.load (i32.const 4)))
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        {body}
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $again)))
    (i32.add (i32.load (i32.const 4096)) (i32.load (i32.const 65536)))))
"""
DST = "(i32.add (i32.const 4096) (i32.shl (i32.and (local.get $i) (i32.const 255)) (i32.const 4)))"
SRC = "(i32.add (i32.const 8192) (i32.shl (i32.and (local.get $i) (i32.const 127)) (i32.const 3)))"
CLOCK_IMPORT = ('(import "wasi_snapshot_preview1" "clock_time_get" '
                '(func $clock (param i32 i64 i32) (result i32)))')

# name -> (imports, loop body, N, WASI)
CASES = {
    "copy16_param": ("", f"(memory.copy {DST} {SRC} (local.get $len))", 1_000_000, False),
    "copy16_const": ("", f"(memory.copy {DST} {SRC} (i32.const 16))", 1_000_000, False),
    "fill16_param": ("", f"(memory.fill {DST} (local.get $i) (local.get $len))", 1_000_000, False),
    "copy4k_param": ("", "(memory.copy (i32.const 65536) (i32.const 16384) (local.get $big))", 20_000, False),
    "grow0": ("", "(drop (memory.grow (i32.const 0)))", 20_000, False),
    "clock": (CLOCK_IMPORT, "(drop (call $clock (i32.const 1) (i64.const 0) (i32.const 64)))", 20_000, True),
}


def build_case(name: str) -> tuple[Path, Path]:
    imports, body, _, _ = CASES[name]
    wasm = wat_to_wasm(LOOP.format(imports=imports, body=body).encode())
    wasm_path, artifact = BUILD / f"bulk_{name}.wasm", BUILD / f"bulk_{name}.so"
    wasm_path.write_bytes(wasm)
    artifact.write_bytes(write_elf(compile_bytes(wasm).image))
    return wasm_path, artifact


def instructions(engine: str, path: Path, n: int, extra: list[str]) -> int:
    """Instructions executed by run(n) beyond run(0)."""
    counts = []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "count"
        for iterations in (n, 0):
            arm64([engine, str(path), str(iterations)] + extra, plugin_out=out)
            counts.append(int(out.read_text()))
    return counts[0] - counts[1]


def case_figures(name: str, count: bool) -> dict:
    _, _, n, wasi = CASES[name]
    wasm, artifact = build_case(name)
    extra = ["--wasi"] if wasi else []
    ours = arm64(["wasmoon", str(artifact), str(n), "--time"] + extra)
    theirs = arm64(["wasmtime", str(wasm), str(n), "--time"] + extra)
    figures = {"iterations": n, "results_agree": ours["result"] == theirs["result"] or wasi,
               "seconds": ours["seconds"], "wasmtime_seconds": theirs["seconds"],
               "time_ratio": ours["seconds"] / theirs["seconds"], "host_calls": ours["host_calls"],
               "host_calls_per_second": ours["host_calls"] / ours["seconds"]}
    if count:
        figures["insns_per_iteration"] = instructions("wasmoon", artifact, n, extra) / n
        figures["wasmtime_insns_per_iteration"] = instructions("wasmtime", wasm, n, extra) / n
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=list(CASES))
    parser.add_argument("--no-count", action="store_true", help="wall times only (no insncount plugin)")
    args = parser.parse_args(argv)
    BUILD.mkdir(parents=True, exist_ok=True)
    header = (f"{'case':<13} {'N':>8} {'ours s':>8} {'wasmtime s':>10} {'ratio':>6} {'insn/it':>8} "
              f"{'wt insn/it':>10} {'py calls':>8} {'calls/s':>8}  ok")
    print(header)
    print("-" * len(header))
    report = {}
    for name in args.cases:
        f = report[name] = case_figures(name, not args.no_count)
        print(f"{name:<13} {f['iterations']:>8} {f['seconds']:>8.3f} {f['wasmtime_seconds']:>10.3f} "
              f"{f['time_ratio']:>6.2f} {f.get('insns_per_iteration', float('nan')):>8.1f} "
              f"{f.get('wasmtime_insns_per_iteration', float('nan')):>10.1f} {f['host_calls']:>8} "
              f"{f['host_calls_per_second']:>8.0f}  {'yes' if f['results_agree'] else 'RESULTS DIFFER'}")
    (REPO / "build" / "bench-bulk.json").write_text(json.dumps(report, indent=1) + "\n")
    print(f"written to {REPO / 'build' / 'bench-bulk.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
