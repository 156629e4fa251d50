"""Measures what memory growth and instance freeing cost: used by tests/test_lifetime.py, and run as a script
it prints the figures (`.venv/bin/python tests/lifetime_probe.py [grow|peak|cycles N]`).

Every figure comes from a store of its own, so on the remote path from a fresh worker process whose
/proc/<pid>/status (VmRSS, VmHWM) covers exactly that store's instances.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

from wasmoon_aot.aot.compiler import compile_wasm
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.runtime import Store, load
from wasmoon_aot.runtime.emulator import runs_natively

PAGE = 65536

GROWER_WAT = """
(module
  (memory (export "memory") 1)
  (func (export "grow_n") (param $n i32) (result i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (then unreachable))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "touch") (memory.fill (i32.const 0) (i32.const 1) (i32.mul (memory.size) (i32.const 65536)))))
"""

TOUCHER_WAT = """
(module
  (memory (export "memory") 256)
  (func (export "touch") (memory.fill (i32.const 0) (i32.const 7) (i32.const 16777216))))
"""


def build(directory: str, name: str, wat: str) -> str:
    path = os.path.join(directory, f"{name}.so")
    with open(path, "wb") as out:
        out.write(compile_wasm(wat_to_wasm(wat.encode())))
    return path


def process_status(store) -> dict[str, int]:
    """VmRSS and VmHWM (bytes) of the process running `store`'s instances (its worker on the remote path)."""
    pid = os.getpid() if runs_natively() else store.worker.process.pid
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) * 1024
    return fields


def grow_seconds(path: str, grows: int) -> float:
    """Seconds that `grows` memory.grow(1) instructions take, in a fresh store."""
    instance = load(path, store=Store())
    started = time.perf_counter()
    assert instance.exports.grow_n(grows) == 1 + grows
    return time.perf_counter() - started


def peak_rss_growing_past(path: str, pages: int) -> int:
    """Peak RSS (VmHWM) of a fresh store whose memory is grown to `pages`, filled, then grown by one page."""
    store = Store()
    instance = load(path, store=store)
    assert instance.exports.grow(pages - 1) == 1
    instance.exports.touch()
    assert instance.exports.grow(1) == pages
    return process_status(store)["VmHWM"]


def rss_over_cycles(path: str, cycles: int) -> tuple[int, int]:
    """(VmRSS after the first, after the last) of `cycles` load / touch 16 MiB / close in one store."""
    store = Store()
    first = last = 0
    for cycle in range(cycles):
        with load(path, store=store) as instance:
            instance.exports.touch()
        del instance  # its exported memory too: nothing holds the memory once the instance is closed
        last = process_status(store)["VmRSS"]
        if cycle == 0:
            first = last
    return first, last


def main(argv: list[str]) -> None:
    what = argv[0] if argv else "all"
    with tempfile.TemporaryDirectory() as directory:
        if what in ("grow", "all"):
            grower = build(directory, "grower", GROWER_WAT)
            for grows in (2048, 4096):
                print(f"{grows} x memory.grow(1): {grow_seconds(grower, grows):.2f} s")
        if what in ("peak", "all"):
            grower = build(directory, "grower", GROWER_WAT)
            pages = 16385
            peak = peak_rss_growing_past(grower, pages)
            print(f"peak RSS growing a filled 1 GiB memory by one page: {peak / 2**20:.0f} MiB "
                  f"({peak / (pages * PAGE):.2f}x the memory)")
        if what in ("cycles", "all"):
            cycles = int(argv[1]) if len(argv) > 1 else 1000
            first, last = rss_over_cycles(build(directory, "toucher", TOUCHER_WAT), cycles)
            print(f"{cycles} cycles of load / touch 16 MiB / close: RSS first {first / 2**20:.0f} MiB, "
                  f"last {last / 2**20:.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
