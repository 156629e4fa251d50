"""Register-allocator benchmark (`make bench-regalloc`): figures to print, not a timed test.

1. Synthetic high-pressure functions of about 1k, 10k and 50k VCode instructions
   (48 live i64 locals, branches, loops and calls), compiled with both
   allocators: allocation time per instruction and spill/reload/move counts.
2. Real kernels: the C benchmark kernels of tests/bench/kernels (shared with
   `make bench`), static counts as above, and with --counts the dynamic AArch64
   instruction count of each kernel's run(N) under the insncount TCG plugin,
   measured as bench.py measures it (run(N) minus run(0), clean environment).

Usage: python tests/bench/bench_regalloc.py [--counts] [--quick]
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import bench
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf

ALLOCATORS = ("backtracking", "simple")
LOCALS = 48


def synthetic_wat(statements: int, seed: int = 7) -> str:
    """One exported function: `statements` updates of 48 i64 locals, in nested blocks and loops."""
    rng = random.Random(seed)
    ops = ("i64.add", "i64.sub", "i64.xor", "i64.mul", "i64.or", "i64.and")
    body, depth = [], 0
    for k in range(statements):
        a, b, c = (rng.randrange(LOCALS) + 1 for _ in range(3))
        body.append(f"(local.set {a} ({rng.choice(ops)} (local.get {b}) (local.get {c})))")
        if k % 97 == 50:
            body.append(f"(local.set {a} (call $mix (local.get {a}) (local.get {b})))")
        if k % 61 == 30 and depth < 4:
            body.append(f"(if (i64.lt_u (local.get {a}) (local.get {b})) (then")
            depth += 1
        elif k % 61 == 45 and depth:
            body.append("))")
            depth -= 1
    body.append("))" * depth)
    inits = "".join(f"(local.set {k + 1} (i64.add (local.get 0) (i64.const {k * 7919 + 1})))"
                    for k in range(LOCALS))
    total = "local.get 1 " + " ".join(f"local.get {k + 1} i64.add" for k in range(1, LOCALS))
    return f"""(module
  (func $mix (param i64 i64) (result i64) (i64.xor (i64.mul (local.get 0) (i64.const 31)) (local.get 1)))
  (func (export "run") (param i64) (result i64) (local {" ".join(["i64"] * LOCALS)})
    {inits}
    (block (loop
      {" ".join(body)}
      (br_if 1 (i64.eqz (local.get 0)))
      (local.set 0 (i64.sub (local.get 0) (i64.const 1)))
      (br 0)))
    {total}))"""


def allocation_figures(name: str, wasm: bytes, only_function: int | None = None) -> None:
    for regalloc in ALLOCATORS:
        started = time.perf_counter()
        result = compile_bytes(wasm, CompileOptions(regalloc=regalloc))
        wall = time.perf_counter() - started
        stats = [s for s in result.stats if only_function is None or s["function"] == only_function]
        insts = sum(s["instructions"] for s in stats)
        seconds = sum(s["alloc_seconds"] for s in stats)
        totals = {key: sum(s.get(key, 0) for s in stats) for key in ("spills", "reloads", "moves", "remats", "splits")}
        print(f"  {name:<14} {regalloc:<12} insts={insts:>6}  alloc={seconds:8.3f}s "
              f"({1e6 * seconds / max(insts, 1):7.1f} us/inst)  spills={totals['spills']:>5} "
              f"reloads={totals['reloads']:>5} moves={totals['moves']:>5} remats={totals['remats']:>4} "
              f"splits={totals['splits']:>5}  compile={wall:.2f}s", flush=True)


def dynamic_figures() -> None:
    """Executed instructions of every benchmark kernel's run(N) with each allocator."""
    print(f"  {'kernel':<11} {'backtracking':>14} {'simple':>14}  ratio", flush=True)
    for name, iterations in sorted(bench.KERNELS.items()):
        wasm = bench.build_kernel(name).read_bytes()
        cost = {}
        for regalloc in ALLOCATORS:
            artifact = bench.BUILD / f"{name}-{regalloc}.so"
            artifact.write_bytes(write_elf(compile_bytes(wasm, CompileOptions(regalloc=regalloc)).image))
            cost[regalloc] = bench.count_instructions("wasmoon", artifact, iterations)[0]
        print(f"  {name:<11} {cost['backtracking']:>14,} {cost['simple']:>14,}  "
              f"{cost['backtracking'] / max(cost['simple'], 1):.2f}", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", action="store_true",
                        help="also count executed instructions (needs `make bench-tools`)")
    parser.add_argument("--quick", action="store_true", help="skip the 50k-instruction function")
    args = parser.parse_args(argv)
    print("synthetic high-pressure functions (VCode instructions of the big function):")
    for statements in (1030, 13500, 70000)[: 2 if args.quick else 3]:  # ~1k, 10k, 50k VCode insts
        allocation_figures(f"synthetic-{statements}", wat_to_wasm(synthetic_wat(statements).encode()),
                           only_function=1)
    bench.BUILD.mkdir(parents=True, exist_ok=True)
    print("C kernels (tests/bench/kernels, clang --target=wasm32 -O2), all functions:")
    for name in sorted(bench.KERNELS):
        allocation_figures(name, bench.build_kernel(name).read_bytes())
    if args.counts:
        print("dynamic AArch64 instructions of run(N) (qemu insncount plugin):")
        dynamic_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
