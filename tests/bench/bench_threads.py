"""Threads (issue 19): the speed-up of a parallel kernel on 2 threads against 1.

Two instances, each in a store of its own, link one shared memory; a kernel (a linear
congruential generator writing every word of a range of that memory) runs over the whole
range on one thread, then over its two halves on two threads at once (the GIL is released
while Wasm runs), in the AArch64 Python where instances run in the calling process (under
qemu-user here, whose threads run in parallel too). Prints the wall times, the speed-up, and
whether both results agree (the same words written either way).

    .venv/bin/python tests/bench/bench_threads.py [WORDS [ROUNDS]]     (make bench-threads)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guest import run_in_process, wat_artifact  # noqa: E402

KERNEL_WAT = """(module (import "env" "memory" (memory 1 1024 shared))
  (func (export "fill") (param $start i32) (param $end i32) (param $rounds i32)
    (local $i i32) (local $x i32) (local $r i32)
    (local.set $r (local.get $rounds))
    (loop $round
      (local.set $i (local.get $start))
      (loop $word
        (local.set $x (i32.add (i32.mul (i32.xor (local.get $i) (local.get $r)) (i32.const 1664525))
                               (i32.const 1013904223)))
        (i32.store (i32.shl (local.get $i) (i32.const 2))
                   (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 13))))
        (br_if $word (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $end))))
      (br_if $round (local.tee $r (i32.sub (local.get $r) (i32.const 1)))))))"""

SCRIPT = """
import hashlib, sys, threading, time
from wasmoon_aot.runtime import Memory, Store, load
path, words, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
memory = Memory((4 * words + 65535) >> 16, 1024, shared=True)
instances = [load(path, {"env": {"memory": memory}}, store=Store()) for _ in range(2)]
started = time.monotonic()
instances[0].exports["fill"](0, words, rounds)
one = time.monotonic() - started
digest_one = hashlib.sha256(memory.read(0, 4 * words)).hexdigest()
memory.write(0, bytes(4 * words))
halves = [(0, words // 2), (words // 2, words)]
threads = [threading.Thread(target=instance.exports["fill"], args=(*half, rounds))
           for instance, half in zip(instances, halves)]
started = time.monotonic()
for thread in threads: thread.start()
for thread in threads: thread.join()
two = time.monotonic() - started
same = hashlib.sha256(memory.read(0, 4 * words)).hexdigest() == digest_one
print(f"{one:.3f} {two:.3f} {same}")
"""


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 1 << 16
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
    with tempfile.TemporaryDirectory() as folder:
        artifact = wat_artifact(Path(folder) / "threads.so", KERNEL_WAT)
        done = run_in_process(Path(folder), SCRIPT, artifact, str(words), str(rounds), timeout=1800)
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    one, two, same = done.stdout.split()
    print(f"{words:,} words x {rounds} rounds: 1 thread {float(one):.3f} s, 2 threads {float(two):.3f} s, "
          f"speed-up {float(one) / float(two):.2f}x, same words: {same}")


if __name__ == "__main__":
    main()
