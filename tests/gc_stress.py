"""The gc stress guest: binary trees built, checked and dropped while a long-lived tree stays
reachable from a global, run in the AArch64 Python (tests/guest.py) so that the collector's
figures can be read from its store.  `run(tmp_path, iterations, depth, long_depth)` returns
the figures; tests/test_gc_collector.py runs a short one, `make gc-stress` (this file as a
script) the 2.5 GiB one: 512 trees of depth 16 (5 MiB each) next to one of depth 17 (10 MiB),
so the live set stays under 16 MiB in the 64 MiB heap (gc_heap.HEAP_LIMIT).

A tree of depth d has 2**(d+1) - 1 nodes of NODE_BYTES each; `check` walks a tree, trapping
(unreachable) if a node's value is not the one `make` stored, and counts its nodes.
"""

from __future__ import annotations

import json
from pathlib import Path

from guest import compile_wat, run_in_process
from wasmoon_aot.runtime import abi

NODE_BYTES = abi.struct_layout(("anyref", "anyref", "i32"))[1]  # the header, two references and an i32

WAT = """
(module
  (type $node (struct (field $l (ref null $node)) (field $r (ref null $node)) (field $v i32)))
  (global $keep (mut (ref null $node)) (ref.null $node))
  (func $make (param $d i32) (result (ref $node))
    (if (result (ref $node)) (i32.eqz (local.get $d))
      (then (struct.new $node (ref.null $node) (ref.null $node) (i32.const 1)))
      (else (struct.new $node (call $make (i32.sub (local.get $d) (i32.const 1)))
                              (call $make (i32.sub (local.get $d) (i32.const 1)))
                              (local.get $d)))))
  (func $check (param $t (ref null $node)) (param $d i32) (result i32)
    (if (result i32) (ref.is_null (local.get $t))
      (then (i32.const 0))
      (else
        (if (i32.ne (struct.get $node $v (local.get $t)) (select (local.get $d) (i32.const 1) (local.get $d)))
          (then unreachable))
        (i32.add (i32.const 1)
          (i32.add (call $check (struct.get $node $l (local.get $t)) (i32.sub (local.get $d) (i32.const 1)))
                   (call $check (struct.get $node $r (local.get $t)) (i32.sub (local.get $d) (i32.const 1))))))))
  (func (export "run") (param $iterations i32) (param $depth i32) (param $long i32) (result i32)
    (local $sum i32)
    (global.set $keep (call $make (local.get $long)))
    (loop $again
      (local.set $sum (i32.add (local.get $sum) (call $check (call $make (local.get $depth)) (local.get $depth))))
      (local.set $iterations (i32.sub (local.get $iterations) (i32.const 1)))
      (br_if $again (i32.gt_s (local.get $iterations) (i32.const 0))))
    (i32.add (local.get $sum) (call $check (global.get $keep) (local.get $long))))
  ;; a node Python holds across collections: made here, read back after churn
  (func (export "make_node") (param $v i32) (result anyref) (struct.new $node (ref.null $node) (ref.null $node) (local.get $v)))
  (func (export "node_value") (param $n anyref) (result i32) (struct.get $node $v (ref.cast (ref $node) (local.get $n))))
)
"""

SCRIPT = """
import json, sys, time
from wasmoon_aot.runtime import load
from wasmoon_aot.runtime.gc_heap import heap_of
from wasmoon_aot.runtime.store import default_store
instance = load(sys.argv[1])
iterations, depth, long_depth = map(int, sys.argv[2:5])
held = [instance.exports.make_node(1000 + i) for i in range(3)]
start = time.perf_counter()
nodes = instance.exports.run(iterations, depth, long_depth)
seconds = time.perf_counter() - start
figures = heap_of(default_store()).stats()
figures.update(nodes=nodes, seconds=seconds, held=[instance.exports.node_value(n) for n in held])
print(json.dumps(figures))
"""


def run(tmp_path: Path, iterations: int, depth: int, long_depth: int, timeout: int = 300) -> dict:
    """The stress guest's figures: nodes counted, collections, peak heap bytes, seconds, and the
    values of the nodes Python held through the run."""
    artifact = compile_wat(tmp_path, WAT, "gc_stress")
    done = run_in_process(tmp_path, SCRIPT, artifact, str(iterations), str(depth), str(long_depth), timeout=timeout)
    if done.returncode:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "stress guest failed")
    figures = json.loads(done.stdout)
    figures["allocated_bytes"] = NODE_BYTES * (iterations * (2 ** (depth + 1) - 1) + 2 ** (long_depth + 1) - 1 + 3)
    return figures


if __name__ == "__main__":
    import tempfile
    with tempfile.TemporaryDirectory() as scratch:
        result = run(Path(scratch), 512, 16, 17, timeout=3600)
    for key in ("allocated_bytes", "nodes", "collections", "peak_heap_bytes", "live_after_last_collection",
                "seconds", "held"):
        print(f"{key}: {result[key]}")
