"""Register-allocator benchmark (`make bench-regalloc`): figures to print, not a timed test.

1. Synthetic high-pressure functions of about 1k, 10k and 50k VCode instructions
   (48 live i64 locals, branches, loops and calls), compiled with both
   allocators: allocation time per instruction and spill/reload/move counts.
2. Real kernels: C compiled to wasm32 with clang -O2.  Linear memory does not
   compile yet, so the kernels use none and the memory/stack-pointer declarations
   clang always emits are dropped from the module text.  Static counts as above,
   and the dynamic AArch64 instruction count of running each kernel under
   qemu-aarch64 with the insncount TCG plugin (tests/bench/qemu/insncount.c): the
   cost of N calls minus the cost of 0 calls, in a clean, fixed environment.

Usage: python tests/bench/bench_regalloc.py [--plugin .cache/libinsncount.so] [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.wat import wasm_tools, wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import emulator

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


# Integer-only kernels: no arrays, so -O2 code never touches linear memory.
C_KERNELS = r"""
unsigned collatz(unsigned n) {
    unsigned steps = 0;
    while (n != 1) { n = (n & 1) ? 3 * n + 1 : n / 2; steps++; }
    return steps;
}
unsigned long long fib(unsigned n) {
    unsigned long long a = 0, b = 1;
    while (n--) { unsigned long long t = a + b; a = b; b = t; }
    return a;
}
unsigned gcd_sum(unsigned n) {
    unsigned total = 0;
    for (unsigned i = 1; i <= n; i++) for (unsigned j = 1; j <= 16; j++) {
        unsigned a = i, b = j;
        while (b) { unsigned t = a % b; a = b; b = t; }
        total += a;
    }
    return total;
}
unsigned primes(unsigned n) {
    unsigned count = 0;
    for (unsigned k = 2; k < n; k++) {
        unsigned prime = 1;
        for (unsigned d = 2; d * d <= k; d++) if (k % d == 0) { prime = 0; break; }
        count += prime;
    }
    return count;
}
unsigned long long mix(unsigned long long seed, unsigned rounds) {
    unsigned long long a = seed, b = seed ^ 0x9e3779b97f4a7c15ull, c = 1, d = 2, e = 3, f = 5, g = 7, h = 11;
    for (unsigned r = 0; r < rounds; r++) {
        a += b; b ^= a << 13; c += b >> 7; d ^= c * 0x100000001b3ull; e += d ^ (d >> 17);
        f ^= e + a; g += f * 31; h ^= g + (h << 5); a ^= h; b += g ^ c; c ^= f + d; d += e ^ h;
    }
    return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
}
double newton(double x, unsigned iterations) {
    double r = x > 1 ? x : 1;
    for (unsigned i = 0; i < iterations; i++) r = 0.5 * (r + x / r);
    return r;
}
"""
KERNEL_CALLS = {  # export: (arguments, calls per measurement)
    "collatz": ((837799,), 20),
    "fib": ((5000,), 20),
    "gcd_sum": ((200,), 5),
    "primes": ((3000,), 2),
    "mix": ((12345, 500), 10),
    "newton": ((2.0, 4000), 10),
}


def build_c_kernels(folder: Path) -> bytes | None:
    """The kernels as a memory-free Wasm module, or None without clang."""
    clang = shutil.which("clang")
    if clang is None:
        return None
    source, wasm = folder / "kernels.c", folder / "kernels.wasm"
    source.write_text(C_KERNELS)
    exports = [f"-Wl,--export={name}" for name in KERNEL_CALLS]
    subprocess.run([clang, "--target=wasm32", "-O2", "-nostdlib", "-Wl,--no-entry", *exports,
                    "-o", str(wasm), str(source)], check=True)
    text = subprocess.run([wasm_tools(), "print", str(wasm)], check=True, capture_output=True,
                          text=True).stdout
    kept = [line for line in text.splitlines()
            if not re.match(r"\s*\((memory|global|export \"memory\"|export \"__)", line)]
    return wat_to_wasm("\n".join(kept).encode())


def allocation_figures(name: str, wasm: bytes, only_function: int | None = None) -> None:
    for regalloc in ALLOCATORS:
        started = time.perf_counter()
        result = compile_bytes(wasm, regalloc)
        wall = time.perf_counter() - started
        stats = [s for s in result.stats if only_function is None or s["function"] == only_function]
        insts = sum(s["instructions"] for s in stats)
        seconds = sum(s["alloc_seconds"] for s in stats)
        totals = {key: sum(s.get(key, 0) for s in stats) for key in ("spills", "reloads", "moves", "remats", "splits")}
        print(f"  {name:<14} {regalloc:<12} insts={insts:>6}  alloc={seconds:8.3f}s "
              f"({1e6 * seconds / max(insts, 1):7.1f} us/inst)  spills={totals['spills']:>5} "
              f"reloads={totals['reloads']:>5} moves={totals['moves']:>5} remats={totals['remats']:>4} "
              f"splits={totals['splits']:>5}  compile={wall:.2f}s", flush=True)


_COUNT_SCRIPT = """\
import importlib.util, sys, types
package = types.ModuleType("wasmoon_aot"); package.__path__ = []; sys.modules["wasmoon_aot"] = package
spec = importlib.util.spec_from_file_location("wasmoon_aot.runtime", {init!r}, submodule_search_locations=[{directory!r}])
runtime = importlib.util.module_from_spec(spec); sys.modules["wasmoon_aot.runtime"] = runtime
spec.loader.exec_module(runtime)
instance = runtime.load({artifact!r})
function = instance.exports[{name!r}]
for _ in range({calls}):
    function(*{args!r})
