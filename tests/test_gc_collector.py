"""The gc collector end to end, in the AArch64 Python (tests/gc_stress.py): trees built and
dropped while a long-lived one stays reachable, with collections and a bounded heap, and
objects held only by Python surviving those collections; the sweep of a heap whose segments
lie in any order; and custom descriptors kept alive by the structs they describe.  The 2.5 GiB run
is `make gc-stress`."""

from __future__ import annotations

import ctypes
from types import SimpleNamespace

from gc_stress import NODE_BYTES, run
from wasmoon_aot.runtime import abi, gc_heap


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


class _Store:
    """What GcHeap needs of a store: its block, and no instances."""

    def __init__(self):
        self.block = ctypes.create_string_buffer(abi.STORE_SIZE)
        self.address = ctypes.addressof(self.block)
        self.lifetime = SimpleNamespace(states=set())


def test_free_runs_never_cover_a_live_object():
    """Objects in every segment, whatever order the segments lie in memory, some kept by
    pinning and some by a kept object's field: after a collection no free run overlaps a live
    object, and the dead ones' space is free."""
    heap = gc_heap.GcHeap(_Store())
    (node,) = gc_heap.canonical_ids([{abi.ENTRY_PARAMS: [], abi.ENTRY_RESULTS: [], abi.ENTRY_CANON: "test node",
                                      abi.ENTRY_SUPERTYPE: None,
                                      abi.ENTRY_FIELDS: [["anyref", True], ["i64", True]]}])
    objects = []
    while len(heap.segments) < 3:
        previous = objects[-1] if len(objects) % 2 else 0  # each odd object keeps the one before it
        objects.append(gc_heap.new_object(heap, node, [previous, len(objects)]))
    heap.segments.sort(key=ctypes.addressof, reverse=True)  # the collector must not rely on their order
    kept = objects[1::1000]
    for address in kept:
        gc_heap.pin(address)
    try:
        heap.collect()
    finally:
        for address in kept:
            gc_heap.unpin(address)
    size = gc_heap.TYPES[node].size
    live = set(kept) | {objects[index - 1] for index in range(1, len(objects), 1000)}
    assert heap.live_after_collection == size * len(live)
    for start, end in heap.runs:
        assert not any(start < address + size and address < end for address in live)
    assert sum(end - start for start, end in heap.runs) >= len(heap.segments) * gc_heap.SEGMENT_BYTES \
        - size * len(live) - gc_heap.MIN_RUN * (len(live) + len(heap.segments))


def test_a_descriptor_lives_as_long_as_the_objects_it_describes():
    """The collector follows a struct's GC_DESCRIPTOR word: a descriptor held only there
    survives a collection, one whose object died does not."""
    heap = gc_heap.GcHeap(_Store())
    described, descriptor = gc_heap.canonical_ids([
        {abi.ENTRY_PARAMS: [], abi.ENTRY_RESULTS: [], abi.ENTRY_CANON: "test described", abi.ENTRY_SUPERTYPE: None,
         abi.ENTRY_FIELDS: [["i32", False]]},
        {abi.ENTRY_PARAMS: [], abi.ENTRY_RESULTS: [], abi.ENTRY_CANON: "test descriptor", abi.ENTRY_SUPERTYPE: None,
         abi.ENTRY_FIELDS: [["i64", False]]}])
    kept_descriptor = gc_heap.new_object(heap, descriptor, [41])
    dead_descriptor = gc_heap.new_object(heap, descriptor, [42])
    kept = gc_heap.new_object(heap, described, [7], descriptor=kept_descriptor)
    gc_heap.new_object(heap, described, [8], descriptor=dead_descriptor)
    gc_heap.pin(kept)
    try:
        heap.collect()
    finally:
        gc_heap.unpin(kept)
    assert ctypes.c_uint64.from_address(kept + abi.GC_DESCRIPTOR).value == kept_descriptor
    sizes = gc_heap.TYPES[described].size + gc_heap.TYPES[descriptor].size
    assert heap.live_after_collection == sizes
    assert not any(start <= kept_descriptor < end for start, end in heap.runs)
