"""How fast the Mach-O writer is: a compiled 10,000-function module written as a signed dylib.

Run: `.venv/bin/python tests/bench/macho_write.py [--functions N] [--repeat R]`.
Compiles a module of N small exported functions once, then prints the best of
R timings of `write_macho` (and of `write_elf`, for scale) and the output size.
The goal is under 2 s for 10,000 functions.
"""

from __future__ import annotations

import argparse
import time

from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf, write_macho


def many_functions(count: int) -> bytes:
    body = "".join(f'(func (export "f{index}") (param i32) (result i32) (i32.add (local.get 0) (i32.const {index})))'
                   for index in range(count))
    return wat_to_wasm(f"(module {body})".encode())


def best_time(write, image, repeat: int) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = len(write(image))
        best = min(best, time.perf_counter() - started)
    return best, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--functions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    image = compile_bytes(many_functions(args.functions)).image
    print(f"compiled {args.functions} functions in {time.perf_counter() - started:.2f} s")
    for name, write in (("write_macho", write_macho), ("write_elf", write_elf)):
        seconds, size = best_time(write, image, args.repeat)
        print(f"{name}: {seconds:.3f} s for {size} bytes ({len(image.symbols)} symbols)")


if __name__ == "__main__":
    main()