"""


def executed_instructions(plugin: Path, artifact: Path, name: str, args, calls: int) -> int:
    root = emulator.sysroot()
    script = _COUNT_SCRIPT.format(init=os.path.join(emulator.RUNTIME_DIR, "__init__.py"),
                                  directory=emulator.RUNTIME_DIR, artifact=str(artifact),
                                  name=name, args=tuple(args), calls=calls)
    with tempfile.TemporaryDirectory() as scratch:
        count_file = os.path.join(scratch, "count")
        command = ["env", "-i", "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "qemu-aarch64",
                   "-plugin", f"{plugin},out={count_file}", "-L", root,
                   os.path.join(root, "usr", "bin", "python3.11"), "-c", script]
        subprocess.run(command, capture_output=True, check=True)
        return int(Path(count_file).read_text())


def dynamic_figures(plugin: Path, wasm: bytes, folder: Path) -> None:
    artifacts = {}
    for regalloc in ALLOCATORS:
        path = folder / f"kernels-{regalloc}.so"
        path.write_bytes(write_elf(compile_bytes(wasm, regalloc).image))
        artifacts[regalloc] = path
    print(f"  {'kernel':<10} {'calls':>5} {'backtracking':>14} {'simple':>14}  ratio", flush=True)
    for name, (args, calls) in KERNEL_CALLS.items():
        cost = {}
        for regalloc, path in artifacts.items():
            cost[regalloc] = (executed_instructions(plugin, path, name, args, calls)
                              - executed_instructions(plugin, path, name, args, 0)) // calls
        print(f"  {name:<10} {calls:>5} {cost['backtracking']:>14,} {cost['simple']:>14,}  "
              f"{cost['backtracking'] / max(cost['simple'], 1):.2f}", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugin", type=Path, help="insncount TCG plugin (.so) for dynamic counts")
    parser.add_argument("--quick", action="store_true", help="skip the 50k-instruction function")
    args = parser.parse_args(argv)
    print("synthetic high-pressure functions (VCode instructions of the big function):")
    for statements in (1030, 13500, 70000)[: 2 if args.quick else 3]:  # ~1k, 10k, 50k VCode insts
        allocation_figures(f"synthetic-{statements}", wat_to_wasm(synthetic_wat(statements).encode()),
                           only_function=1)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        wasm = build_c_kernels(folder)
        if wasm is None:
            print("clang not found: no C kernels")
            return 0
        print("C kernels (clang --target=wasm32 -O2), all functions:")
        allocation_figures("c-kernels", wasm)
        if args.plugin:
            print("dynamic AArch64 instructions per call (qemu insncount plugin):")
            dynamic_figures(args.plugin, wasm, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
