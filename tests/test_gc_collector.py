"""The gc collector end to end, in the AArch64 Python (tests/gc_stress.py): trees built and
dropped while a long-lived one stays reachable, with collections and a bounded heap, and
objects held only by Python surviving those collections.  The 2 GiB run is `make gc-stress`."""

from __future__ import annotations

from gc_stress import NODE_BYTES, run
from wasmoon_aot.runtime import gc_heap


def test_collections_keep_live_trees_and_python_held_objects(tmp_path):
    iterations, depth, long_depth = 60, 14, 15
    figures = run(tmp_path, iterations, depth, long_depth)
    assert figures["nodes"] == iterations * (2 ** (depth + 1) - 1) + 2 ** (long_depth + 1) - 1
    assert figures["collections"] >= 2
    assert figures["allocated_bytes"] > 3 * figures["peak_heap_bytes"]
    assert figures["peak_heap_bytes"] <= gc_heap.HEAP_LIMIT
    long_lived = NODE_BYTES * (2 ** (long_depth + 1) - 1)
    assert long_lived <= figures["live_after_last_collection"] < long_lived + NODE_BYTES * 2 ** (depth + 2)
    assert figures["held"] == [1000, 1001, 1002]
