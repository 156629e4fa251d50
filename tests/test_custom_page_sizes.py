"""Custom page sizes end to end: memories of 1-byte pages sized, grown and bounds-checked byte by byte,
the page size recorded in the artifact and checked when a memory is imported, and the host API's memories."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import LinkError, Memory, Trap, load

from guest import wat_artifact

MODULE = r"""
(module
  (memory $bytes (export "bytes") 3 (pagesize 1))
  (memory $large (export "large") 1 (pagesize 65536))
  (data (memory $bytes) (i32.const 0) "xyz")
  (func (export "size") (result i32 i32) (memory.size $bytes) (memory.size $large))
  (func (export "grow") (param i32) (result i32) (memory.grow $bytes (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load8_u $bytes (local.get 0)))
  (func (export "load32") (param i32) (result i32) (i32.load $bytes (local.get 0))))
"""


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    with load(wat_artifact(tmp_path_factory.mktemp("pages") / "pages.so", MODULE)) as instance:
        yield instance


def test_one_byte_pages_size_grow_and_bounds(instance):
    call = lambda name, *args: instance.exports[name](*args)  # noqa: E731
    assert call("size") == (3, 1)
    assert [call("load", i) for i in range(3)] == [ord(c) for c in "xyz"]
    with pytest.raises(Trap, match="out of bounds memory access"):
        call("load", 3)
    assert call("grow", 5) == 3
    assert call("size") == (8, 1)
    assert call("load", 7) == 0
    assert call("load32", 4) == 0
    with pytest.raises(Trap, match="out of bounds memory access"):
        call("load32", 5)   # bytes 5..8: one past the end
    memory = instance.exports["bytes"]
    assert memory.size == 8 and memory.data_len == 8 and memory.page_size_log2 == 0


def test_imports_must_declare_the_same_page_size(instance, tmp_path):
    small = wat_artifact(tmp_path / "small.so", '(module (import "m" "mem" (memory 0 (pagesize 1))))')
    large = wat_artifact(tmp_path / "large.so", '(module (import "m" "mem" (memory 0)))')
    load(small, {"m": {"mem": instance.exports["bytes"]}}).close()
    load(large, {"m": {"mem": instance.exports["large"]}}).close()
    for artifact, memory in ((small, "large"), (large, "bytes")):
        with pytest.raises(LinkError, match="incompatible import type"):
            load(artifact, {"m": {"mem": instance.exports[memory]}})


def test_host_memories_of_one_byte_pages():
    memory = Memory(10, 20, page_size_log2=0)
    assert (memory.size, memory.data_len) == (10, 10)
    assert memory.grow(10) == 10 and memory.data_len == 20
    with pytest.raises(ValueError):
        memory.grow(1)
    with pytest.raises(ValueError):
        Memory(1, page_size_log2=12)
