"""What exceptions cost: one throw caught ten frames up, in executed AArch64 instructions.

`run(n)` of THROWING makes n calls into a chain of ten functions whose last one throws, each
caught by the caller's try_table; `run(n)` of RETURNING makes the same calls, the last one
returning.  As bench.py counts kernels, the QEMU plugin counts the instructions of run(N) minus
run(0); their difference per iteration is the cost of one throw-catch across ten frames (the
exn.* builtins and the unwinder run in Python, so that is most of it).  The cost on code
without try_table is zero by construction: `make same-code` shows its code unchanged.

    .venv/bin/python tests/bench/bench_exceptions.py [--iterations N]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench import count_instructions
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf

FRAMES = 10


def module(throws: bool) -> str:
    chain = "\n".join(f"(func $f{k} (param i32) (result i32) (call $f{k + 1} (local.get 0)))" for k in range(FRAMES - 1))
    last = "(throw $e (local.get 0))" if throws else "(local.get 0)"
    return f"""
(module
  (tag $e (param i32))
  {chain}
  (func $f{FRAMES - 1} (param i32) (result i32) {last})
  (func (export "run") (param $n i32) (result i32)
    (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $sum (i32.add (local.get $sum)
          (block $h (result i32)
            (try_table (result i32) (catch $e $h) (call $f0 (local.get $n))))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $sum)))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args()
    per_iteration = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, throws in (("returning", False), ("throwing", True)):
            path = Path(scratch) / f"{name}.so"
            path.write_bytes(write_elf(compile_bytes(wat_to_wasm(module(throws).encode())).image))
            instructions, result = count_instructions("wasmoon", path, args.iterations)
            assert result == args.iterations * (args.iterations + 1) // 2, result
            per_iteration[name] = instructions / args.iterations
            print(f"{name:10} {per_iteration[name]:12.0f} instructions per iteration")
    print(f"one throw-catch across {FRAMES} frames: "
          f"{per_iteration['throwing'] - per_iteration['returning']:.0f} instructions")


if __name__ == "__main__":
    main()
